"""The analyst brief for one dyad (e.g. USA-RUS) in a date window.

Background is a dated timeline of the key events in both directions; Analysis counts them by quad class,
charts mean Goldstein by month and lists the best-covered events; Assessment states the direction of the
relationship only as far as the numbers carry it. Every entry points to the sentences it was coded from, so
each statement can be checked. The HTML is one self-contained file (inline CSS and SVG, no script, no
external asset) that can be emailed; the Markdown carries the same content with footnotes.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import duckdb
from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from ..events.cameo import cameo_table

TIMELINE_SIZE = 30  # key events in the Background timeline
TOP_SIZE = 10  # events in the coverage table
GOLDSTEIN_STEP = 1.0  # change in mean Goldstein between the halves that counts as a change of direction
CONFLICT_STEP = 0.15  # change in the conflict share (quad classes 3-4) that counts as one
MIN_EVENTS = 3  # fewer counted events in a half and no direction is stated

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
# An analyst must never read a planned summit as held: every modality but asserted carries a visible flag.
MODALITY_FLAGS = {
    "planned": "PLANNED: announced or scheduled, not reported as held",
    "hypothetical": "HYPOTHETICAL: conditional or possible, not reported as happening",
    "negated": "NEGATED: reported as not happening",
    "alleged": "ALLEGED: an unconfirmed claim",
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_PRECISION_RANK = {p: n for n, p in enumerate(["day", "week", "month", "year", "document", "unknown"])}
_DYAD = re.compile(r"([A-Z]{2,})-([A-Z]{2,})")
# CAMEO agent types that may follow a country or organisation root in an actor code (the list of
# parley.actors.petrarch.SECTORS, repeated because importing parley.actors loads spaCy).
SECTORS = ["AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "HLH", "HRI", "INS", "JUD", "LAB", "LEG", "MED",
           "MIL", "MOD", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF"]


@dataclass
class Evidence:
    event_id: str
    doc_id: str
    sentence: str
    title: str | None
    outlet: str | None
    doc_date: date | None
    doc_date_label: str  # as precise as the document's date is known
    doc_type: str | None
    link: str | None  # the document's page on the dashboard, when a link base is given


@dataclass
class KeyEvent:
    ref: int  # number of its Evidence entry (anchor, footnote); 0 when outside the timeline
    direction: str  # "USA→RUS"
    date: date
    date_precision: str  # day, week, month, year; document when only the article dates it
    date_label: str
    source_code: str
    source_name: str | None
    target_code: str
    target_name: str | None
    code: str
    description: str
    quad_class: int
    goldstein: float | None
    modality: str
    flag: str | None
    place: str | None
    articles: int
    sources: int
    mentions: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class MonthPoint:
    month: str  # "2016-11"
    label: str  # "Nov 2016"
    events: int
    mean_goldstein: float | None
    conflict_share: float | None


@dataclass
class Period:
    start: date
    end: date
    events: int
    mean_goldstein: float | None
    conflict_share: float | None


@dataclass
class Assessment:
    direction: str  # improving | deteriorating | stable | mixed | insufficient evidence | no events
    summary: str
    rule: str
    first: Period | None
    second: Period | None
    events: int
    mentions: int
    articles: int
    outlets: int
    caveats: list[str]


@dataclass
class Brief:
    dyad: str
    date_from: date | None  # the window asked for, else the span of the events found
    date_to: date | None
    basis: str  # merged_events, or events when no merged events cover the window
    timeline: list[KeyEvent]
    top_events: list[KeyEvent]
    counts: dict[str, dict[int, int]]  # direction -> quad class -> counted events
    trend: list[MonthPoint]
    assessment: Assessment
    html: str = ""
    markdown: str = ""

    def to_json(self) -> dict:
        """The structured content, for an API: everything but the rendered documents."""
        data = asdict(self)
        del data["html"], data["markdown"]
        return data


def build_brief(con_or_path, dyad: str = "USA-RUS", date_from: date | str | None = None,
                date_to: date | str | None = None, link_base: str | None = None) -> Brief:
    """Build the brief for `dyad` ("USA-RUS": country or organisation codes) from a Parley database.

    `con_or_path` is an open duckdb connection or a database path (opened read-only). With `link_base`
    ("" or "http://host:8000"), evidence also links to `{link_base}/documents/{doc_id}`.
    """
    sides = parse_dyad(dyad)
    start, end = _as_date(date_from, "date_from"), _as_date(date_to, "date_to")
    if start and end and start > end:
        raise ValueError(f"date_from: {start} is after date_to {end}")
    if isinstance(con_or_path, duckdb.DuckDBPyConnection):
        events, basis = load_events(con_or_path, sides, start, end, link_base)
    else:
        path = Path(con_or_path)
        if not path.is_file():
            raise FileNotFoundError(f"database not found: {path}")
        with duckdb.connect(str(path), read_only=True) as con:
            events, basis = load_events(con, sides, start, end, link_base)
    if events:
        start, end = start or min(e.date for e in events), end or max(e.date for e in events)

    ranked = sorted(events, key=lambda e: (-e.articles, -e.sources, -e.mentions, -abs(e.goldstein or 0), e.date))
    timeline = sorted(ranked[:TIMELINE_SIZE], key=lambda e: (e.date, e.direction, e.code))
    for number, event in enumerate(timeline, 1):
        event.ref = number
    counted = [e for e in events if e.modality != "negated"]  # "did not attack" is no conflict
    directions = [f"{sides[0]}→{sides[1]}", f"{sides[1]}→{sides[0]}"]
    counts = {d: {q: sum(e.direction == d and e.quad_class == q for e in counted) for q in QUAD_CLASSES}
              for d in directions}
    brief = Brief(dyad="-".join(sides), date_from=start, date_to=end, basis=basis, timeline=timeline,
                  top_events=ranked[:TOP_SIZE], counts=counts, trend=trend(counted, start, end),
                  assessment=assess(events, counted, start, end, basis))
    context = {"brief": brief, "sides": sides, "directions": directions, "quad_classes": QUAD_CLASSES,
               "window": _window_label(start, end), "chart": chart(brief.trend)}
    brief.html = _ENV.get_template("brief.html.j2").render(context)
    brief.markdown = _ENV.get_template("brief.md.j2").render(context)
    return brief


def parse_dyad(dyad: str) -> tuple[str, str]:
    match = _DYAD.fullmatch((dyad or "").strip().upper())
    if not match or match.group(1) == match.group(2):
        raise ValueError(f"dyad: expected two different actor codes joined by '-', such as USA-RUS or NATO-RUS; "
                         f"got {dyad!r}")
    return match.group(1), match.group(2)


def _as_date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: expected YYYY-MM-DD, got {value!r}") from None


def side_pattern(side: str) -> str:
    """USA matches USA, USAGOV, USAMILGOV; not a longer root that merely starts the same (IS is not ISR)."""
    return f"{side}(?:{'|'.join(SECTORS)})*"


# -- loading -----------------------------------------------------------------------------------------------
_MENTIONS = """
SELECT {key} AS key, e.event_id, e.source_code, e.source_name, e.target_code, e.target_name, e.code, e.quad_class,
       e.goldstein, e.modality, e.date, e.date_precision, e.location_name, e.evidence, e.confidence,
       d.doc_id, d.title, d.source AS outlet, d.date AS doc_date, d.date_precision AS doc_precision, d.doc_type
FROM events e JOIN documents d ON d.doc_id = e.doc_id {join}
WHERE {where}
ORDER BY d.date, d.doc_id, e.sentence_index
"""
_IN_DYAD = """{t}.date BETWEEN $start AND $end AND (
    (regexp_full_match({t}.source_code, $a) AND regexp_full_match({t}.target_code, $b))
    OR (regexp_full_match({t}.source_code, $b) AND regexp_full_match({t}.target_code, $a)))"""


def load_events(con, sides: tuple[str, str], start: date | None, end: date | None,
                link_base: str | None) -> tuple[list[KeyEvent], str]:
    """The dyad's events in the window, each with all its mentions: from merged_events (one row per real event
    across articles) when it covers the window, else raw events grouped by actors, code, date and modality
    (modality too, so a planned meeting never merges with a held one)."""
    params = {"a": side_pattern(sides[0]), "b": side_pattern(sides[1]),
              "start": start or date.min, "end": end or date.max}
    patterns = [re.compile(params["a"]), re.compile(params["b"])]
    merged = []
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'merged_events'").fetchone()[0]:
        merged = _rows(con, "SELECT m.*, d.date_precision AS doc_precision FROM merged_events m"
                            " LEFT JOIN events r ON r.event_id = m.event_id"
                            " LEFT JOIN documents d ON d.doc_id = r.doc_id"
                            f" WHERE {_IN_DYAD.format(t='m')}", params)
    if merged:
        mentions = _rows(con, _MENTIONS.format(key="em.merged_id", join="JOIN event_mentions em USING (event_id)",
                                               where="list_contains($ids, em.merged_id)"),
                         {"ids": [m["merged_id"] for m in merged]})
        groups = _group(mentions, lambda r: r["key"])
        events = [_key_event(m, patterns, sides, m["articles"], m["sources"], m["mentions"],
                             [_evidence(r, link_base) for r in groups.get(m["merged_id"], [])]) for m in merged]
        return events, "merged_events"
    mentions = _rows(con, _MENTIONS.format(key="NULL", join="", where=_IN_DYAD.format(t="e")), params)
    events = []
    for rows in _group(mentions, lambda r: (r["source_code"], r["target_code"], r["code"], r["date"],
                                            r["modality"])).values():
        best = max(rows, key=lambda r: r["confidence"] or 0)
        precise = min(rows, key=lambda r: _PRECISION_RANK.get(r["date_precision"], len(_PRECISION_RANK)))
        row = best | {"date_precision": precise["date_precision"], "doc_precision": precise["doc_precision"],
                      "location_name": next((r["location_name"] for r in rows if r["location_name"]), None)}
        events.append(_key_event(row, patterns, sides, len({r["doc_id"] for r in rows}),
                                 len({r["outlet"] for r in rows if r["outlet"]}), len(rows),
                                 [_evidence(r, link_base) for r in rows]))
    return events, "events"


def _rows(con, sql: str, params: dict) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _group(rows: list[dict], key) -> dict:
    groups: dict = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


def _key_event(row: dict, patterns, sides, articles: int, sources: int, mentions: int,
               evidence: list[Evidence]) -> KeyEvent:
    forward = bool(patterns[0].fullmatch(row["source_code"]))
    cameo = cameo_table().get(row["code"])
    return KeyEvent(
        ref=0, direction=f"{sides[0]}→{sides[1]}" if forward else f"{sides[1]}→{sides[0]}",
        date=row["date"], date_precision=row["date_precision"],
        date_label=date_label(row["date"], row["date_precision"], row["doc_precision"]),
        source_code=row["source_code"], source_name=row["source_name"],
        target_code=row["target_code"], target_name=row["target_name"],
        code=row["code"], description=cameo.name if cameo else f"CAMEO {row['code']}",
        quad_class=row["quad_class"], goldstein=row["goldstein"], modality=row["modality"],
        flag=MODALITY_FLAGS.get(row["modality"], row["modality"].upper()) if row["modality"] != "asserted" else None,
        place=row["location_name"], articles=articles, sources=sources, mentions=mentions, evidence=evidence)


def _evidence(row: dict, link_base: str | None) -> Evidence:
    link = f"{link_base.rstrip('/')}/documents/{quote(row['doc_id'])}" if link_base is not None else None
    return Evidence(row["event_id"], row["doc_id"], row["evidence"], row["title"], row["outlet"], row["doc_date"],
                    date_label(row["doc_date"], row["doc_precision"]), row["doc_type"], link)


def date_label(day: date | None, precision: str | None, doc_precision: str | None = None) -> str:
    """As precise as the text is: "11 Nov 2018", "Dec 2016", "2016"; an event the text does not date carries
    its article's date, and says so."""
    if day is None:
        return "undated"
    if precision == "document":
        return f"{date_label(day, doc_precision or 'day')} (article date)"
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"week of {text}" if precision == "week" else text


def _window_label(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return "all dates"
    return f"{date_label(start, 'day')} – {date_label(end, 'day')}"


# -- analysis ----------------------------------------------------------------------------------------------
def _stats(events: list[KeyEvent]) -> tuple[int, float | None, float | None]:
    """Number of events, mean Goldstein, conflict share (quad classes 3-4)."""
    weights = [e.goldstein for e in events if e.goldstein is not None]
    return (len(events), sum(weights) / len(weights) if weights else None,
            sum(e.quad_class >= 3 for e in events) / len(events) if events else None)


def trend(events: list[KeyEvent], start: date | None, end: date | None) -> list[MonthPoint]:
    """Every month of the window, empty ones included so gaps show as gaps."""
    points = []
    if start is None or end is None:
        return points
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        points.append(MonthPoint(f"{year}-{month:02d}", f"{MONTHS[month - 1]} {year}",
                                 *_stats([e for e in events if (e.date.year, e.date.month) == (year, month)])))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return points


def _change(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def _step(change: float | None, threshold: float) -> int:
    return 0 if change is None or abs(change) < threshold else (1 if change > 0 else -1)


def assess(events: list[KeyEvent], counted: list[KeyEvent], start: date | None, end: date | None,
           basis: str) -> Assessment:
    """Compare the two halves of the window; the words are a function of the numbers and the stated rule."""
    rule = (f"Rule: the window is split into two halves. A change of at least {GOLDSTEIN_STEP:.1f} in mean Goldstein "
            f"(scale -10 to +10) or of at least {CONFLICT_STEP * 100:.0f} points in the conflict share (quad classes "
            f"3-4) marks a direction: improving or deteriorating when every measure past its threshold points that "
            f"way, mixed when the two point opposite ways, stable when neither passes. With fewer than {MIN_EVENTS} events in a half "
            f"no direction is stated. Negated events are listed but not counted.")
    evidence = [x for e in events for x in e.evidence]
    base = {"events": len(counted), "mentions": len(evidence), "articles": len({x.doc_id for x in evidence}),
            "outlets": len({x.outlet for x in evidence if x.outlet})}
    if not counted:
        return Assessment("no events", "No events between the two sides in this window: nothing to assess.",
                          rule, None, None, caveats=[], **base)
    middle = start + (end - start) // 2
    first = Period(start, middle, *_stats([e for e in counted if e.date <= middle]))
    second = Period(middle + timedelta(days=1), end, *_stats([e for e in counted if e.date > middle]))
    goldstein_change = _change(first.mean_goldstein, second.mean_goldstein)
    conflict_change = _change(first.conflict_share, second.conflict_share)
    if min(first.events, second.events) < MIN_EVENTS:
        direction = "insufficient evidence"
    else:
        signals = {_step(goldstein_change, GOLDSTEIN_STEP), -_step(conflict_change, CONFLICT_STEP)} - {0}
        direction = ("stable" if not signals else "mixed" if len(signals) == 2
                     else "improving" if signals == {1} else "deteriorating")
    summary = (f"First half ({_window_label(first.start, first.end)}): {first.events} events"
               f"{_measures(first)}. Second half ({_window_label(second.start, second.end)}): {second.events} events"
               f"{_measures(second)}.")
    if goldstein_change is not None and conflict_change is not None:
        summary += (f" Change: {signed(goldstein_change)} in mean Goldstein, {conflict_change * 100:+.0f} points in "
                    f"conflict share.")
    opinion = _percent(sum(x.doc_type == "opinion" for x in evidence), len(evidence))
    not_asserted = _percent(sum(e.modality != "asserted" for e in counted), len(counted))
    vague = _percent(sum(e.date_precision in ("document", "year") for e in counted), len(counted))
    caveats = [f"{opinion} of the {len(evidence)} mentions come from opinion documents.",
               (f"{not_asserted} of the counted events are not asserted (planned, hypothetical or alleged): "
                "intentions or claims, not acts."),
               f"{vague} of the counted events are dated only by their article or to the year."]
    if basis == "events":
        caveats.append("No deduplicated events (merged_events) cover this window: events are grouped within Parley's "
                       "raw events, so one event reported with different dates or codes counts more than once.")
    return Assessment(direction, summary, rule, first, second, caveats=caveats, **base)


def _measures(period: Period) -> str:
    if period.mean_goldstein is None:
        return ""
    return f", mean Goldstein {signed(period.mean_goldstein)}, conflict share {_percent(period.conflict_share, 1)}"


def _percent(part: float, total: float) -> str:
    return f"{100 * part / total:.0f}%" if total else "0%"


def signed(value: float) -> str:
    """+1.9, -5.0; never "-0.0"."""
    return f"{round(value, 1) or 0.0:+.1f}"


def chart(points: list[MonthPoint]) -> Markup:
    """Mean Goldstein by month as inline SVG bars on a fixed -10..+10 scale (a fixed scale does not inflate
    small changes); a month without events has no bar."""
    if not points:
        return Markup("")
    width, height, left, right, top, bottom = 720, 210, 34, 8, 10, 24
    step = (width - left - right) / len(points)

    def y(value: float) -> float:
        return top + (10 - value) / 20 * (height - top - bottom)

    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="Mean Goldstein score by month">']
    for value in (-10, -5, 0, 5, 10):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
                     f'stroke="{"#555" if value == 0 else "#ddd"}"/>'
                     f'<text x="{left - 4}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="11">{value:+d}</text>')
    every = math.ceil(len(points) / 12)
    for n, point in enumerate(points):
        x = left + n * step
        if point.mean_goldstein is not None:
            low, high = sorted((y(0), y(point.mean_goldstein)))
            colour = "#2b7a3d" if point.mean_goldstein >= 0 else "#b3261e"
            parts.append(f'<rect x="{x + step * 0.15:.1f}" y="{low:.1f}" width="{step * 0.7:.1f}" '
                         f'height="{max(high - low, 1):.1f}" fill="{colour}"><title>{escape(point.label)}: mean '
                         f'Goldstein {signed(point.mean_goldstein)}, {point.events} events</title></rect>')
        if n % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                         f'font-size="11">{escape(point.label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _md(text: object) -> str:
    """Article text as literal Markdown: markup characters escaped (so `<script>` stays text), one line."""
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", " ".join(str(text).split()))


_ENV = Environment(loader=PackageLoader("parley.report"), autoescape=lambda name: (name or "").endswith(".html.j2"),
                   trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
_ENV.filters["md"] = _md
_ENV.filters["signed"] = signed
