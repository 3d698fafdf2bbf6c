"""Shared helpers for the coder tests: the (source, code, target) triples of a text, and a prefix match."""
from __future__ import annotations

from datetime import date


def triples(pipeline, day: date, text: str) -> set[tuple]:
    return {(e.source.code, e.code, e.target.code) for e in pipeline.code_text(text, date=day)}


def has(found: set[tuple], source: str, code: str, target: str) -> bool:
    """An event from `source` to `target` (actor-code prefixes: "IRN" matches IRNGOV) whose code starts with `code`."""
    return any(s and t and s.startswith(source) and c.startswith(code) and t.startswith(target) for s, c, t in found)
