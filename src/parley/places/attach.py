"""Where an event happened: the place the sentence ties to it ("met in Paris", "strikes near Raqqa",
"detained at a rally in Moscow", "shelled Kharkiv", "said in Vladivostok that ..."), never a place merely
named in the sentence. Which prepositions and event kinds tie a place is data: data/event_places.tsv."""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.lexicon import CAPITAL
from ..datafiles import data_rows
from ..model import Location
from ..nlp.cache import entity_at, proper_name
from .gazetteer import Gazetteer

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_AIMED_PREPS = {"on", "against"}  # "a raid on X", "strikes against X"
_NAME_LABELS = {"ORG", "PERSON", "NORP"}  # what the tagger calls a place name it mistakes ("met in Vilnius")
_ACTING_DEPS = {"nsubj", "nsubjpass", "conj"}  # "talks in Moscow, Russia and China said": no place's country


@dataclass(frozen=True)
class AppliesTo:
    quads: frozenset[int]
    prefixes: tuple[str, ...]

    def __call__(self, code: str, quad: int) -> bool:
        return quad in self.quads or code.startswith(self.prefixes)


@dataclass(frozen=True)
class PlaceRule:
    rule: str
    words: frozenset[str]
    applies: AppliesTo


@lru_cache(maxsize=1)
def load_place_rules() -> tuple[PlaceRule, ...]:
    rules = []
    for row in data_rows("places", "event_places.tsv"):
        targets = row["applies to"].split()
        applies = AppliesTo(frozenset(int(t[1:]) for t in targets if t.startswith("q")),
                            tuple(t for t in targets if not t.startswith("q")))
        rules.append(PlaceRule(row["rule"], frozenset(w for w in row["words"].split() if w != "-"), applies))
    return tuple(rules)


@dataclass(frozen=True)
class _Prepositions:
    """The event_places.tsv words that apply to one kind of event."""
    place: frozenset[str]
    directional: frozenset[str]
    through: frozenset[str]
    place_noun: frozenset[str]
    manner: frozenset[str]
    scene: frozenset[str]
    destination: frozenset[str]
    seat: frozenset[str]
    journey: frozenset[str]
    gathered: frozenset[str]
    gathering: frozenset[str]
    occasion: frozenset[str]


class EventPlacer:
    """Finds the place of one coded event from its parse (see `place`)."""

    def __init__(self, gazetteer: Gazetteer, country_of, capitals: dict[str, str], reporting_verbs: set[str]) -> None:
        self.gazetteer, self.country_of, self.capitals = gazetteer, country_of, capitals
        self.capital_names = set(capitals.values())
        self.reporting_verbs = reporting_verbs
        self.rules = load_place_rules()

    def _words(self, rule: str, code: str, quad: int) -> set[str]:
        return {w for r in self.rules if r.rule == rule and r.applies(code, quad) for w in r.words}

    def _applies(self, rule: str, code: str, quad: int) -> bool:
        return any(r.rule == rule and r.applies(code, quad) for r in self.rules)

    def place(self, candidate, quad: int) -> Location | None:
        """`candidate` is an `events.coder.EventCandidate`; `quad` its CAMEO quad class. A name two countries
        share is the one in the country the sentence says: "militias in Tripoli ... the north Lebanese port"."""
        location = self._place_of(candidate, quad)
        return self.as_said(location, candidate.trigger.sent) if location is not None else None

    def as_said(self, location: Location, sentence: Span) -> Location:
        """The place of `location`'s name in the country `sentence` says it lies in, if that is another's."""
        if location.feature != "city":
            return location
        said = self.countries_said(sentence)
        if not said or location.country in said:
            return location
        return self.gazetteer.namesake_in(location, said, any_size=True) or location

    def countries_said(self, sentence: Span) -> set[str]:
        """The countries a sentence says its places lie in: "Tripoli, Lebanon", "Hyderabad in southern Pakistan",
        "the north Lebanese port", "Lebanon's second city", "the second-largest city in Sindh province"."""
        said = set()
        for token in sentence:
            # "the north Lebanese port" (not "the U.S. embassy": a site says whose it is, not where it is)
            if token.pos_ == "NOUN" and self.gazetteer.place_nouns.get(token.lemma_.lower()) == "named":
                said.update(filter(None, (self._country_or_region(c) for c in token.children
                                          if c.dep_ in ("amod", "compound", "poss", "nmod"))))
        doc = sentence.doc
        for token in sentence[1:-1]:  # "Tripoli, Lebanon"; "Hyderabad in (southern) Pakistan"
            if (token.text == "," or token.lower_ == "in") and doc[token.i - 1].pos_ == "PROPN":
                words = [t for t in doc[token.i + 1:min(token.i + 4, sentence.end)]
                         if not (t.lower_ == "the" or self.gazetteer.is_direction(t.text))]
                country = self._region_country(words[0]) if words and words[0].dep_ not in _ACTING_DEPS else None
                if country:  # (not "in October, Indian officials said")
                    said.add(country)
        return said

    def _country_or_region(self, token: Token) -> str | None:
        """The country a word names or qualifies ("Lebanese"), or that a region it names lies in ("Sindh")."""
        return self.country_of(token.text) or self._region_country(token)

    def _region_country(self, token: Token) -> str | None:
        """The country a country's, region's, province's or state's name stands in: "Lebanon", "Texas"."""
        region = self.gazetteer.lookup(token.text) if token.pos_ == "PROPN" else None
        return region.country if region is not None and region.feature not in ("city", None) else None

    def _place_of(self, candidate, quad: int) -> Location | None:
        code, doc = candidate.code, candidate.trigger.doc
        target = doc[(candidate.target or candidate.source).anchor]  # no target: the actor's phrase stands in
        if candidate.place_target:  # "pounded rebel-held districts of Homs": what was hit stands for the target
            target = next(iter(c for c in candidate.trigger.children if c.dep_ in ("dobj", "nsubjpass")), target)
            # "launched a raid on the Jenin refugee camp": what the raid was on
            target = next((o for p in target.children if p.dep_ == "prep" and p.lower_ in _AIMED_PREPS
                           for o in p.children if o.dep_ == "pobj"), target)
        preps = self._preps(code, quad)
        scopes = list(candidate.anchors) + candidate.scenes
        objects = ("dobj", "nsubjpass") if self._applies("target_place", code, quad) else ()
        found = [c for a in candidate.anchors for c in a.children
                 if c.dep_ in objects or (c.dep_ == "advcl" and c.lemma_.lower() in preps.scene)]
        # "killed 10 police officers and their driver with a roadside bomb in Chhattisgarh": the last of a list
        found += [c for o in found for c in o.conjuncts]
        # "fired rockets filled with chlorine at troops in western Mosul": a participle on the object
        scopes += found + [c for o in found for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        # "was tortured and killed by agents in Cairo": a passive with no by-phrase of its own shares the next
        # one's (not "taken hostage by Hamas and spirited into Gaza")
        # "torched cars and attacked police stations in cities across France": so does an active verb
        passive = candidate.trigger.tag_ == "VBN"
        if not any(c.dep_ == "agent" for c in candidate.trigger.children):
            scopes += [c for c in candidate.trigger.children if c.dep_ == "conj" and (c.tag_ == "VBN") == passive
                       and c.pos_ == "VERB" and not any(s.dep_.startswith("nsubj") for s in c.children)]
        # "officials in Kyiv", "hosted by Xi in Guangzhou"; a target's own place phrase only where the event reaches it
        scopes += [target] if objects else []
        # "the attack on Crocus City Hall, a concert venue in Krasnogorsk": where the target stands, told of it
        scopes += [c for c in target.children if c.dep_ == "appos"] if objects else []
        scopes += [doc[candidate.source.anchor]]
        # "fighters who had held out in the steelworks in Mariupol surrendered": where the actor was at it
        scopes += [c for c in doc[candidate.source.anchor].children if c.dep_ == "relcl"]
        # "fired tear gas at protesters marching on the palace in Khartoum": where the target is doing what it does
        scopes += [target.head] if target.dep_ == "nsubj" and target.head.dep_ == "pcomp" else []
        # "killed 20 worshippers who were praying at a mosque in Zamfara state": where the victims were at it
        scopes += [c for c in target.children if c.dep_ == "relcl"] if self._applies("doing", code, quad) else []
        # "thousands of Yazidis trapped on Mount Sinjar": where the target is held
        held = [target, target.head.head] if target.dep_ == "pobj" and target.head.lower_ == "of" else [target]
        scopes += [c for noun in held for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for scope in scopes:
            location = self._place_under(scope, target.i, preps, depth=3)
            if location is not None:
                return location
        location = self.compound_place(doc[candidate.source.anchor], cities_only=True)  # "by a Moscow court"
        if location is not None:
            return location
        if self._applies("target_city", code, quad):
            # "attacked Kyiv", "captured the city of Lysychansk", "arrived in Kyiv"; "accused Tehran" is no place
            # (a city the coder took for the target's place though the tagger called it a person: "shelled Kherson")
            city = candidate.target is not None and bool(candidate.target.pieces) and all(
                p.entry.kind == CAPITAL for p in candidate.target.pieces)
            location = self.common_noun_place(target) or self._city_named_by(target, any_label=city) or (
                self.compound_place(target, cities_only=True,  # "a raid on the Jenin refugee camp"
                                    any_label=target.lemma_.lower() in self.gazetteer.place_nouns))
            # "was using Gaza's hospitals as human shields", "shelled Kharkiv's suburbs": the city that owns them
            location = location or next(filter(None, (self._city_named_by(owner) for anchor in candidate.anchors
                                                      for noun in anchor.children if noun.dep_ == "dobj"
                                                      for owner in noun.children if owner.dep_ == "poss")), None)
            if location is not None:
                return location
        if self._applies("target_of", code, quad):
            location = self._of_place(target)
            if location is not None:
                return location
        if target.lemma_.lower() in preps.seat and candidate.target is not candidate.source:
            location = self._capital_of_owner(target)  # "stormed Brazil's Congress": in Brasilia
            if location is not None:
                return location
        for anchor in candidate.anchors:
            for prep in anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in preps.destination:
                    for noun in (c for c in prep.children if c.dep_ == "pobj"):
                        location = self.common_noun_place(noun) or self._city_named_by(noun)
                        if location is not None:
                            return location
        trigger = candidate.trigger
        if trigger.dep_ == "pcomp" and trigger.head.lower_ == "with" and trigger.head.head.pos_ == "VERB":
            # "began talks in Muscat, with Oman's foreign minister shuttling between the delegations": there too
            verb = trigger.head.head
            for scope in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]:
                location = self._place_under(scope, -1, preps, depth=1)
                if location is not None:
                    return location
        if self._applies("stated_at", code, quad) and candidate.modality.reported:
            verb = candidate.trigger
            for _ in range(6):  # "Putin said in Vladivostok that he was prepared to meet ...": said there
                if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.reporting_verbs:
                    return self._place_under(verb.head, -1, preps, depth=1)
                if verb.head.i == verb.i:
                    break
                verb = verb.head
        return None

    def place_in(self, noun: Token) -> Location | None:
        """The place of an event noun with no event coded on it yet: "a Nov. 11 meeting in the French capital"."""
        return self._place_under(noun, -1, self._preps("040", 1), depth=1)

    @lru_cache(maxsize=512)
    def _preps(self, code: str, quad: int) -> "_Prepositions":
        return _Prepositions(*(frozenset(self._words(rule.name, code, quad)) for rule in fields(_Prepositions)))

    def _place_under(self, scope: Token, target: int, preps: "_Prepositions", depth: int) -> Location | None:
        """A place in a place-preposition phrase on `scope`, or on a noun inside one ("at a rally in Moscow",
        "an attack on his residence in Tehran")."""
        for prep in scope.children:
            if prep.dep_ != "prep":
                continue
            word = prep.lower_
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "at the embassy and HQ in Kabul"
            for noun in objects:
                if noun.i == target and word in preps.directional:
                    continue  # "fired rockets at Israel": the target, not a place
                if word in preps.place:
                    location = self.common_noun_place(noun) or self.place_name(noun, any_label=True) \
                        or self.compound_place(noun, any_label=noun.lemma_.lower() in self.gazetteer.place_nouns) \
                        or self._direction_of(noun)
                    if location is not None and not (word in preps.directional and location.feature == "country"):
                        return location
                elif word in preps.place_noun:
                    location = self.common_noun_place(noun) or (  # "during a visit to Dhaka"
                        self._city_named_by(noun) if scope.lemma_.lower() in preps.journey else None)
                    if location is not None:
                        return location
                looks_through = (word in preps.through and (word != "of" or scope.pos_ in ("NOUN", "PROPN"))) or (
                    word in preps.gathered and noun.lemma_.lower() in preps.gathering) or (
                    noun.lemma_.lower() in preps.occasion)
                if depth > 1 and noun.pos_ in ("NOUN", "PROPN") and looks_through and noun.lemma_.lower() not in preps.manner:
                    location = self._place_under(noun, target, preps, depth - 1)
                    if location is not None:
                        return location
        return None

    def compound_place(self, noun: Token, cities_only: bool = False, any_label: bool = False) -> Location | None:
        """"in a Dubai hotel room", "across the Donbass region" (a place noun vouches for the name); "a Moscow
        court", "Moscow's airport", "at the Islamabad High Court" (a city: "a Russia court" is no place).
        `any_label` as in `place_name`."""
        if noun.pos_ == "PROPN":  # a name that begins with a capital's (not "Young Algerians", "West Darfur State")
            return next(filter(None, (self._city_named_by(c) for c in noun.children if c.dep_ == "compound"
                                      and c.pos_ == "PROPN" and c.i < noun.i and c.text in self.capital_names)), None)
        if noun.pos_ != "NOUN":
            return None
        for child in noun.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                location = self._city_named_by(child, any_label) if cities_only else self.place_name(child, any_label)
                if location is not None:
                    return location
            if child.dep_ == "poss" and child.pos_ == "PROPN" and noun.lemma_.lower() in self.gazetteer.place_nouns:
                # "at Moscow's airport" (not "at Russia's embassy", nor "over Moscow's interference")
                location = self._city_named_by(child)
                if location is not None:
                    return location
        if self.gazetteer.place_nouns.get(noun.lemma_.lower()) == "named":
            name = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            return self._named_in_country(noun, name) if name is not None else None
        return None

    def common_noun_place(self, noun: Token) -> Location | None:
        """"the French capital" is Paris; "the Syrian city of Aleppo" is Aleppo; "the coast of Oman" Oman."""
        how = self.gazetteer.place_nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if how == "capital":
            return self._capital_of_owner(noun)
        if how == "named":
            for name in filter(_is_name, _of_objects(noun)):
                found, named = self.place_name(name, any_label=True), self._named_in_country(noun, name)
                if named is not None and (found is None or found.country != named.country):
                    found = named  # "the northern Mozambican town of Palma" is not Palma in Spain
                if found is not None:
                    return found
        return None

    def _named_in_country(self, noun: Token, name: Token) -> Location | None:
        """A place the gazetteer lacks, named with its country: "the northern Iraqi village of Kocho" is Kocho,
        in Iraq; "Hong Kong's Admiralty district" is Admiralty, in Hong Kong (with no point on the map)."""
        owners = [proper_name(m).text if m.pos_ == "PROPN" else m.text for m in noun.children
                  if m.dep_ in ("amod", "compound", "poss") and m.i != name.i]
        country = next(filter(None, map(self.country_of, owners)), None)
        return Location(proper_name(name).text, country, None, None, noun.lemma_.lower()) if country else None

    def _capital_of_owner(self, noun: Token) -> Location | None:
        """The capital of the country that owns a noun: "the French capital", "Brazil's Congress, presidential
        palace and Supreme Court" (the first of a list owns them all)."""
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        for child in noun.children:
            if child.dep_ in ("amod", "poss", "compound", "nmod"):
                country = self.country_of(child.text)
                if country and country in self.capitals:
                    return self.gazetteer.lookup(self.capitals[country])
        return None

    def place_name(self, token: Token, any_label: bool = False) -> Location | None:
        """The gazetteer's place for a proper noun, with a direction word before it ("northern Gaza").
        `any_label`: the phrase already says it is a place ("met in Vilnius"), so trust the gazetteer over
        a named-entity label that calls the name an organisation or a person."""
        span = entity_at(token)
        if span is not None and span.label_ not in _PLACE_LABELS and not (
                any_label and _is_name(token) and span.label_ in _NAME_LABELS):
            return None
        if span is None and token.pos_ == "PROPN":  # "Deir Ezzor", unknown to NER
            span = proper_name(token)
        if span is None:
            return None
        direction = next((c.text for c in token.children if c.dep_ == "amod" and c.i < span.start
                          and self.gazetteer.is_direction(c.text)), None)
        named = self.gazetteer.lookup_qualified(span) if direction is None else \
            self.gazetteer.lookup(f"{direction} {span.text}")
        return named or self.gazetteer.lookup(proper_name(token).text)

    def _direction_of(self, noun: Token) -> Location | None:
        """"in the east of the Gaza Strip": that part of the place."""
        if not self.gazetteer.is_direction(noun.text):
            return None
        place = next(iter(_of_objects(noun)), None)
        location = self.place_name(place, any_label=True) if place is not None else None
        return (self.gazetteer.lookup(f"{noun.text} {location.name}") or location) if location is not None else None

    def _city_named_by(self, token: Token, any_label: bool = False) -> Location | None:
        """A city or region, not a country: "shelled Kharkiv" happened in Kharkiv. `any_label` as in `place_name`."""
        location = self.place_name(token, any_label)
        return location if location is not None and location.feature not in ("country", None) else None

    def _of_place(self, noun: Token) -> Location | None:
        for pobj in _of_objects(noun):
            # "the Yazidis of Sinjar": a people's or residents' "of" names a place, whatever the tagger says
            location = self.common_noun_place(pobj) or self._city_named_by(pobj, any_label=True)
            if location is not None:
                return location
        return None


def _of_objects(noun: Token) -> list[Token]:
    """What a noun is "of": "the city of Aleppo" -> Aleppo."""
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


def _is_name(token: Token) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common one ("districts of Homs")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


