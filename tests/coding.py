"""Shared helpers for the coder tests: the (source, code, target) triples of a text, a prefix match, and the row type
and check of the coder tables (one `Case` a sentence)."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple, Union

Triple = tuple[str, str, str]


def triples(pipeline, day: date, text: str) -> set[tuple]:
    return {(e.source.code, e.code, e.target.code) for e in pipeline.code_text(text, date=day)}


def has(found: set[tuple], source: str | None, code: str, target: str | None) -> bool:
    """An event from `source` to `target` (actor-code prefixes: "IRN" matches IRNGOV) whose code starts with `code`;
    a side written None is one kept with a null code ("Gunmen killed ...": by whom the text does not say)."""
    def side(found_code, wanted) -> bool:
        return found_code is None if wanted is None else bool(found_code) and found_code.startswith(wanted)
    return any(side(s, source) and c.startswith(code) and side(t, target) for s, c, t in found)


class Case(NamedTuple):
    """A sentence written for a coder table and what it must give.
    wanted: a triple (as `has` reads it) or a tuple of triples, all of which must be found;
    unwanted: likewise, none of which may be found;
    forbidden_roots: code prefixes (one string or a tuple) that no event may have, whatever its actors, null ones too;
    either: triples at least one of which must be found;
    no_event: the sentence must give no event at all.
    A table's plain (text, wanted, unwanted) row reads as a Case too."""
    text: str
    wanted: Union[Triple, tuple[Triple, ...], None] = None
    unwanted: Union[Triple, tuple[Triple, ...], None] = None
    forbidden_roots: Union[str, tuple[str, ...]] = ()
    either: tuple[Triple, ...] = ()
    no_event: bool = False


def _each(spec) -> tuple[Triple, ...]:
    """None, one triple, or a tuple of triples, as a tuple of triples."""
    if not spec:
        return ()
    spec = (spec,) if isinstance(spec[0], (str, type(None))) else tuple(spec)
    if any(len(t) != 3 for t in spec):
        raise ValueError(f"not (source, code, target) triples: {spec!r}")
    return spec


def check(pipeline, day: date, row) -> None:
    """Code the row's sentence on `day` and fail, naming what is wrong, unless every expectation of the row holds."""
    case = Case(*row)
    wanted, unwanted, either = _each(case.wanted), _each(case.unwanted), _each(case.either)
    roots = (case.forbidden_roots,) if isinstance(case.forbidden_roots, str) else tuple(case.forbidden_roots)
    if not all(roots):
        raise ValueError(f"an empty forbidden root would bar every event: {case.text!r}")
    if not (wanted or unwanted or either or roots or case.no_event):
        raise ValueError(f"a row that checks nothing: {case.text!r}")
    found = triples(pipeline, day, case.text)
    if case.no_event:
        assert not found, f"wanted no event, found {found}"
    missing = [t for t in wanted if not has(found, *t)]
    assert not missing, f"missing {missing}, found {found}"
    present = [t for t in unwanted if has(found, *t)]
    assert not present, f"unwanted {present}, found {found}"
    if either:
        assert any(has(found, *t) for t in either), f"none of {list(either)}, found {found}"
    barred = [e for e in found if any((e[1] or "").startswith(root) for root in roots)]
    assert not barred, f"forbidden roots {list(roots)} in {barred}, found {found}"
