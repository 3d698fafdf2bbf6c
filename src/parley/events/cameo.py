"""The CAMEO code table (names, Goldstein weights, quad classes, PLOVER categories) and the intent codes CAMEO gives
planned acts."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_rows


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def quad_class(root: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    plover = {row["prefix"]: row["plover"] for row in data_rows("events", "plover.tsv")}
    raw = {row["code"]: row for row in data_rows("events", "cameo.tsv")}
    table: dict[str, CameoCode] = {}
    for code in raw:
        # Codes without a weight or name of their own take their parent's (1824 -> 182 -> 18).
        parents = [code[:n] for n in range(len(code), 1, -1) if code[:n] in raw]
        goldstein = next((float(raw[p]["goldstein"]) for p in parents if raw[p]["goldstein"]), None)
        name = next((raw[p]["name"] for p in parents if raw[p]["name"]), code)
        category = by_prefix(plover, code, None)
        table[code] = CameoCode(code, name, goldstein, quad_class(code[:2]), category)
    return table


def lookup(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


@lru_cache(maxsize=1)
def _intents() -> dict[str, str]:
    return {row["prefix"]: row["intent"] for row in data_rows("events", "intents.tsv")}


def stated_intent(code: str) -> str:
    """The code CAMEO's convention gives a planned act: "will visit Paris" is the intent to meet (036), "would
    cut off aid" a threat (1311). Acts with no intent code of their own (a planned investigation) keep their code."""
    return by_prefix(_intents(), code, code)


def intended_acts(code: str) -> list[str]:
    """The acts whose intent a code is, as CAMEO's other notation writes them: 0354 (to ease sanctions) is 085."""
    return [act for act, intent in _intents().items() if intent == code]


def by_prefix(table: dict[str, str], code: str, default: str | None) -> str | None:
    """The value of a code's longest prefix in a prefix table (1823 -> 182 -> 18)."""
    return next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), default)
