"""Document type (news report, analysis, opinion, other) from the signals a careful reader uses:
author disclaimers, first-person argument, section labels, datelines. Signals are data
(`data/doctype_signals.tsv`), read on the raw text because boilerplate cleaning removes disclaimers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_rows
from .dateline import DATELINE_PATTERN

DOC_TYPES = ("news", "analysis", "opinion", "other")
_MIN_SCORE = 2.0
_RATE_CAP = 3.0
_QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”')


@dataclass(frozen=True)
class Signal:
    doc_type: str
    kind: str
    weight: float
    pattern: re.Pattern


@lru_cache(maxsize=1)
def load_signals() -> tuple[Signal, ...]:
    rows = data_rows("ingest", "doctype_signals.tsv")
    signals = []
    for row in rows:
        flags = 0 if row["kind"] == "lead" else re.IGNORECASE
        pattern = row["pattern"].replace("{DATELINE}", DATELINE_PATTERN)
        signals.append(Signal(row["type"], row["kind"], float(row["weight"]), re.compile(pattern, flags)))
    return tuple(signals)


def type_scores(text: str, title: str | None = None) -> dict[str, float]:
    """How strongly the text reads as each type."""
    lines = [l.strip() for l in ((title or "") + "\n" + text).splitlines() if l.strip()]
    unquoted = _QUOTED.sub(" ", text)
    words = max(1, len(re.findall(r"\w+", unquoted)))
    scores = dict.fromkeys(DOC_TYPES, 0.0)
    for signal in load_signals():
        if signal.kind == "line":
            hit = any(signal.pattern.fullmatch(line) for line in lines)
        elif signal.kind == "lead":
            hit = any(signal.pattern.match(line) for line in lines[:3])
        elif signal.kind == "title":
            hit = bool(lines) and signal.pattern.match(lines[0]) is not None
        elif signal.kind == "rate":
            rate = len(signal.pattern.findall(unquoted)) * 100 / words
            scores[signal.doc_type] += signal.weight * min(rate, _RATE_CAP)
            continue
        else:
            hit = signal.pattern.search(text) is not None
        if hit:
            scores[signal.doc_type] += signal.weight
    return scores


def classify(text: str, title: str | None = None) -> str:
    """The most likely type; a text with no clear signal is a news report."""
    scores = type_scores(text, title)
    best = max(DOC_TYPES, key=lambda t: scores[t])
    return best if scores[best] >= _MIN_SCORE else "news"
