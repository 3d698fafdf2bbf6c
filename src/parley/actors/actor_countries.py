"""Whose an actor named by its sector alone is: "opposition protesters ... in Yerevan" are Armenian,
"Lukashenko freed political prisoners": Belarusian ones. The rules are data: data/actor_countries.tsv,
tried in order, with the sector groups of data/sector_groups.tsv."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_rows
from ..model import Actor, Location

ANY = None  # a column written `*`: no condition
_COUNTRY_SOURCES = ("place", "other", "other_alone")


def _sectors(words: str, groups: dict[str, frozenset[str]]) -> frozenset[str]:
    sectors: set[str] = set()
    for word in words.split():
        if word in groups:
            sectors |= groups[word]
        elif len(word) == 3 and word.isupper():
            sectors.add(word)
        else:
            raise ValueError(f"not a sector code or sector group: {word!r}")
    return frozenset(sectors)


@lru_cache(maxsize=1)
def sector_groups() -> dict[str, frozenset[str]]:
    """sector_groups.tsv: a group's name -> its CAMEO sector codes."""
    groups: dict[str, frozenset[str]] = {}
    for row in data_rows("actors", "sector_groups.tsv"):
        groups[row["group"]] = _sectors(row["sectors"], groups)
    return groups


@dataclass(frozen=True)
class CountryRule:
    actor: str  # "source", "target" or "either"
    sectors: frozenset[str] | None  # ANY, or the actor's sectors
    other: frozenset[str | None] | None  # ANY, or the other side's sectors; None in it: an other with no sector
    roots: frozenset[str] | None  # ANY, or CAMEO roots and codes (084 covers 0841 and 0842)
    country: str  # "place", "other", or "other_alone": the other side's when the sentence names no other country

    def applies(self, role: str, sector: str | None, other_sector: str | None, code: str) -> bool:
        return (self.actor in ("either", role)
                and (self.sectors is ANY or sector in self.sectors)
                and (self.other is ANY or other_sector in self.other)
                and (self.roots is ANY or any(code.startswith(prefix) for prefix in self.roots)))


@lru_cache(maxsize=1)
def load_country_rules() -> tuple[CountryRule, ...]:
    groups = sector_groups()

    def sectors(words: str) -> frozenset | None:
        if words == "*":
            return ANY
        named = " ".join(w for w in words.split() if w != "none")
        return _sectors(named, groups) | ({None} if "none" in words.split() else set())

    rules = []
    for row in data_rows("actors", "actor_countries.tsv"):
        if row["actor"] not in ("source", "target", "either") or row["country"] not in _COUNTRY_SOURCES:
            raise ValueError(f"actor_countries.tsv: bad row {row}")
        roots = ANY if row["roots"] == "*" else frozenset(row["roots"].split())
        rules.append(CountryRule(row["actor"], sectors(row["sectors"]), sectors(row["other"]), roots, row["country"]))
    return tuple(rules)


def actor_country(role: str, actor: Actor, other: Actor, code: str, place: Location | None,
                  named: set[str] = frozenset()) -> str | None:
    """The country of `actor`, the event's `role` ("source" or "target"), which has a sector but no code: from
    the first rule of actor_countries.tsv that applies to it and whose country is known, else None. `named`: the
    countries the sentence names."""
    for rule in load_country_rules():
        if rule.country == "place":
            country = place.country if place else None
        elif rule.country == "other_alone" and not named <= {other.country}:
            continue  # "taken hostage by Hamas gunmen ..., Israeli officials said": maybe Israelis
        else:
            country = other.country
        if country and rule.applies(role, actor.sector, other.sector, code):
            return country
    return None
