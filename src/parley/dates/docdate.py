"""Infer an undated document's date from its text.

The latest date the text gives in full ("In October 2018, ...") is the first clue; a relative phrase
tied to a named day ("plan to meet next month" + "a Nov. 11 meeting") narrows it to the month before.
Dates that only modify a noun ("the 1987 treaty", "the 2016 election") are references, not clues.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from .resolve import MONTHS, ResolvedDate, resolve

_MODIFIER_DEPS = {"nummod", "compound", "amod", "poss", "npadvmod"}
_ABSOLUTE = re.compile(r"(19|20)\d\d")
_MONTH_DAY = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+([0-3]?\d)\b", re.I)


def _is_reference(ent) -> bool:
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.root.dep_ in _MODIFIER_DEPS or before in ("since", "until", "till")


_DATELINE_DATE = re.compile(r"^[A-Z][^\n]{0,80}?,\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))",
                            re.MULTILINE)


def dateline_date(text: str) -> ResolvedDate | None:
    """The date of a wire dateline in the first lines: "TALLINN, March 24, 2022 (Parley Wire) -"."""
    match = _DATELINE_DATE.search(text[:600])
    found = resolve(match.group(1), date(2000, 1, 1)) if match else None
    return found if found is not None and found.precision == "day" else None


def infer_document_date(doc: Doc) -> ResolvedDate | None:
    dated = dateline_date(doc.text)
    if dated is not None:
        return dated
    latest: ResolvedDate | None = None
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _ABSOLUTE.search(ent.text) or _is_reference(ent):
            continue
        found = resolve(ent.text, date(2000, 1, 1))
        if found is None or found.precision == "week":
            continue
        if latest is None or found.value > latest.value:
            latest = found
    if latest is None:
        return None
    text = doc.text.lower()
    if "next month" in text:
        for match in _MONTH_DAY.finditer(doc.text):
            month = MONTHS[match.group(1).lower()]
            year = latest.value.year if month > 1 else latest.value.year + 1
            before = date(year - 1, 12, 1) if month == 1 else date(year, month - 1, 1)
            if before >= latest.value.replace(day=1):
                return ResolvedDate(before, "month")
    return latest
