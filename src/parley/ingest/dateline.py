"""Wire datelines ("GENEVA, March 1 (Reuters) -", "KYIV -", "NEW YORK, Nov. 11, 2018:"): one pattern for
every stage that needs one. Ingest puts a dated dateline on a line of its own, the parser starts a sentence
after it and takes its place for officials named without a country, and the document-type signals count
it as news. (A publication date printed in a header line is `dates.docdate`'s business, not a dateline.)"""
from __future__ import annotations

import re

_PLACE = r"(?P<place>[A-Z][A-Z.'\u2019/-]+(?: [A-Z][A-Z.'\u2019/-]+){0,3})"  # GENEVA, NEW YORK, ST. PETERSBURG
# ", Calif.,", ", Northern Ireland,", ", Turkey (AP) -": a region or country after the place
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}(?=,|\s*\(|\s*[-\u2013\u2014]))?"
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?P<year>\d{4}))?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?P<year2>\d{4})"
_AGENCY = r"(?:\s*\([^)\n]{1,40}\))?"
DATELINE_PATTERN = _PLACE + _REGION + r"(?:,\s*(?P<date>" + _DAY + r"))?" + _AGENCY + r"\s*[-\u2013\u2014:]+[ \t]+"
_DATELINE = re.compile(DATELINE_PATTERN)
_DATELINE_AT_LINE_START = re.compile(r"^" + DATELINE_PATTERN, re.MULTILINE)


def match_dateline(text: str) -> re.Match | None:
    """The dateline opening `text` (after leading blanks), if there is one."""
    return _DATELINE.match(text, len(text) - len(text.lstrip()))


def dateline_place(text: str) -> str | None:
    """The place of the dateline opening `text` ("GENEVA")."""
    found = match_dateline(text)
    return found.group("place") if found else None


def split_dateline(text: str) -> str:
    """Put the first dateline that carries a full date on a line of its own, so that it is neither parsed
    into the first sentence nor taken for an actor: "MOSCOW, March 14, 2018 (Reuters) - Russia said"."""
    for found in _DATELINE_AT_LINE_START.finditer(text):
        if found.group("year") or found.group("year2"):
            return text[:found.end()].rstrip() + "\n" + text[found.end():]
    return text
