"""The event pipeline as explicit stages: parse -> date the document -> find actors -> code events ->
date, place and resolve each event. `Pipeline` loads the models and knowledge once and is reused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .actors.actor_countries import actor_country, sector_groups
from .actors.lexicon import CAPITAL, PERSON, Lexicon
from .actors.mentions import UNALIGNED, Mention, PhraseIndex, find_mentions, resolve, titled_term
from .dates import infer_document_date, resolve as resolve_date
from .dates.resolve import TIMES_OF_DAY, ResolvedDate
from .events.cameo import lookup
from .events.coder import EventCandidate, SentenceCoder
from .events.lexicon import load_event_lexicon
from .events.modality import read_modality, to_infinitive
from .ingest import make_document
from .model import Actor, Document, Event, Location, Quote
from .ingest.dateline import dateline_place
from .nlp import load_nlp, parse_documents
from .nlp.cache import entities, entities_in, index_document
from .places import load_gazetteer
from .places.attach import EventPlacer
from .quotes import find_quotes
from .quotes.speakers import PERSON_PRONOUNS, antecedent

_CIVILIAN_SECTORS = {"LAB", "EDU", "BUS", "CVL", "MED", "HLH", "REF", "NGO", "HRI"}
_BUSINESS = "BUS"
_NEAR_DUPLICATE = 0.85
_MAX_SENTENCE_TOKENS = 500  # a news sentence has tens of words
_NOUN_PATTERN = "n:"  # how a noun pattern is written (events/data/README.md)
_MEETING_CODES = {"040", "044", "046"}  # meet, meet at a third place, negotiate: not one side's visit
_PAST_OCCASION_PREPS = {"after", "since", "following"}  # "after the summit in Helsinki" (not "the coming summit")
_THREAT_ROOT = "13"
_ARMED_SECTORS = sector_groups()["ARMED"]  # armed forces, armed groups, police and spies


@dataclass
class CodedDocument:
    document: Document
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def _take_exact_day(event: Event, dated: list[tuple[set[str], date, Location | None]]) -> None:
    """A meeting planned for "next month" in Paris and "a Nov. 11 meeting in the French capital" in the
    same article are one meeting: the vaguer date takes the exact day (same root, same place)."""
    if event.date_precision not in ("month", "week", "document") or event.location is None or event.date is None:
        return
    for roots, day, place in dated:
        if event.root not in roots or place is None or place.name != event.location.name:
            continue
        if event.date_precision == "month" and (day.year, day.month) != (event.date.year, event.date.month):
            continue
        if event.date_precision == "week" and abs((day - event.date).days) > 7:
            continue
        if event.date_precision == "document" and not (event.modality == "planned" and 0 <= (day - event.date).days <= 62):
            continue
        event.date, event.date_precision = day, "day"
        return


def _event(document: Document, index: int, sentence: Span, trigger: Token, source: Actor, target: Actor, code: str,
           modality: str, when: date | None, date_precision: str, location: Location | None, pattern: str,
           confidence: float) -> Event:
    """An Event with its CAMEO attributes and its evidence: the sentence, trimmed, with its offsets."""
    if code == "040" and location and location.country and location.country not in (source.country, target.country):
        code = "044"  # a meeting at a third location
    cameo = lookup(code)
    evidence = sentence.text.strip()
    start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    return Event(
        doc_id=document.id, sentence_index=index, source=source, target=target, code=cameo.code, root=cameo.root,
        quad_class=cameo.quad_class, goldstein=cameo.goldstein, plover=cameo.plover, modality=modality,
        date=when or document.date, date_precision=date_precision, location=location, evidence=evidence,
        evidence_span=(start, start + len(evidence)), trigger=trigger.text,
        trigger_span=(trigger.idx, trigger.idx + len(trigger.text)), pattern=pattern, confidence=confidence,
        doc_type=document.doc_type)


def _kept_unknown(mention: Mention, actor: Actor) -> bool:
    """An actor kept on its event with a null code: one the text names but no dictionary knows ("Mahsa Amini"), or
    armed men of no named side ("Gunmen killed 20 worshippers at a mosque in Zamfara": by whom, the text does not
    say)."""
    return mention.name_only or (actor.sector == UNALIGNED and not actor.code)


def _names_a_person(doc: Doc, mention: Mention) -> bool:
    """"Sudan's army chief, General Abdel Fattah al-Burhan, flew to Cairo": one commander travels, no force does."""
    return any(piece.entry.kind == PERSON for piece in mention.pieces) or (
        doc[mention.anchor].ent_type_ == "PERSON")


def _one_occasion(events: list[Event]) -> list[Event]:
    """Events of one sentence coded from one word ("signed agreements with the UAE and Bahrain at the White
    House"), or of the same kind between the same two countries ("received Erdogan in Cairo, the Turkish
    leader's first visit to Egypt"), are one occasion: those that lack a place or a date take the other's."""
    for event in events:
        for other in events:
            same = other.trigger_span == event.trigger_span or (
                other.root == event.root and {other.source.country, other.target.country}
                == {event.source.country, event.target.country})
            if other is event or not same:
                continue
            if event.location is None and other.location is not None:
                event.location = other.location
            if event.date_precision == "document" and other.date_precision in ("day", "month"):
                event.date, event.date_precision = other.date, other.date_precision
    return events


def _without_place_echoes(built: list[tuple[EventCandidate, Event]]) -> list[Event]:
    """A place stands for the target only when no one is named: "Turkey's offensive against Kurdish-led forces in
    north-east Syria, launched on Wednesday" is one offensive against those forces, not also one against Syria."""
    named = {(e.source.code, e.root, e.target.country) for c, e in built if not c.place_target}
    return [e for c, e in built if not (c.place_target and (e.source.code, e.root, e.target.country) in named)]


def _without_noun_echoes(events: list[Event]) -> list[Event]:
    """A noun that names the act a verb of its sentence reports, by the same actors, is that act: "will travel to
    Canberra on March 20, the first visit by China's top diplomat to Australia" is one planned visit."""
    told = {(e.source.code, e.target.code, e.root) for e in events if not e.pattern.startswith(_NOUN_PATTERN)}
    return [e for e in events if not (e.pattern.startswith(_NOUN_PATTERN)
                                      and (e.source.code, e.target.code, e.root) in told)]


def _without_vaguer_threats(events: list[Event]) -> list[Event]:
    """A bare threat beside a more specific one between the same countries tells one threat twice: "warned Ukraine
    that Moscow could use strategic nuclear weapons" is the nuclear threat (138), not also a warning (130). (Other
    roots keep both: a visit and the meeting it was for are two acts.)"""
    def sides(event: Event) -> tuple:
        return event.source.country or event.source.org, event.target.country or event.target.org
    vague = _THREAT_ROOT + "0"
    specific = {sides(e) for e in events if e.root == _THREAT_ROOT and e.code != vague}
    return [e for e in events if not (e.code == vague and all(sides(e)) and sides(e) in specific)]


@dataclass
class _StoryDates:
    """The last day-precise date the story has reached, for "two days later"."""
    last: date | None = None


def _in_story(found: ResolvedDate | None, text: str, story: _StoryDates | None, future: bool | None,
              slow: bool = True) -> ResolvedDate | None:
    """A date counted from the story's last day rather than the article's ("the next day", "two days later")."""
    if found is not None and found.narrative and story is not None and story.last is not None:
        return resolve_date(text, story.last, future=future, slow=slow)
    return found


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


class Pipeline:
    """Load once, code many documents: `Pipeline().code_text("...", date=date(2018, 10, 23))`."""

    def __init__(self, actor_files: Iterable[str] = (), pattern_files: Iterable[str] = ()) -> None:
        self.nlp = load_nlp()
        self.actors = Lexicon.load(actor_files)
        self.phrases = PhraseIndex(self.actors, self.nlp.tokenizer)
        self.events = load_event_lexicon(tuple(pattern_files))
        self.gazetteer = load_gazetteer()
        self.placer = EventPlacer(self.gazetteer, self.actors.country_of, self.actors.capitals,
                                  self.events.reporting_verbs)

    # -- public API ---------------------------------------------------------------------------------
    def code_text(self, text: str, date: date | str | None = None, doc_id: str = "text") -> list[Event]:
        """Code one text; `date` is the article's date, a `datetime.date` or an ISO string."""
        if isinstance(date, str):
            date = _parse_iso_date(date)
        document = make_document(doc_id, "<text>", text=text, doc_date=date)
        if not isinstance(document, Document):
            raise ValueError(str(document))
        return self.code_document(document).events

    def code_document(self, document: Document) -> CodedDocument:
        return next(self.code_documents([document]))

    def code_documents(self, documents: Iterable[Document], batch_size: int = 8) -> Iterator[CodedDocument]:
        """Code a stream of documents; spaCy parses them in batches, memory stays bounded."""
        stream = ((d.text, d) for d in documents)
        for spacy_doc, document in parse_documents(self.nlp, stream, batch_size=batch_size):
            yield self._code_parsed(document, spacy_doc)

    # -- stages -------------------------------------------------------------------------------------
    def _code_parsed(self, document: Document, doc: Doc) -> CodedDocument:
        index_document(doc)
        pieces = self._without_capitals_said_elsewhere(doc, self.phrases.find(doc))
        mentions = find_mentions(doc, pieces)
        if document.date is None:
            self._infer_date(document, doc, mentions)
        coder = SentenceCoder(self.events, mentions, pieces, self.events.reporting_verbs, self.gazetteer,
                              self.placer.as_said)
        coded = CodedDocument(document)
        story = _StoryDates()
        dated = self._dated_event_nouns(document, doc)
        seen_sentences: list[frozenset[str]] = []
        seen_events: set[tuple] = set()
        seen_ids: set[str] = set()
        for index, sentence in enumerate(doc.sents):
            if len(sentence) > _MAX_SENTENCE_TOKENS:
                continue  # no prose (a run-on line, a table): nothing to code, and each event would cost its length
            words = _words(sentence.text)
            if any(len(words & s) / max(1, len(words | s)) >= _NEAR_DUPLICATE for s in seen_sentences[-50:]):
                continue  # a repeated lede or teaser: its events are already coded
            seen_sentences.append(words)
            candidates = coder.code(sentence)
            named = self._countries_named(sentence, pieces) if candidates else frozenset()
            built = [(c, self._build_event(document, doc, index, sentence, c, story, named)) for c in candidates]
            built = _one_occasion(_without_vaguer_threats(_without_noun_echoes(
                _without_place_echoes([(c, e) for c, e in built if e]))))
            self._advance_story(document, sentence, story)
            for event in built:
                _take_exact_day(event, dated)
                key = (event.source.code, event.target.code, event.code, event.modality, event.date,
                       event.location.name if event.location else None)
                # one trigger with the same sides and code is one event, though its parts gave two places
                # ("offered aid to Saint Vincent and the Grenadines in Paris": each conjunct names the state)
                if key not in seen_events and event.event_id not in seen_ids:
                    seen_events.add(key)
                    seen_ids.add(event.event_id)
                    coded.events.append(event)
        for event in self._story_meetings(document, doc, coded.events, coder):
            key = (event.source.code, event.target.code, event.code, event.modality, event.date, event.location.name)
            if key not in seen_events:
                seen_events.add(key)
                coded.events.append(event)
        coded.quotes = self._quotes(document, doc, coder, coded.events)
        return coded

    def _story_meetings(self, document: Document, doc: Doc, events: list[Event],
                        coder: SentenceCoder) -> list[Event]:
        """A summit named without its participants ("after the bilateral summit in Helsinki", "a dialogue
        that began at a July summit in Helsinki"), in a story whose meetings are all between one pair, is
        that pair's meeting. Only a summit tied to a place, and dated or past, counts (one occasion);
        its undated mentions take the date of a dated one at the same place. Confidence is low: inferred."""
        meetings = [e for e in events if e.code in _MEETING_CODES]
        sides = {e.source.code: e.source for e in meetings}
        pairs = {frozenset((e.source.code, e.target.code)) for e in meetings}
        if len(pairs) != 1 or len(sides) != 2 or len({e.trigger_span for e in meetings}) < 2:
            return []
        triggers = {e.trigger_span[0] for e in events}
        sentence_of = {t.i: i for i, s in enumerate(doc.sents) for t in s}
        found: list[Event] = []
        for noun in doc:
            patterns = [p for p in self.events.nouns.get(noun.lemma_.lower(), ())
                        if p.code.startswith("04") and "sym" in p.flags]
            if not patterns or noun.tag_ != "NN" or noun.idx in triggers or any(
                    c.dep_ == "poss" or (c.i in coder.piece_at and self.gazetteer.lookup(c.text) is None)
                    for c in noun.children):
                continue  # "their meeting", "the NATO summit" name their own participants
            place = self.placer.place_in(noun) or self.placer.compound_place(noun)
            when, precision = self._date_near(document, [noun], None)
            past = noun.head.dep_ == "prep" and noun.head.lower_ in _PAST_OCCASION_PREPS
            if place is None or not (when or past) or any(
                    e.location is not None and e.location.name == place.name for e in meetings):
                continue  # no occasion, or one already coded ("a Nov. 11 meeting in the French capital")
            modality = read_modality(noun, self.events).modality
            if modality == "asserted" and when and document.date and when > document.date:
                modality = "planned"
            for source, target in (tuple(sides.values()), tuple(sides.values())[::-1]):
                found.append(_event(document, sentence_of[noun.i], noun.sent, noun, source, target,
                                    patterns[0].code, modality, when, precision if when else "document", place,
                                    f"{patterns[0].text} (the story's pair)", 0.5))
        found.sort(key=lambda e: e.date_precision == "document")  # the dated mention is the evidence
        for event in found:  # "the summit in Helsinki" is the "July summit in Helsinki"
            dated = next((e for e in found if e.location.name == event.location.name
                          and e.date_precision != "document"), None)
            if event.date_precision == "document" and dated is not None:
                event.date, event.date_precision = dated.date, dated.date_precision
        return found

    def _quotes(self, document: Document, doc: Doc, coder: SentenceCoder, events: list[Event]) -> list[Quote]:
        """Quotes with their speakers resolved on the day they spoke, linked to the events they report."""
        quotes = []
        text = doc.text  # spaCy joins its tokens anew on every read
        found_quotes = find_quotes(doc, self.events.speech_verbs)
        quoted = [(q.start, q.end) for q in found_quotes if q.kind == "direct"]
        for found in found_quotes:
            when, precision = self._date_near(document, [found.verb] if found.verb is not None else [])
            speaker = None
            if found.speaker is not None:
                speaker = self._speaker(doc, coder, found, when or document.date, quoted)
            linked = [e.event_id for e in events if found.start <= e.trigger_span[0] < found.end]
            quotes.append(Quote(document.id, found.kind, text[found.start:found.end], (found.start, found.end),
                                speaker, when or document.date,
                                precision if when else ("document" if document.date else "unknown"), linked))
        return quotes

    def _speaker(self, doc: Doc, coder: SentenceCoder, found, day, quoted: list[tuple[int, int]]) -> Actor:
        """The speaker's actor: named here, or named earlier and now called "he", "the official", "Hamdan".
        A surname takes its first full mention ("Opposition leader Friedrich Merz"), which carries the role."""
        token = found.speaker
        before = min(found.start, token.idx) if found.kind == "direct" else token.idx
        candidates = [] if token.lower_ in PERSON_PRONOUNS else coder.expand(token)
        candidates += [c for c in token.children if c.dep_ == "appos" for c in coder.expand(c)]  # "Wu Qian, a spokesman"
        actors = [resolve(doc, m, self.actors, day) for m in candidates]
        actor = next((a for a in actors if a.code), actors[0] if actors else None)
        earlier = None
        for _ in range(2):  # "she" -> "Clinton" -> "Secretary of State Hillary Clinton"
            earlier = antecedent(doc, doc[earlier.anchor] if earlier else token, coder.mentions, before, quoted)
            if earlier is None:
                break
            named = resolve(doc, earlier, self.actors, day)
            if named.code and (actor is None or actor.code is None or token.pos_ == "PROPN"):
                return named
        named_official = token.pos_ == "PROPN" and candidates and candidates[0].anchor == token.i
        home = self._dateline_country(doc) if named_official and actor.code is None and actor.sector == "GOV" else None
        if home:  # "Deputy Defence Minister Hanna Maliar" in a story datelined KYIV is Ukrainian
            actor.country, actor.code = home, home + actor.sector
        if actor is not None:
            return actor
        # "a senior official": kept with its words, no code
        words = [t for t in token.subtree if t.i <= token.i or t.dep_ == "compound"]
        span = doc[words[0].i:token.i + 1]
        return Actor(text=span.text, code=None, start=span.start_char, end=span.end_char)

    def _without_capitals_said_elsewhere(self, doc: Doc, pieces: list) -> list:
        """A capital's name that its sentence places in another country is a city there, standing for no state:
        "militias in Tripoli ... the north Lebanese port" are Lebanon's (the place then gives them their country)."""
        kept = []
        for piece in pieces:
            if all(entry.kind == CAPITAL for entry in piece.entries):
                location = self.gazetteer.lookup(doc[piece.start:piece.end].text)
                if location is not None and self.placer.as_said(location, doc[piece.start].sent) is not location:
                    continue
            kept.append(piece)
        return kept

    def _dateline_country(self, doc: Doc) -> str | None:
        place = dateline_place(doc.text)
        location = self.gazetteer.lookup(place.title()) if place else None
        return location.country if location else None

    def _infer_date(self, document: Document, doc: Doc, mentions) -> None:
        """Date an undated document: from the dates in its text, else from titled people's terms."""
        inferred = infer_document_date(doc)
        if inferred is not None:
            document.date, document.date_precision = inferred.value, inferred.precision
        else:
            window = titled_term(doc, mentions, self.actors)
            if window is None or (window[1] - window[0]).days > 366:
                return
            document.date = window[0]
            document.date_precision = "month" if (window[1] - window[0]).days <= 92 else "year"
        document.date_inferred = True

    def _countries_named(self, sentence: Span, pieces) -> set[str]:
        """The countries a sentence names: by actors ("Israeli officials") and by places ("in Tel Aviv")."""
        named = {e.country for p in pieces if sentence.start <= p.start < sentence.end for e in p.entries if e.country}
        places = (self.gazetteer.lookup(ent.text) for ent in sentence.ents if ent.label_ in ("GPE", "LOC", "FAC"))
        return named | {place.country for place in places if place is not None and place.country}

    def _build_event(self, document: Document, doc: Doc, index: int, sentence: Span,
                     candidate: EventCandidate, story: "_StoryDates | None" = None,
                     named: set[str] = frozenset()) -> Event | None:
        when, precision = self._event_date(document, candidate, story)
        day = when or document.date
        source = resolve(doc, candidate.source, self.actors, day)
        target = resolve(doc, candidate.target, self.actors, day) if candidate.target else Actor(text="", code=None)
        location = self.placer.place(candidate, lookup(candidate.code).quad_class)
        if location is not None and (then := self.actors.country_on(location.country, day)) != location.country:
            location = replace(location, country=then)  # Kosovo in 1999 is Serbia's
        sides = {source.country, target.country} - {None}
        if location is not None and location.feature != "country" and location.country not in sides:
            location = self.gazetteer.namesake_in(location, sides) or location
        if candidate.place_target:
            # armed actors strike places; anyone may threaten to ("threatened to strike decision-making centres
            # in Kyiv", a former president said)
            threat = candidate.code.startswith(_THREAT_ROOT)
            state = source.code is not None and source.code == source.country  # "The United States fired missiles"
            if location is None or not location.country or not (source.sector in _ARMED_SECTORS or threat or state):
                return None
            target = Actor(text=location.name, code=location.country, name=self.actors.countries.get(location.country),
                           country=location.country)
        # "marched towards Bangkok's Grand Palace": a city where a protest goes is its place, not its target;
        # a country that owns what the event acts on is home too ("Sri Lanka's curfew was lifted by the authorities");
        # so is a name we cannot place ("shut down Khatmandu")
        to_home = ("home" in candidate.pattern.flags and candidate.target is not None and not target.sector
                   and target.code == target.country and source.country in (None, target.country or source.country))
        if to_home:
            target_token = doc[candidate.target.anchor]
            to_city = all(piece.entry.kind == CAPITAL for piece in candidate.target.pieces)
            to_home = to_city or (target_token.dep_ == "poss" and target_token.head.head.i == candidate.trigger.i)
            if to_city:
                location = location or self.gazetteer.lookup(target.text)
        if candidate.home_target or to_home:  # a protest is against the government; a curfew falls on the people
            protest = candidate.code.startswith("14")
            # refugees protest against the government of the state they fled, wherever they rally
            exiles = protest and source.sector == "REF" and source.country
            country = (source.country if exiles else None) or (location.country if location else None) or (
                source.country) or (target.country if to_home else None)
            sector = "GOV" if protest else "CVL"
            target = Actor(text=location.name if location else "", code=f"{country}{sector}" if country else None,
                           name=self.actors.countries.get(country or ""), country=country, sector=sector)
        for role, actor, other in (("source", source, target), ("target", target, source)):
            if actor.code is not None or not actor.sector:
                continue
            # Named by its sector alone: "opposition protesters ... in central Yerevan" are Armenian,
            # "Lukashenko freed 52 political prisoners": Belarusian ones (rules: actors/data/actor_countries.tsv)
            actor.country = actor_country(role, actor, other, candidate.code, location, named) or actor.country
            if actor.country:
                actor.code = actor.country + actor.sector
        unknown = [_kept_unknown(candidate.source, source),
                   candidate.target is not None and _kept_unknown(candidate.target, target)]
        if candidate.target is None:
            if not source.code:
                return None  # "France raised its terrorism alert": an event with no target needs a known actor
        elif any(unknown) and not all(unknown) and (source.code or target.code):
            pass  # "Iran's morality police beat Mahsa Amini": the unknown name is kept, with a null code
        elif not source.code or not target.code or source.code == target.code or (
                source.org and source.org == target.org and not source.country) or (
                target.code == source.country and source.code.startswith(source.country) and not candidate.place_target):
            # "Trump intended to withdraw the US from the treaty": no one acts on itself (but "the Syrian
            # army shelled Homs" and "Taliban gunmen stormed a hotel in Kabul" strike at home)
            return None
        if source.sector == target.sector == _BUSINESS and not any(
                t.lower_ in self.events.state_owned for m in (candidate.source, candidate.target)
                for t in doc[m.start:m.anchor]):
            return None  # "General Motors and Toyota signed an agreement": trade, not politics (but "State-run
            # Indian Oil Corp has paid Abu Dhabi National Oil Company in rupees")
        if ("mil" in candidate.pattern.flags and source.sector in _CIVILIAN_SECTORS) or (
                "unarmed" in candidate.pattern.flags and source.sector in _ARMED_SECTORS
                and not _names_a_person(doc, candidate.source)):
            return None
        modality = candidate.modality.modality
        if (modality == "asserted" and when and document.date and when > document.date
                and precision == "day" and candidate.trigger.tag_ not in ("VBD", "VBN")):
            modality = "planned"
        return _event(document, index, sentence, candidate.trigger, source, target, candidate.code, modality, when,
                      precision if when else ("document" if document.date else "unknown"), location,
                      candidate.pattern.text, candidate.confidence)

    # -- time and place -------------------------------------------------------------------------------
    @staticmethod
    def _governed_by(token: Token, anchors: list[Token]) -> Token | None:
        """The event word this modifier belongs to, if it belongs to the event (not to a noun or another
        clause)."""
        anchor_ids = {a.i for a in anchors}
        current = token
        for _ in range(4):
            if current.head.i in anchor_ids:
                return current.head
            if current.head.i == current.i or current.head.pos_ in ("VERB", "AUX"):
                return None
            if current.dep_ not in ("pobj", "prep", "npadvmod", "compound", "amod", "nummod", "det"):
                return None
            current = current.head
        return None

    def _event_date(self, document: Document, candidate: EventCandidate,
                    story: "_StoryDates | None" = None) -> tuple[date | None, str]:
        # ("did not meet ... on Wednesday" is past: the bare verb's auxiliary has the tense)
        trigger = candidate.trigger
        # an intent, demand or refusal is told by its control verb: "pledged to back Moldova's bid ... on Monday"
        # pledged last Monday
        # and an act told to be done by the verb it completes: "ordered the army to launch operations on Wednesday"
        recoded = candidate.modality.recoded_by
        tensed = trigger.doc[recoded] if recoded is not None else trigger
        # (and a purpose by the act it is the purpose of: "opened fire to disperse demonstrators on Monday night")
        while tensed.dep_ in ("xcomp", "advcl") and to_infinitive(tensed) and tensed.head.pos_ in ("VERB", "AUX"):
            tensed = tensed.head
        future = candidate.modality.modality == "planned" or (tensed.tag_ in ("VB", "VBP", "VBZ") and not any(
            c.dep_ == "aux" and c.tag_ == "VBD" for c in tensed.children))
        if not future and trigger.pos_ == "NOUN":
            future = None  # a noun has no tense: "a Nov. 11 meeting" is the nearest Nov. 11
        when, precision = self._date_near(document, candidate.anchors, future, story)
        if precision == "document" and candidate.time_fallbacks:
            sentences: dict[int, list[Token]] = {}  # (an occasion told in an earlier sentence has its own)
            for word in candidate.time_fallbacks:
                sentences.setdefault(word.sent.start, []).append(word)
            for group in sentences.values():
                fallback = self._date_near(document, group, future, story)
                if fallback[0] is not None:
                    return fallback
        if precision == "document" and len([e for e in entities_in(trigger.sent) if e.label_ in ("DATE", "TIME")]) == 1:
            # "At least 18 people were killed on Sunday when police opened fire on protesters": a sentence that
            # dates one thing dates what it tells
            verbs = [t for t in trigger.sent if t.pos_ in ("VERB", "AUX")]
            fallback = self._date_near(document, verbs, future, story)
            if fallback[0] is not None:
                return fallback
        return when, precision

    def _date_near(self, document: Document, anchors: list[Token], future: bool | None = False,
                   story: "_StoryDates | None" = None) -> tuple[date | None, str]:
        """The date expression that modifies one of these words, resolved against the document date
        ("on Monday") or against the story's last date ("two days later")."""
        if document.date is None or not anchors:
            return None, "unknown"
        sentence = anchors[0].sent
        trigger = anchors[0]
        for ent in entities_in(sentence):
            governor = self._governed_by(ent.root, anchors) if ent.label_ in ("DATE", "TIME") else None
            if governor is None:
                continue
            before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            # "the 1987 treaty" names a treaty; "a Nov. 11 meeting" dates the meeting itself, and "met at a
            # July summit" the meeting through the summit
            head = ent.root.head
            dates_the_event = (trigger.pos_ == "NOUN" and head.i == trigger.i) or (
                head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.head.i == trigger.i
                and self._same_event_noun(head, trigger))
            # "on Thursday night": the tagger makes the day a compound of the TIME "night"
            of_day = ent.root.dep_ == "compound" and head.lower_ in TIMES_OF_DAY
            if before in ("until", "till") or (ent.root.dep_ in ("nummod", "compound", "amod") and not (
                    dates_the_event or of_day)):
                continue
            # "on Friday set up a team to investigate": the day of a past verb is past, whatever comes of it
            tense = False if governor.tag_ == "VBD" else future
            text = ent.text
            found = resolve_date(text, document.date, future=tense)
            if found is None and "," in text:  # "on Tuesday, days after ...": the tagger runs the day on past the comma
                text = text.split(",")[0]
                found = resolve_date(text, document.date, future=tense)
            found = _in_story(found, text, story, tense)
            if found is not None:
                return found.value, found.precision
        return None, "document"

    @staticmethod
    def _advance_story(document: Document, sentence: Span, story: _StoryDates) -> None:
        """The story reaches the last day a sentence names, coded or not ("Scholz halted the certification on
        Tuesday. ... Medvedev mocked the decision the same day")."""
        if document.date is None:
            return
        for ent in entities_in(sentence):
            if ent.label_ != "DATE":
                continue
            tense = False if ent.root.head.tag_ == "VBD" else None
            found = resolve_date(ent.text, document.date, tense, slow=False)
            found = _in_story(found, ent.text, story, tense, slow=False)
            if found is not None and found.precision == "day":
                story.last = found.value

    def _dated_event_nouns(self, document: Document, doc: Doc) -> list[tuple[set[str], date, Location | None]]:
        """Event nouns dated to the day, with or without actors: "a Nov. 11 meeting in the French capital"."""
        found = []
        if document.date is None:
            return found
        for ent in entities(doc):
            noun = ent.root.head
            if (ent.label_ != "DATE" or ent.root.dep_ not in ("compound", "nmod", "amod", "npadvmod")
                    or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.events.nouns):
                continue
            when = resolve_date(ent.text, document.date, future=None)
            if when is None or when.precision != "day":
                continue
            place = self.placer.place_in(noun)
            found.append(({p.code[:2] for p in self.events.nouns[noun.lemma_.lower()]}, when.value, place))
        return found

    def _same_event_noun(self, noun: Token, trigger: Token) -> bool:
        """Is `noun` ("summit") an event noun of the trigger's kind ("met at a summit")?"""
        patterns = self.events.nouns.get(noun.lemma_.lower(), ())
        verbs = self.events.verbs.get(trigger.lemma_.lower(), ()) if trigger.pos_ != "NOUN" else \
            self.events.nouns.get(trigger.lemma_.lower(), ())
        return bool({p.code[:2] for p in patterns} & {p.code[:2] for p in verbs})


def _parse_iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"date: expected YYYY-MM-DD, got {value!r}") from None


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def code_text(text: str, date: date | str | None = None) -> list[Event]:
    """Code one text with the shared default pipeline (loads spaCy and the knowledge files once)."""
    return default_pipeline().code_text(text, date=date)
