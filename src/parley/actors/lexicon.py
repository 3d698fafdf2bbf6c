"""Actor knowledge: countries, organisations, institutions, role words and people with dated roles.

All of it is read from TSV files in `data/` (and from users' own files), never written in code.
A user file is either in `people.tsv` format (name it `*.people.tsv`) or in the simple format
`name<TAB>code<TAB>country<TAB>org<TAB>sector[<TAB>start<TAB>end]`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Iterable

# What a matched phrase says about the actor it belongs to.
COUNTRY, DEMONYM, CAPITAL, GOV_SEAT, ORG, INSTITUTION, AGENT, PERSON, PARTY = (
    "country", "demonym", "capital", "gov_seat", "org", "institution", "agent", "person", "party",
)
PROPER_KINDS = {COUNTRY, DEMONYM, CAPITAL, GOV_SEAT, ORG, INSTITUTION, PERSON, PARTY}


@dataclass(frozen=True)
class Role:
    country: str | None
    org: str | None
    role: str
    sector: str | None
    start: date | None
    end: date | None
    code: str | None = None  # a fixed code from a user's dictionary, used as it is

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    name: str
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    # the first words of the names of more than one word ("joe", "joseph", "president"): "Greg Abbott" is not
    # Tony Abbott
    first_words: set[str] = field(default_factory=set)

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day`; heads of state and government win over other roles held then."""
        if day is None:
            return None
        held = [role for role in self.roles if role.holds_on(day)]
        return min(held, key=lambda r: _ROLE_RANK.get(r.role, 9), default=None)


_ROLE_RANK = {"head_of_state": 0, "president_elect": 1, "head_of_government": 2}


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon and what it means."""

    kind: str
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None
    person: str | None = None  # key into Lexicon.people
    weak: bool = False  # a role word whose sector gives way to a modifier's ("rebel leader")


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _date(value: str | None) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def _tsv_rows(text: str, width: int, origin: str) -> Iterable[list[str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if cells[0].strip().lower() in {"iso3", "key", "phrase", "name"} and number < 30:
            continue  # a header row
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        yield [c.strip() for c in cells]


class Lexicon:
    """Phrases (with their meaning) and people, ready for the mention matcher."""

    def __init__(self) -> None:
        self.phrases: dict[str, list[Entry]] = defaultdict(list)
        self.people: dict[str, Person] = {}
        self.countries: dict[str, str] = {}  # iso3 -> common name
        self.capitals: dict[str, str] = {}  # iso3 -> capital city ("the French capital" is Paris)
        self.org_names: dict[str, str] = {}
        self.titles: dict[str, str] = {}  # "president elect" -> "president_elect"
        self.party_terms: dict[str, list[tuple[date | None, date | None]]] = {}  # party -> when it governed
        self.successions: dict[str, tuple[str, date]] = {}  # XKX -> (SRB, 2008-02-17): part of SRB before then

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> "Lexicon":
        lexicon = cls()
        data = resources.files("parley.actors").joinpath("data")
        lexicon.add_countries(data.joinpath("countries.tsv").read_text("utf-8"))
        lexicon.add_organisations(data.joinpath("organisations.tsv").read_text("utf-8"))
        lexicon.add_institutions(data.joinpath("institutions.tsv").read_text("utf-8"))
        lexicon.add_institutions(data.joinpath("communities.tsv").read_text("utf-8"), "communities.tsv")
        lexicon.add_agents(data.joinpath("agents.tsv").read_text("utf-8"))
        lexicon.add_people(data.joinpath("people.tsv").read_text("utf-8"))
        lexicon.add_parties(data.joinpath("parties.tsv").read_text("utf-8"))
        for code, part_of, until, _example in _tsv_rows(data.joinpath("successions.tsv").read_text("utf-8"), 4,
                                                        "successions.tsv"):
            if code != "code":
                lexicon.successions[code] = (part_of, _date(until))
        for title, role in _tsv_rows(data.joinpath("titles.tsv").read_text("utf-8"), 2, "titles.tsv"):
            if title != "title":
                lexicon.titles[title] = role
        for path in extra_files:
            path = Path(path)
            text = path.read_text("utf-8", errors="replace")
            if looks_like_petrarch(text):
                add_petrarch_dictionary(lexicon, text, str(path))
            elif path.name.endswith(".people.tsv"):
                lexicon.add_people(text, origin=str(path))
            else:
                lexicon.add_user_entries(text, origin=str(path))
        return lexicon

    def country_of(self, phrase: str) -> str | None:
        """The country a name or demonym stands for: "French" -> FRA."""
        for entry in self.phrases.get(phrase, ()) or self.phrases.get(phrase.lower(), ()):
            if entry.kind in (COUNTRY, DEMONYM):
                return entry.country
        return None

    def country_on(self, code: str | None, day: date | None) -> str | None:
        """The state a country code stood for on `day`: Kosovo (XKX) is Serbia's (SRB) before 2008."""
        part_of, until = self.successions.get(code or "", (None, None))
        return part_of if part_of and day is not None and day < until else code

    def _add(self, phrase: str, entry: Entry) -> None:
        if entry not in self.phrases[phrase]:
            self.phrases[phrase].append(entry)

    def add_countries(self, text: str, origin: str = "countries.tsv") -> None:
        for iso3, name, aliases, demonyms, capitals, seats in _tsv_rows(text, 6, origin):
            self.countries[iso3] = name
            for phrase in [name, *_split(aliases)]:
                self._add(phrase, Entry(COUNTRY, name, country=iso3))
            for phrase in _split(demonyms):
                self._add(phrase, Entry(DEMONYM, name, country=iso3))
            for phrase in _split(capitals):
                self._add(phrase, Entry(CAPITAL, name, country=iso3))
                self.capitals.setdefault(iso3, phrase)
            for phrase in _split(seats):
                self._add(phrase, Entry(GOV_SEAT, name, country=iso3, sector="GOV"))

    def add_organisations(self, text: str, origin: str = "organisations.tsv") -> None:
        rows = list(_tsv_rows(text, 5, origin))
        keys = {row[0] for row in rows}
        for key, code, country, sector, names in rows:
            names_list = _split(names)
            self.org_names[key] = names_list[0] if names_list else key
            # A body of a larger organisation (European Commission: EUGOV) belongs to that organisation.
            parent = max((k for k in keys if code and code != key and code.startswith(k)), key=len, default=key)
            for phrase in [key, *names_list]:
                self._add(phrase, Entry(ORG, self.org_names[key], country=country or None, org=parent,
                                        sector=sector or None, code=code or key))

    def add_institutions(self, text: str, origin: str = "institutions.tsv") -> None:
        for name, code, country, sector in _tsv_rows(text, 4, origin):
            self._add(name, Entry(INSTITUTION, name, country=country or None, sector=sector or None, code=code or None))

    def add_agents(self, text: str, origin: str = "agents.tsv") -> None:
        for phrase, sector, _note in _tsv_rows(text, 3, origin):
            weak = sector.endswith("?")
            sector = sector.rstrip("?")
            self._add(phrase.lower(), Entry(AGENT, phrase.lower(), sector=sector if sector not in ("", "-") else None,
                                            weak=weak))

    def add_people(self, text: str, origin: str = "people.tsv") -> None:
        for name, aliases, country, role, sector, start, end, org in _tsv_rows(text, 8, origin):
            person = self.people.setdefault(name, Person(name=name, country=country or None))
            person.country = person.country or country or None
            person.roles.append(Role(country or None, org or None, role, sector or None, _date(start), _date(end)))
            for phrase in [name, *_split(aliases)]:
                self._add(phrase, Entry(PERSON, name, country=country or None, org=org or None, person=name))
                if " " in phrase.strip():
                    person.first_words.add(phrase.split()[0].lower())

    def add_parties(self, text: str, origin: str = "parties.tsv") -> None:
        for name, aliases, country, governing in _tsv_rows(text, 4, origin):
            terms = [tuple(_date(d) for d in term.split("..")) for term in governing.split(";") if term]
            self.party_terms[name] = terms
            for phrase in [name, *_split(aliases)]:
                self._add(phrase, Entry(PARTY, name, country=country))

    def party_sector(self, party: str, day: date | None) -> str:
        """GOV while the party governs on `day`, OPP otherwise (and OPP when the day is unknown)."""
        governs = day is not None and any((start is None or start <= day) and (end is None or day < end)
                                          for start, end in self.party_terms.get(party, ()))
        return "GOV" if governs else "OPP"

    def add_user_entries(self, text: str, origin: str) -> None:
        """Users' own actors: a name with a fixed code, or a person's role when start/end are given."""
        for name, code, country, org, sector, start, end in _tsv_rows(text, 7, origin):
            if start or end:
                person = self.people.setdefault(name, Person(name=name, country=country or None))
                person.roles.append(Role(country or None, org or None, "user", sector or None, _date(start),
                                         _date(end), code or None))
                self._add(name, Entry(PERSON, name, country=country or None, org=org or None, person=name))
            else:
                self._add(name, Entry(INSTITUTION, name, country=country or None, org=org or None,
                                      sector=sector or None, code=code or None))


from .petrarch import add_petrarch_dictionary, looks_like_petrarch  # noqa: E402  (petrarch builds on Lexicon)
