"""Find actor mentions in a parsed document and resolve them to codes on a given date.

Two steps, each testable alone:
1. `PhraseIndex.find` marks lexicon phrases in the tokens (longest match wins).
2. `find_mentions` groups the phrases of one noun phrase ("Russian" + "President" + "Vladimir Putin")
   around the phrase's anchor token; `resolve` turns a group into an `Actor` for a date, using the
   person's role on that date.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from ..model import Actor
from ..nlp.cache import entity_at
from .lexicon import (AGENT, CAPITAL, COUNTRY, DEMONYM, GOV_SEAT, INSTITUTION, ORG, PARTY, PERSON, PROPER_KINDS,
                      Entry, Lexicon)

# Dependencies that keep a word inside its noun phrase: "Russian President Vladimir Putin".
_INSIDE_NP = {"compound", "amod", "flat", "nmod", "appos", "nummod", "det", "npadvmod"}
_MODIFIERS = {"compound", "amod", "nmod"}
# "pro-Russian", "anti-American", "the Pan-American Highway": a demonym after these is no one's own
_PREFIXES_OF_NO_COUNTRY = {"pro", "anti", "pan"}
# "Russia-backed separatists", "Iran-aligned militias": the sponsor, not whose they are ("Saudi-led" leads);
# "Russian-born German citizens": where they were born; "Iranian-made drones": who made them, not who flies them
_SPONSOR_SUFFIXES = {"born", "backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "equipped",
                     "aligned", "allied", "made", "built", "designed", "manufactured", "supplied"}
# "the former Soviet republic of Georgia", "former Yugoslav states": a state that is no more names none of today's
_FORMER_DOMAINS = {"republic", "state", "bloc", "colony", "territory", "space", "satellite", "country", "union"}
_OWN_PHRASES = {"prep", "poss", "appos", "acl", "relcl"}  # "a group of deputies" says whose group it is
# Which meaning of an ambiguous phrase to prefer.
_KIND_PRIORITY = [INSTITUTION, ORG, PARTY, GOV_SEAT, PERSON, COUNTRY, CAPITAL, DEMONYM, AGENT]


@dataclass
class Piece:
    start: int  # token indices, end exclusive
    end: int
    entries: list[Entry]

    @property
    def entry(self) -> Entry:
        return min(self.entries, key=lambda e: _KIND_PRIORITY.index(e.kind))


@dataclass
class Mention:
    """The actor phrases of one noun phrase, anchored on its head token."""

    anchor: int
    pieces: list[Piece] = field(default_factory=list)
    inherited: list["Mention"] = field(default_factory=list)  # "Russia's ministry", "head of the UN"
    coordinated: list["Mention"] = field(default_factory=list)  # split off a misparsed "X and Y" phrase

    @property
    def start(self) -> int:
        return min([p.start for p in self.pieces] + [self.anchor])

    @property
    def end(self) -> int:
        return max([p.end for p in self.pieces] + [self.anchor + 1])

    @property
    def name_only(self) -> bool:
        """A name no dictionary knows ("Mahsa Amini"): kept by its text, with no code."""
        return not self.pieces


def _is_upper_short(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


def _word_test(word: str, proper: bool) -> tuple:
    """How one word of a lexicon phrase matches a token, decided once: (lowercase, exact text for short
    capitals like "US", capitalised?) where capitalised is None for role words (any case)."""
    if not proper:
        return word.lower(), None, None
    exact = word if _is_upper_short(word) and any(c.isalpha() for c in word) else None
    return word.lower(), exact, word[:1].isupper()


class PhraseIndex:
    """Lexicon phrases as token sequences, looked up by their first token."""

    def __init__(self, lexicon: Lexicon, tokenizer) -> None:
        self.lexicon = lexicon
        self.by_first: dict[str, list[tuple[tuple[tuple, ...], list[Entry]]]] = defaultdict(list)
        for phrase, entries in lexicon.phrases.items():
            tokens = tuple(t.text for t in tokenizer(phrase))
            if not tokens:
                continue
            proper = any(e.kind in PROPER_KINDS for e in entries)
            self.by_first[tokens[0].lower()].append((tuple(_word_test(t, proper) for t in tokens), entries))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    @staticmethod
    def _token_matches(test: tuple, token: Token) -> bool:
        lower, exact, capitalised = test
        if exact is not None:
            return token.text == exact  # "US" is not "us", "IS" is not "is"
        if capitalised is None:  # a role word: any case, any inflection
            return lower in (token.lower_, token.lemma_.lower())
        if token.lower_ != lower:
            return False
        return not (capitalised and token.text[:1].islower())  # "Turkey" not "turkey"

    def find(self, doc: Doc) -> list[Piece]:
        found: list[Piece] = []
        tokens = list(doc)  # (indexing the Doc makes a new Token each time)
        for token in tokens:
            keys = {token.lower_, token.lemma_.lower()}
            for key in keys:
                for tests, entries in self.by_first.get(key, ()):
                    end = token.i + len(tests)
                    if end > len(tokens):
                        continue
                    if all(self._token_matches(test, tokens[token.i + k]) for k, test in enumerate(tests)):
                        found.append(Piece(token.i, end, entries))
        # "pro-Russian separatists", "anti-American protesters" and the "Pan-American Highway" are not Russian or
        # American, nor are "Russia-backed separatists".
        found = [p for p in found if not (p.start >= 2 and doc[p.start - 1].text == "-"
                                          and doc[p.start - 2].lower_ in _PREFIXES_OF_NO_COUNTRY)
                 and not (p.end + 1 < len(doc) and doc[p.end].text == "-"
                          and doc[p.end + 1].lower_ in _SPONSOR_SUFFIXES)]
        found = [p for p in found if not _former_state(doc, p)]
        # Longest first, then leftmost; proper names win ties over role words.
        found.sort(key=lambda p: (-(p.end - p.start), p.start, p.entry.kind == AGENT))
        taken: set[int] = set()
        chosen: list[Piece] = []
        for piece in found:
            span = set(range(piece.start, piece.end))
            if span & taken:
                continue
            taken |= span
            chosen.append(piece)
        chosen = [p for p in chosen if not _city_in_another_name(doc, p, taken)
                  and not self._another_bearer(doc, p, taken)]
        return sorted(chosen, key=lambda p: p.start)

    def _another_bearer(self, doc: Doc, piece: Piece, taken: set[int]) -> bool:
        """"Texas Governor Greg Abbott": a known person's surname after an unknown name, in a name that begins
        with a word none of that person's names begins with, belongs to someone else."""
        first = doc[piece.start]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "I" or any(e.kind != PERSON for e in piece.entries):
            return False
        before = doc[piece.start - 1]
        name_start = next(t for t in reversed(doc[:piece.start]) if t.ent_iob_ == "B")
        people = [self.lexicon.people.get(e.person) for e in piece.entries]
        # (not "Dutch King Willem-Alexander", "Chancellor Merkel", "Hillary Rodham Clinton")
        return before.pos_ == "PROPN" and before.text[:1].isupper() and before.i not in taken and not any(
            person is not None and name_start.lower_ in person.first_words for person in people)


def _former_state(doc: Doc, piece: Piece) -> bool:
    """"the former Soviet Union", "the former Soviet republic of Georgia", "ex-Yugoslav states": once a state's,
    no state's now (but "former Soviet leader Mikhail Gorbachev" is the Soviet Union's, and "former US Marine Paul
    Whelan" an American)."""
    before = doc[piece.start - 1].lower_ if piece.start else ""
    if before == "-" and piece.start > 1:
        before = doc[piece.start - 2].lower_
    if before not in ("former", "ex"):
        return False
    after = doc[piece.end] if piece.end < len(doc) else None
    if piece.entry.kind == COUNTRY:  # (not "former US Marine Paul Whelan")
        return _piece_root(doc, piece).dep_ not in _MODIFIERS
    return piece.entry.kind == DEMONYM and after is not None and after.lemma_.lower() in _FORMER_DOMAINS


def _city_in_another_name(doc: Doc, piece: Piece, taken: set[int]) -> bool:
    """"Real Madrid", "Dynamo Kyiv", "Leila de Lima": a capital after another proper name, inside the name of
    something else, stands for no state."""
    if any(e.kind != CAPITAL for e in piece.entries):
        return False
    if doc[piece.start].ent_type_ == "PERSON" and doc[piece.start].ent_iob_ == "I":
        return True  # "Leila de Lima": part of a person's name
    before = doc[piece.start - 1] if piece.start else None
    return before is not None and before.i not in taken and before.pos_ == "PROPN" and before.dep_ == "compound" \
        and piece.start <= before.head.i < piece.end and before.text[:1].isupper()


def _piece_root(doc: Doc, piece: Piece) -> Token:
    for token in doc[piece.start:piece.end]:
        if not (piece.start <= token.head.i < piece.end) or token.head.i == token.i:
            return token
    return doc[piece.end - 1]


_LIST_KINDS = {COUNTRY, ORG, CAPITAL}


def _title_before(token: Token, token_piece: dict) -> Token | None:
    """"FARC leader Rodrigo Londono", "Taliban political chief Mullah Abdul Ghani Baradar": a name right after a
    role word names its holder, even where the parser hangs the name elsewhere (a second conjunct of the first
    name, an apposition of an earlier role)."""
    start = token.left_edge.i
    before = token.doc[start - 1] if start else None
    piece = token_piece.get(before.i) if before is not None else None
    if token.pos_ != "PROPN" or token.dep_ not in ("conj", "appos") or piece is None or piece.entry.kind != AGENT \
            or before.pos_ != "NOUN" or before.i == token.head.i:
        return None
    return before


def _anchor(token: Token, token_piece: dict) -> Token:
    token = _title_before(token, token_piece) or token
    while token.head.i != token.i and (token.dep_ in _INSIDE_NP or (
            token.dep_ == "conj" and token.head.dep_ in _MODIFIERS)):  # "Russian and Ukrainian negotiators"
        if token.dep_ == "appos" and (token.i not in token_piece or _is_list_item(token, token_piece)):
            # "the US, a Saudi-owned weekly reports": an apposition headed by no actor word keeps its
            # modifiers; "Saudi Arabia, Egypt, the UAE and Bahrain" misparsed as appositions is a list
            break
        if is_attribution(token) or is_aside(token):
            break
        token = token.head
    return token


_DASHES = {"—", "–", "--"}


def is_aside(token: Token) -> bool:
    """"by EU leaders and Ahmet Davutoglu — Syrians who reach the Greek islands will be returned ...": what follows
    a dash is a clause of its own, which the parser may hang on the noun before it as an apposition."""
    return token.dep_ == "appos" and any(t.text in _DASHES for t in token.doc[token.head.i + 1:token.i])


def is_attribution(token: Token) -> bool:
    """"... with Donald Trump, state media reported": a clause of its own, misparsed as an apposition; also the
    subject of a verb right after it that has none ("... from Ukraine's borders, NATO Secretary-General Jens
    Stoltenberg said")."""
    if token.dep_ != "appos":
        return False
    after = token.right_edge.i + 1
    verb = token.doc[after] if after < len(token.doc) else None
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBD" for c in token.children) or (
        verb is not None and verb.pos_ == "VERB" and verb.is_ancestor(token)
        and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _is_list_item(token: Token, token_piece: dict) -> bool:
    mine, theirs = token_piece.get(token.i), token_piece.get(token.head.i)
    return (mine is not None and theirs is not None and mine is not theirs
            and mine.entry.kind in _LIST_KINDS and theirs.entry.kind in _LIST_KINDS)


def find_mentions(doc: Doc, pieces: list[Piece]) -> dict[int, Mention]:
    """Mentions keyed by anchor token index. Only noun phrases headed by an actor phrase count:
    "Russian diplomats" is an actor, "Russian interference" is not."""
    groups: dict[int, Mention] = {}
    token_piece = {}
    for piece in pieces:
        for i in range(piece.start, piece.end):
            token_piece[i] = piece
    for piece in pieces:
        anchor = _anchor(_piece_root(doc, piece), token_piece)
        groups.setdefault(anchor.i, Mention(anchor.i)).pieces.append(piece)
    mentions = {i: m for i, m in groups.items()
                if i in token_piece or _names_an_actor(doc, m) or _titled_name(doc, m)}
    for mention in list(mentions.values()):
        _split_coordination(doc, mention, mentions)
    # A role word takes the country of its possessor or of-phrase: "Russia's foreign ministry".
    for mention in mentions.values():
        anchor = doc[mention.anchor]
        # the title of a name owns it too: "Ukraine's envoy X", "X, leader of the Donetsk People's Republic"
        # ("Lebanon's President Elias Hrawi": the tagger may take a capitalised title for a proper noun)
        roles = {i for p in mention.pieces if p.entry.kind == AGENT for i in range(p.start, p.end)}
        titles = [c for c in anchor.children if (c.dep_ == "compound" and (c.pos_ == "NOUN" or c.i in roles))
                  or (c.dep_ == "appos" and c.i in (p.start for p in mention.pieces))]
        for child in [*anchor.children, *(c for t in titles for c in t.children if c.dep_ in ("poss", "prep"))]:
            if child.dep_ == "poss" and child.i in mentions:
                if not any(o is mentions[child.i] for split in mention.coordinated for o in split.inherited):
                    mention.inherited.append(mentions[child.i])
            elif child.dep_ == "prep" and (child.lower_ in ("of", "from") or (  # "dissidents from Myanmar"
                    child.lower_ == "for" and any(p.entry.weak for p in mention.pieces)  # "a spokesman for X"
                    and all(p.entry.kind == AGENT for p in mention.pieces))):  # (not "the UN agency for refugees")
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.i in mentions:
                        mention.inherited.append(mentions[grandchild.i])
    # "Myanmar troops and police": a role word conjoined to a national one shares its nationality
    for mention in mentions.values():
        anchor = doc[mention.anchor]
        first = mentions.get(anchor.head.i) if anchor.dep_ == "conj" else None
        if first is None or mention.inherited or len(mention.pieces) != 1 or mention.pieces[0].entry.kind != AGENT \
                or any(c.dep_ in _MODIFIERS | _OWN_PHRASES for c in anchor.children if not (  # not "... and
                    c.dep_ == "compound" and c.i in range(mention.start, mention.end))):  # separatist fighters"
            continue
        nations = [p for p in first.pieces if p.entry.kind in (COUNTRY, DEMONYM) and p.end <= first.anchor]
        if nations:
            mention.inherited.append(Mention(nations[-1].start, [nations[-1]]))
    # A word that is an actor only through its owner ("border", "state") names none on its own:
    # "a state of emergency" is no actor.
    for anchor, mention in list(mentions.items()):
        if not mention.inherited and all(p.entry.kind == AGENT and not p.entry.sector for p in mention.pieces):
            del mentions[anchor]
    return mentions


_FORMER_WORDS = {"former", "ex", "ousted", "deposed", "toppled", "overthrown", "late"}  # a title held no more
UNALIGNED, _REBELS = "UAF", "REB"  # armed men of no named side ("gunmen"), and an armed group's fighters
_MINORITY_WORDS = {"ethnic"}  # before a demonym: a minority, of the country it lives in
_NAME_KINDS = {PERSON, ORG, PARTY, INSTITUTION, COUNTRY, CAPITAL, GOV_SEAT}


def _names_an_actor(doc: Doc, mention: Mention) -> bool:
    """A noun phrase whose head is no actor word still names one through an apposition or compound
    name: "Russian counterpart Vladimir Putin". A mere adjective does not: "Russian interference"."""
    for piece in mention.pieces:
        dep = _piece_root(doc, piece).dep_
        if piece.entry.kind == CAPITAL and dep == "compound":
            continue  # "the Paris climate agreement", "the Minsk accords": where, not who
        if piece.entry.kind in _NAME_KINDS and dep in ("appos", "compound", "nmod", "flat"):
            return True
    return False


def _titled_name(doc: Doc, mention: Mention) -> bool:
    """A name we do not know, with a title or a nationality: "Sri Lankan President Ranil Wickremesinghe",
    "Chinese telecoms giant Huawei"."""
    anchor = doc[mention.anchor]
    titles = anchor.ent_type_ != "ORG"  # in "the Ministry of State Security" a role word is part of the name
    return anchor.pos_ == "PROPN" and anchor.ent_type_ in ("PERSON", "ORG", "") and any(
        p.entry.kind in (DEMONYM, COUNTRY) or (titles and p.entry.kind == AGENT and p.entry.sector)
        for p in mention.pieces)


def _split_coordination(doc: Doc, mention: Mention, mentions: dict[int, Mention]) -> None:
    """"US President Donald Trump and Russian counterpart Vladimir Putin" may come out of the parser as
    one noun phrase; a coordinator between its names splits off the actor before it."""
    pieces = sorted(mention.pieces, key=lambda p: p.start)
    for cc in doc[pieces[0].end:pieces[-1].start]:
        if cc.dep_ != "cc" or cc.head.i >= cc.i:
            continue
        before = [p for p in pieces if p.end <= cc.i]
        after = [p for p in pieces if p.start > cc.i]
        # "Colombia's government and ELN rebels": an owner before the coordinator is the first side's, when the
        # second names an actor of its own (not "Russia's army and navy chiefs", both Russia's)
        owners = [mentions[c.i] for c in doc[mention.anchor].children if c.dep_ == "poss" and c.i < cc.i
                  and c.i in mentions] if any(p.entry.kind != AGENT for p in after) else []
        if not before or not (owners or any(p.entry.kind != AGENT for p in before)):
            return
        anchor = before[-1].end - 1
        # "Russian and Ukrainian negotiators": both sides share the head's role word (not "Colombian President Ivan
        # Duque and ELN commander ...", whose first side has a role and a name of its own)
        head_roles = [p for p in after if p.entry.kind == AGENT and p.start <= mention.anchor < p.end
                      and not any(b.entry.kind in (AGENT, PERSON) for b in before)]
        split = Mention(anchor, before + head_roles, inherited=owners)
        mention.pieces = after
        mentions.setdefault(anchor, split)
        mention.coordinated.append(split)
        return


def resolve(doc: Doc, mention: Mention, lexicon: Lexicon, day: date | None) -> Actor:
    """The actor a mention stands for on `day`: Trump is president-elect in Nov 2016, USAGOV in 2018.
    A name no dictionary knows (`Mention.name_only`) is kept by its text, with no code."""
    if mention.name_only:
        span = entity_at(doc[mention.anchor]) or doc[mention.anchor:mention.anchor + 1]
        owner = resolve(doc, mention.inherited[0], lexicon, day) if mention.inherited else None
        country = owner.country if owner is not None else None  # "China's Ministry of State Security": China's
        return Actor(text=span.text, code=country, name=span.text, country=country, start=span.start_char,
                     end=span.end_char)
    country = org = sector = fixed_code = org_code = org_sector = None
    person = person_piece = role = None
    anchor_role: Entry | None = None
    modifier_sector = party_sector = None
    # "NATO member Turkey", "OPEC member Iraq": an organisation before the country that heads the phrase (or stands
    # in apposition to its head) says what the country belongs to; the actor is the country. Not "the Arab League
    # Syria envoy", whose head is the envoy.
    head_country = min((p.start for p in mention.pieces if p.entry.kind == COUNTRY and p.end > mention.anchor),
                       default=None)
    for piece in mention.pieces:
        entry = piece.entry
        if head_country is not None and entry.kind == ORG and piece.end <= head_country:
            continue
        if entry.kind == PERSON:  # of two people with one name ("Bush", "Castro"), the one in office that day
            people = [lexicon.people[e.person] for e in piece.entries if e.kind == PERSON
                      and e.person in lexicon.people]
            person = next((p for p in people if p.role_on(day) is not None), people[0] if people else None)
            person_piece = piece
        elif entry.kind == DEMONYM and piece.start > 0 and doc[piece.start - 1].lower_ in _MINORITY_WORDS:
            modifier_sector = modifier_sector or "CVL"  # "ethnic Albanians in south Serbia" are Serbia's, not Albania's
        elif entry.kind in (COUNTRY, DEMONYM, CAPITAL):
            country = country or entry.country
        elif entry.kind == GOV_SEAT:
            country, modifier_sector = country or entry.country, modifier_sector or entry.sector
        elif entry.kind == PARTY:  # "Labour leader": the opposition or the government, by the day
            country, party_sector = country or entry.country, lexicon.party_sector(entry.name, day)
        elif entry.kind == ORG:
            org, org_code, org_sector = entry.org, entry.code, entry.sector
            country = country or entry.country
        elif entry.kind == INSTITUTION:
            fixed_code = entry.code
            country, modifier_sector = country or entry.country, entry.sector or modifier_sector
            org = org or entry.org
        elif entry.kind == AGENT:
            if piece.start <= mention.anchor < piece.end:
                anchor_role = entry
            elif entry.sector:
                modifier_sector = entry.sector
    # The head word decides ("government troops" are MIL) unless it is a weak role word ("rebel leader").
    # (armed men of no named side take the side a modifier names: "cartel gunmen" are CRM, "rebel gunmen" REB)
    if anchor_role is not None and anchor_role.sector and not (
            (anchor_role.weak or anchor_role.sector == UNALIGNED) and modifier_sector):
        sector = anchor_role.sector
    else:
        sector = modifier_sector or (anchor_role.sector if anchor_role else None)
    if anchor_role is not None and anchor_role.weak and not modifier_sector and org_sector:
        sector = org_sector  # "the Hayat Tahrir al-Sham group" is the armed group itself, not an NGO
    name = None
    if person is not None:
        name = person.name
        role = person.role_on(day)
        if role is not None:
            country, org = country or role.country, org or role.org
            sector = role.sector if role.sector and sector in (None, "GOV") else sector  # the dated role is surer
            fixed_code = fixed_code or role.code
        elif not mention.inherited:  # out of office that day; an owner named here speaks for them instead
            country = country or person.country
            # (unless the name itself carries the title: the text says they hold it, "Foreign Secretary Jack Straw")
            phrase = doc[person_piece.start:person_piece.end].text.lower()
            titled = any(phrase.startswith(title + " ") for title in lexicon.titles)
            sector = sector or (("GOV" if titled else "ELI") if country else None)
    if party_sector and role is None:
        sector = party_sector
    before = min(doc[mention.anchor].left_edge.i, max(mention.start - 1, 0))  # (a participle misparsed as a verb)
    if sector == "GOV" and role is None and any(t.lower_ in _FORMER_WORDS for t in doc[before:mention.anchor]):
        sector = "ELI"  # "former US President Barack Obama", "deposed President Bazoum": no longer the government
    if org and not org_sector and not country and not fixed_code and person is None:
        # "Russia's Security Council", "the Security Council of Ukraine": a state's own body under the name of an
        # international one
        state = next((a for a in (resolve(doc, o, lexicon, day) for o in mention.inherited)
                      if a.country and not a.org), None)
        if state is not None:
            country, org, org_code, sector = state.country, None, None, sector or "GOV"
    for other in mention.inherited:
        if country is None and org is None:
            inherited = resolve(doc, other, lexicon, day)
            country, org = inherited.country, inherited.org
            if inherited.org and not org_code:
                org_code, org_sector = inherited.code, inherited.sector
            if anchor_role is not None and anchor_role.weak and not modifier_sector and inherited.sector and not (
                    anchor_role.sector == "CVL" and inherited.sector == "GOV"):
                # "directors of Russia's intelligence agencies" are SPY (but "supporters of President Hosni Mubarak"
                # are civilians on his side, as "Trump supporters" are, not his government)
                sector = inherited.sector
            if any(p.entry.kind == PARTY for p in other.pieces):
                sector = inherited.sector  # "the Left Party's leader" is the party's side

    if sector == UNALIGNED and (country or org):
        sector = org_sector or _REBELS  # "Taliban gunmen", "Palestinian gunmen": a named side's armed men
    then = lexicon.country_on(country, day)
    if then != country:  # "Kosovo's police" in 1999: Serbia's
        fixed_code = then + fixed_code[len(country):] if fixed_code and fixed_code.startswith(country) else fixed_code
        country = then
    if fixed_code:
        code = fixed_code
    elif org_code:
        # a group's leader or spokesman speaks for the group itself: no GOV after an armed group's code
        code = org_code + (sector if sector and sector != org_sector and not (org_sector and sector == "GOV") else "")
    elif org and not country:
        code = org + (sector or "")
    elif country:
        code = country + (sector or "")
    else:
        code = None
    if name is None:
        name = lexicon.org_names.get(org) if org and not country else lexicon.countries.get(country or "")
        name = name or (lexicon.org_names.get(org) if org else None)
    span = doc[mention.start:mention.end]
    return Actor(text=span.text, code=code, name=name, country=country, org=org, sector=sector or org_sector,
                 start=span.start_char, end=span.end_char)


def titled_term(doc: Doc, mentions: dict[int, Mention], lexicon: Lexicon) -> tuple[date, date] | None:
    """The dates a text must fall in, from titled people: "President-elect Donald Trump" is written
    between an election and an inauguration. When a title fits several terms, the term in which the
    most other people named in the text held office wins ("Obama" points to 2016, not 2024)."""
    terms: list[tuple[date, date]] = []
    named = set()
    for mention in mentions.values():
        people = [lexicon.people.get(p.entry.person) for p in mention.pieces if p.entry.kind == PERSON]
        named.update(p.name for p in people if p is not None)
        titles = [lexicon.titles.get(doc[p.start:p.end].text.lower()) for p in mention.pieces if p.entry.kind == AGENT]
        if len(people) == 1 and people[0] is not None and any(titles):
            terms += [(r.start, r.end or date.max) for r in people[0].roles if r.role in titles and r.start]
    if not terms:
        return None

    def support(term: tuple[date, date]) -> int:
        return sum(any(r.start and r.start <= term[1] and (r.end or date.max) >= term[0]
                       for r in lexicon.people[name].roles) for name in named)

    ranked = sorted(set(terms), key=support, reverse=True)
    if len(ranked) > 1 and support(ranked[0]) == support(ranked[1]):
        return None
    return ranked[0]
