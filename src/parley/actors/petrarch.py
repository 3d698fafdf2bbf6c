"""Read PETRARCH/TABARI actor and agent dictionaries, so users can bring the dictionaries they have.

Actors: `NAME [CODE]` entries, `+SYNONYM` lines, and dated code lines under an entry:
`[CODE < 950601]`, `[CODE 19950601 - 19990815]`, `[CODE > 990816]`. Names join words with `_`.
Agents: `PHRASE {PLURAL} [~SECTOR]` with `!MACRO! = A, B` substitutions.
Output rows fit `Lexicon.add_user_entries`: name, code, country, org, sector, start, end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pycountry


SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM", "CVL",
           "REF", "LAB", "AGR", "HLH", "ELI", "HRI", "NGO", "UAF", "INS", "SEP", "MOD", "RAD"}
_CODE = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^\s*([~+\-\w]+)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")


def _date(text: str) -> date:
    if len(text) == 6:  # YYMMDD, the TABARI form
        year = int(text[:2])
        return date(2000 + year if year < 50 else 1900 + year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _phrase(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip().title()


def split_code(code: str) -> tuple[str | None, str | None]:
    """PETRARCH code -> (country ISO3 or None, first sector or None): PSEREBHMS -> (PSE, REB)."""
    code = code.upper().strip()
    country = code[:3] if pycountry.countries.get(alpha_3=code[:3]) else None
    rest = code[3:] if country or code.startswith("---") else code
    sector = next((rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3] in SECTORS), None)
    return country, sector


@dataclass
class _Entry:
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def _code_line(text: str) -> tuple[str, date | None, date | None] | None:
    match = _DATED.match(text)
    if not match:
        return None
    code, direction, bound, start, end = match.groups()
    if direction == "<":
        return code, None, _date(bound) - timedelta(days=1)
    if direction == ">":
        return code, _date(bound) + timedelta(days=1), None
    if start:
        return code, _date(start), _date(end)
    return code, None, None


def read_actors(text: str) -> list[tuple[str, str, str, str, str, str, str]]:
    entries: list[_Entry] = []
    for raw in re.sub(r"<!--.*?-->", "", text, flags=re.S).splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+") and entries:
            entries[-1].names.append(stripped[1:].strip())
        elif stripped.startswith("[") and entries:
            found = _code_line(_CODE.search(stripped).group(1)) if _CODE.search(stripped) else None
            if found:
                entries[-1].codes.append(found)
        elif not line[0].isspace():
            entry = _Entry(names=[_CODE.sub("", line).strip()])
            code = _CODE.search(line)
            if code and _code_line(code.group(1)):
                entry.codes.append(_code_line(code.group(1)))
            entries.append(entry)
    rows = []
    for entry in entries:
        for name in filter(None, entry.names):
            for code, start, end in entry.codes:
                if not code or code.startswith(("~", "+")) or set(code) <= {"-", "+"}:
                    continue
                country, sector = split_code(code)
                rows.append((_phrase(name), code.upper(), country or "", "", sector or "",
                             start.isoformat() if start else "", end.isoformat() if end else ""))
    return rows


def read_agents(text: str) -> list[tuple[str, str]]:
    """(phrase, sector) pairs from an agents dictionary."""
    macros: dict[str, list[str]] = {}
    rows = []
    for raw in re.sub(r"<!--.*?-->", "", text, flags=re.S).splitlines():
        line = raw.split("#", 1)[0].strip()
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code = _CODE.search(line)
        if not code or not code.group(1).startswith("~"):
            continue
        sector = next((code.group(1)[i:i + 3] for i in range(1, len(code.group(1)), 3)
                       if code.group(1)[i:i + 3] in SECTORS), None)
        names = [line[:line.index("{") if "{" in line else code.start()].strip()]
        plural = re.search(r"\{([^}]*)\}", line)
        if plural and plural.group(1).strip():
            names.append(plural.group(1).strip())
        for name in names:
            for expanded in _expand(name, macros):
                rows.append((expanded.replace("_", " ").strip().lower(), sector or ""))
    return rows


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, values in macros.items():
        if macro in name:
            return [n for value in values for n in _expand(name.replace(macro, value), macros)]
    return [name]


def looks_like_petrarch(text: str) -> bool:
    """Most entries carry a bracketed code; our TSV files never do."""
    lines = [l for l in text.splitlines() if l.strip() and not l.lstrip().startswith(("#", "<!--", "+"))]
    coded = sum(1 for l in lines if re.search(r"\[[~+\-A-Za-z]{2,}[^\]]*\]", l))
    return bool(lines) and coded / len(lines) >= 0.3


def add_petrarch_dictionary(lexicon, text: str, origin: str) -> None:
    """Load a PETRARCH actors or agents dictionary into the lexicon."""
    agents = read_agents(text)
    if agents:
        lexicon.add_agents("\n".join(f"{phrase}\t{sector or '-'}\t" for phrase, sector in agents), origin)
    actors = read_actors(text)
    if actors:
        lexicon.add_user_entries("\n".join("\t".join(row) for row in actors), origin)
