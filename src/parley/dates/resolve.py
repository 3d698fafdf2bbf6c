"""Resolve a date expression ("on Monday", "mid-November 2016", "Nov. 11", "next month") against a
reference date. Our own rules handle news idioms that dateparser gets wrong or not at all; dateparser
is the fallback for the rest.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..datafiles import data_rows

PRECISIONS = ("day", "week", "month", "year")

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PART = r"(?:(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|the middle of|middle of)[\s-]+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "June 19-20", "3 to 5 March": a span of days is dated by its first (dateparser read "20" as the year 2120)
_DAY_SPAN = _DAY + r"(?:\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
_PART_DAY = {"early": 5, "beginning of": 5, "the beginning of": 5, "mid": 15, "middle of": 15,
             "the middle of": 15, "late": 25, "end of": 28, "the end of": 28}

TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")  # "Thursday night" is Thursday

_PATTERNS = [
    ("mdy", re.compile(rf"^{_MONTH}\s+{_DAY_SPAN},?\s+{_YEAR}$")),
    ("dmy", re.compile(rf"^{_DAY_SPAN}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$")),
    ("iso", re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")),
    ("my", re.compile(rf"^{_PART}{_MONTH},?\s+(?:of\s+)?{_YEAR}$")),
    ("y", re.compile(rf"^{_PART}{_YEAR}$")),
    ("md", re.compile(rf"^{_MONTH}\s+{_DAY_SPAN}$")),
    ("dm", re.compile(rf"^{_DAY_SPAN}\s+(?:of\s+)?{_MONTH}$")),
    ("m", re.compile(rf"^{_PART}{_MONTH}$")),
    ("weekday", re.compile(r"^(?:(?P<rel>last|next|this|on|early|late)\s+)?(?P<weekday>"
                           + "|".join(WEEKDAYS) + r")(?:\s+(?:" + "|".join(TIMES_OF_DAY) + r"))?$")),
    ("ago", re.compile(r"^(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|later|earlier|before|after)$")),
]


@dataclass(frozen=True)
class ResolvedDate:
    value: date
    precision: str  # day | week | month | year
    narrative: bool = False  # counted from the story's last date, not the article's: "two days later"


@lru_cache(maxsize=1)
def _relative_words() -> dict[str, tuple[str, int, str]]:
    return {r["phrase"]: (r["unit"], int(r["offset"]), r["precision"]) for r in data_rows("dates", "expressions.tsv")}


@lru_cache(maxsize=1)
def _holidays() -> dict[str, tuple[int, int]]:
    return {r["phrase"]: (int(r["month"]), int(r["day"])) for r in data_rows("dates", "holidays.tsv")}


_HOLIDAY = re.compile(r"^(?:the\s+)?(?P<name>.+?)(?:,?\s+" + _YEAR + r")?$")


def _holiday(phrase: str, ref: date, future: bool | None) -> ResolvedDate | None:
    """"on Christmas Eve": the nearest such day, leaning to the clause's tense as a month and day would."""
    match = _HOLIDAY.match(phrase)
    day = _holidays().get(match.group("name")) if match else None
    if day is None:
        return None
    year = int(match.group("year")) if match.group("year") else _nearest_year(*day, ref, future)
    return ResolvedDate(date(year, *day), "day")


def _shift(ref: date, unit: str, offset: int) -> date:
    if unit == "day":
        return ref + timedelta(days=offset)
    if unit == "week":
        return ref + timedelta(weeks=offset)
    if unit == "month":
        month = ref.month - 1 + offset
        year = ref.year + month // 12
        month = month % 12 + 1
        return date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    return date(ref.year + offset, ref.month, min(ref.day, 28) if ref.month == 2 else ref.day)


def _normalise(text: str) -> str:
    text = text.strip().lower().replace("\u2019", "'")
    text = re.sub(r"^(?:on|in|at|by|during|from|until|till|of)\s+", "", text)
    text = re.sub(r"^(?:the\s+)?(?=(?:early|mid|late|end|beginning|middle)\b)", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.")


def _nearest_year(month: int, day: int, ref: date, future: bool | None) -> int:
    """The year that puts month/day nearest the reference, leaning to the tense of the clause."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = (candidate - ref).days
        if future is True and distance < -3:
            distance = abs(distance) + 400
        elif future is False and distance > 3:
            distance += 400
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), year)
    return best[1] if best else ref.year


def resolve(text: str, ref: date, future: bool | None = None, slow: bool = True) -> ResolvedDate | None:
    """Resolve `text` against `ref`. `future` says whether the clause speaks of the future (True),
    the past (False) or is unknown (None); it decides "on Monday" and month names without a year. `slow=False`
    skips dateparser, for a glance at every date of a story."""
    phrase = _normalise(text)
    if not phrase:
        return None
    relative = _relative_words().get(phrase)
    if relative:
        unit, offset, precision = relative
        value = _shift(ref, unit, offset)
        if precision in ("month", "year"):
            value = value.replace(day=1, month=1 if precision == "year" else value.month)
        # "the day before", "later that day", "hours later": the story's days
        narrative = phrase.startswith("the ") or "that " in phrase or phrase.endswith((" later", " earlier"))
        return ResolvedDate(value, precision, narrative=narrative)
    for kind, pattern in _PATTERNS:
        match = pattern.match(phrase)
        if match:
            return _from_match(kind, match, ref, future)
    return _holiday(phrase, ref, future) or (_dateparser(phrase, ref, future) if slow else None)


def _from_match(kind: str, m: re.Match, ref: date, future: bool | None) -> ResolvedDate | None:
    groups = m.groupdict()
    month = groups.get("month")
    month = (int(month) if month.isdigit() else MONTHS[month]) if month else None
    day = int(groups["day"]) if groups.get("day") else None
    part_day = _PART_DAY.get(groups.get("part") or "", 1)
    try:
        if kind in ("mdy", "dmy", "iso"):
            return ResolvedDate(date(int(groups["year"]), month, day), "day")
        if kind == "my":
            return ResolvedDate(date(int(groups["year"]), month, part_day), "month")
        if kind == "y":
            return ResolvedDate(date(int(groups["year"]), 1, 1), "year")
        if kind in ("md", "dm"):
            return ResolvedDate(date(_nearest_year(month, day, ref, future), month, day), "day")
        if kind == "m":
            year = _nearest_year(month, min(part_day, 28), ref, future)
            return ResolvedDate(date(year, month, part_day), "month")
    except ValueError:
        return None
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"]]
        rel = groups.get("rel")
        back = (ref.weekday() - target) % 7
        ahead = (target - ref.weekday()) % 7
        if rel == "next" or (future and rel != "last"):
            return ResolvedDate(ref + timedelta(days=ahead or 7 if rel == "next" else ahead), "day")
        if rel == "last":
            return ResolvedDate(ref - timedelta(days=back or 7), "day")
        return ResolvedDate(ref - timedelta(days=back), "day")
    if kind == "ago":
        n = _NUMBER_WORDS.get(groups["n"], None) if not groups["n"].isdigit() else int(groups["n"])
        if n is None:
            return None
        sign = 1 if groups["dir"] in ("later", "after") else -1
        precision = "day" if groups["unit"] == "day" else groups["unit"]
        return ResolvedDate(_shift(ref, groups["unit"], sign * n), precision, narrative=groups["dir"] != "ago")
    return None


_DATE_ANCHOR = re.compile(r"\d|\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_DURATION = re.compile(r"\d+[\s-]*(?:minute|hour|day|week|month|year)s?\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # a day's news repeats its phrases ("on Monday", "last week") against one date
def _dateparser(phrase: str, ref: date, future: bool | None) -> ResolvedDate | None:
    if not _DATE_ANCHOR.search(phrase) or _DURATION.search(phrase):
        return None  # "recent years", "more than a decade", "72-hour", "48 hours": no date to find
    import dateparser  # slow import, needed only for the rare leftovers

    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
                "PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    precision = "day" if re.search(r"\d{1,2}(st|nd|rd|th)?\b", re.sub(r"(19|20)\d\d", "", phrase)) else (
        "month" if re.search("|".join(MONTHS), phrase) else "year")
    return ResolvedDate(parsed.date(), precision)
