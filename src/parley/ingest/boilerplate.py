"""Remove boilerplate that survives text extraction: comment widgets, disclaimers, image ids, link tails.

The rules are data (`data/boilerplate.tsv`); this module only applies them, paragraph by paragraph,
so the cleaned text is still the article's own words in their own order.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .dateline import split_dateline

_ACTIONS = ("drop_line", "drop_paragraph", "cut_tail", "strip")
# Control characters (a vertical tab or form feed is a space) and bidi embeddings, overrides and isolates:
# invisible, they glue to words ("Turkey\x01" is no actor) and can make text read other than it is.
_INVISIBLE = {c: None for c in [*range(0x00, 0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0),
                                *range(0x202a, 0x202f), *range(0x2066, 0x206a)]} | {0x0b: " ", 0x0c: " "}


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[re.Pattern]]:
    rules: dict[str, list[re.Pattern]] = {a: [] for a in _ACTIONS}
    text = resources.files("parley.ingest").joinpath("data/boilerplate.tsv").read_text("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        action, _, pattern = line.partition("\t")
        if action not in rules:
            raise ValueError(f"boilerplate.tsv:{number}: unknown action {action!r}")
        if action in ("drop_line", "cut_tail"):
            pattern = rf"^\s*(?:{pattern})\s*$"
        rules[action].append(re.compile(pattern, re.IGNORECASE))
    return rules


def _norm(paragraph: str) -> str:
    return re.sub(r"\W+", " ", paragraph).strip().lower()


_TEASER_WINDOW = 3  # standfirsts and teasers stand at the top of a page
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _is_teaser(paragraph: str, rest: list[str]) -> bool:
    """A top paragraph whose every sentence starts again further down is a teaser of the body."""
    sentences = [s for s in _SENTENCE_END.split(paragraph) if len(s) > 30]
    if not sentences:
        return False
    body = _norm(" ".join(rest))
    return all(_norm(s)[:48] in body for s in sentences)


def clean_text(text: str) -> str:
    """Return the article text without residual boilerplate; paragraphs are kept apart by blank lines."""
    rules = _rules()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").translate(_INVISIBLE)
    lines = text.split("\n")
    total = max(1, len(text))
    offset = 0
    kept: list[str] = []
    for line in lines:
        position = offset
        offset += len(line) + 1
        if position > total / 2 and any(p.match(line) for p in rules["cut_tail"]):
            break
        if any(p.match(line) for p in rules["drop_line"]):
            continue
        for pattern in rules["strip"]:
            line = pattern.sub("", line)
        kept.append(line.rstrip())

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(kept))]
    seen: set[str] = set()
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if not paragraph or any(p.search(paragraph) for p in rules["drop_paragraph"]):
            continue
        if index < _TEASER_WINDOW and _is_teaser(paragraph, paragraphs[index + 1:]):
            continue
        key = _norm(paragraph)
        if key in seen:
            continue
        seen.add(key)
        out.append(paragraph)
    return split_dateline("\n\n".join(out))
