"""The read queries behind the API, one function per endpoint, over a DuckDB cursor.

Filters come from a whitelist (`FILTERS`): each maps a validated parameter to a fixed SQL condition
with `?` placeholders, so user input only ever travels as a parameter. Every query works on empty
tables (a fresh database, or `merged_events` before deduplication has run). Text search (`q`) looks
words up in the word index `evidence_terms` (see store/db.py) instead of scanning the evidence.
"""
from __future__ import annotations

import re
from datetime import date

from ..store.db import search_terms
from .params import EventFilters, MergedFilters, NetworkQuery, PlaceFilters

_PLAIN_WORD = re.compile(r"\w+")
_INDEX_ONLY = {"q", "date_from", "date_to"}  # filters the word index answers on its own


def _text_search(text: str) -> tuple[list[str], list[str]]:
    """The words of `q` to look up in the word index (each must begin a word of the evidence), and the
    chunks written with punctuation ("U.S.", "al-Assad", "50%") that must also appear as written."""
    words, literals = [], []
    for chunk in text.split():
        words += search_terms(chunk)
        if not _PLAIN_WORD.fullmatch(chunk):
            literals.append(chunk)
    words = sorted(set(words), key=len, reverse=True)
    # a word that begins another word of q ("sanc sanctions") adds nothing: drop it, and one lookup with it
    words = [w for i, w in enumerate(words) if not any(longer.startswith(w) for longer in words[:i])]
    return words, literals


def _word_hits(words: list[str], date_from: date | None = None, date_to: date | None = None) -> tuple[str, list]:
    """SELECT event_id, date of the events whose evidence has, for every word, a word that begins with it:
    from the word index alone (sorted by term, so a search reads only the row groups of its words)."""
    bounds, extra = "", []
    for value, condition in ((date_from, " AND date >= ?"), (date_to, " AND date <= ?")):
        if value:
            bounds += condition
            extra.append(value)
    selects = [f"SELECT event_id, date FROM evidence_terms WHERE starts_with(term, ?){bounds}" for _ in words]
    params = [value for word in words for value in (word, *extra)]
    if len(selects) == 1:
        return selects[0].replace("SELECT", "SELECT DISTINCT", 1), params
    return " INTERSECT ".join(selects), params


def _text_condition(text: str) -> tuple[str, list]:
    """Every word of `q` begins a word of the evidence (case- and accent-insensitive), through the word
    index; a chunk with punctuation also appears in the evidence as written (LIKE wildcards are literal)."""
    words, literals = _text_search(text)
    clauses, params = [], []
    if words:
        hits, params = _word_hits(words)
        clauses.append(f"event_id IN (SELECT event_id FROM ({hits}))")
    for chunk in literals:
        clauses.append("strip_accents(evidence) ILIKE strip_accents(?) ESCAPE '\\'")
        params.append(f"%{_escape_like(chunk)}%")
    return "(" + " AND ".join(clauses) + ")", params


DYAD_CONDITION = ("((starts_with(source_code, ?) AND starts_with(target_code, ?))"
                  " OR (starts_with(source_code, ?) AND starts_with(target_code, ?)))")


def _dyad_condition(dyad: str) -> tuple[str, list]:
    a, b = dyad.split("-")
    return DYAD_CONDITION, [a, b, b, a]


# The whitelist: filter -> value -> (fixed SQL condition over columns that `events` and `merged_events`
# share, its parameters). User input only ever travels as a parameter.
FILTERS = {
    "actor": lambda v: ("(starts_with(source_code, ?) OR starts_with(target_code, ?))", [v, v]),
    "source": lambda v: ("starts_with(source_code, ?)", [v]),
    "target": lambda v: ("starts_with(target_code, ?)", [v]),
    "dyad": _dyad_condition,
    "code": lambda v: ("code = ?", [v]),
    "root": lambda v: ("root = ?", [v]),
    "quad_class": lambda v: ("quad_class = ?", [v]),
    "modality": lambda v: ("modality = ?", [v]),
    "doc_type": lambda v: ("doc_type = ?", [v]),
    "date_from": lambda v: ("date >= ?", [v]),
    "date_to": lambda v: ("date <= ?", [v]),
    "place": lambda v: ("(lower(location_name) = lower(?) OR location_country = upper(?))", [v, v]),
    "q": _text_condition,
}

# The side of a dyad as the dashboard names it: the country when the code starts with it (RUSGOV ->
# RUS), else the code itself (NATO, TPLF), so that the name works as a code prefix in `dyad=`.
_SIDE = "CASE WHEN starts_with({p}_code, {p}_country) THEN {p}_country ELSE {p}_code END"

_EVENT_ORDER = "date DESC NULLS LAST, event_id"
_LIST_COLUMNS = ("event_id, doc_id, sentence_index, source_text, source_code, source_name, target_text, target_code,"
                 " target_name, code, root, quad_class, goldstein, plover, modality, date, date_precision,"
                 " location_name, location_country, lat, lon, evidence, trigger, confidence, doc_type, merged_id")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where(filters: MergedFilters) -> tuple[str, list]:
    """The WHERE clause (or "") and its parameters for the filters that are set (other parameters,
    such as limit or interval, are not filters and are left to the caller)."""
    clauses, params = [], []
    for name, value in filters.model_dump(exclude_none=True).items():
        if name not in FILTERS:
            continue
        condition, values = FILTERS[name](value)
        clauses.append(condition)
        params += values
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def rows(cur, sql: str, params: list | tuple = ()) -> list[dict]:
    cur.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def one(cur, sql: str, params: list | tuple = ()) -> dict | None:
    found = rows(cur, sql, params)
    return found[0] if found else None


def _count(cur, table: str, clause: str, params: list) -> int:
    return cur.execute(f"SELECT count(*) FROM {table}{clause}", params).fetchone()[0]


def list_events(cur, filters: EventFilters) -> dict:
    """A page of events, newest first, each with its document title and its merged event's mentions.

    One scan finds both the total and the page's ids (the filtered ids are materialized once), then
    the page's rows, titles and mention counts are looked up by id: joining whole tables for 50 rows
    costs more than the scan itself on a million events.
    """
    set_filters = {k for k, v in filters.model_dump(exclude_none=True).items() if k in FILTERS}
    words, literals = _text_search(filters.q) if filters.q else ([], [])
    if words and not literals and set_filters <= _INDEX_ONLY:  # a text search alone: no scan of the events
        hits, params = _word_hits(words, filters.date_from, filters.date_to)
    else:
        clause, params = where(filters)
        hits = f"SELECT event_id, date FROM events{clause}"
    total, ids = cur.execute(f"""
        WITH hits AS MATERIALIZED ({hits})
        SELECT (SELECT count(*) FROM hits),
               (SELECT list(event_id) FROM (SELECT event_id FROM hits ORDER BY {_EVENT_ORDER} LIMIT ? OFFSET ?))""",
                             [*params, filters.limit, filters.offset]).fetchone()
    ids = ids or []  # list() of no rows is NULL
    found = {e["event_id"]: e for e in rows(cur, f"SELECT {_LIST_COLUMNS} FROM events WHERE list_contains(?, event_id)",
                                              [ids])}
    page = [found[i] for i in ids if i in found]
    titles = dict(cur.execute("SELECT doc_id, title FROM documents WHERE list_contains(?, doc_id)",
                              [list({e["doc_id"] for e in page})]).fetchall())
    counts = dict(cur.execute("SELECT merged_id, mentions FROM merged_events WHERE list_contains(?, merged_id)",
                              [list({e["merged_id"] for e in page if e["merged_id"]})]).fetchall())
    for event in page:
        event["doc_title"] = titles.get(event["doc_id"])
        event["merged_mentions"] = counts.get(event["merged_id"])
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "events": page}


def mentions(cur, merged_id: str | None) -> list[dict]:
    """The articles that report one merged event, with each mention's evidence."""
    if merged_id is None:
        return []
    return rows(cur, """
        SELECT m.event_id, m.doc_id, m.sentence_index, m.source, m.date_seen, m.confidence,
               d.title AS doc_title, d.date AS doc_date, e.evidence
        FROM event_mentions m
        LEFT JOIN documents d ON d.doc_id = m.doc_id
        LEFT JOIN events e ON e.event_id = m.event_id
        WHERE m.merged_id = ? ORDER BY m.date_seen NULLS LAST, m.doc_id, m.sentence_index""", [merged_id])


def get_event(cur, event_id: str) -> dict | None:
    event = one(cur, """
        SELECT e.*, d.title AS doc_title, d.date AS doc_date, d.source AS doc_source, d.url AS doc_url
        FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id = ?""", [event_id])
    if event is None:
        return None
    event["merged"] = one(cur, "SELECT * FROM merged_events WHERE merged_id = ?", [event["merged_id"]])
    event["mentions"] = mentions(cur, event["merged_id"])
    event["quotes"] = rows(cur, "SELECT quote_id, kind, text, speaker_text, speaker_code FROM quotes"
                                " WHERE doc_id = ? AND list_contains(event_ids, ?) ORDER BY start_char",
                           [event["doc_id"], event_id])
    return event


def list_merged(cur, filters: MergedFilters) -> dict:
    clause, params = where(filters)
    page = rows(cur, f"SELECT * FROM merged_events{clause}"
                     " ORDER BY articles DESC, date DESC NULLS LAST, merged_id LIMIT ? OFFSET ?",
                [*params, filters.limit, filters.offset])
    return {"total": _count(cur, "merged_events", clause, params), "limit": filters.limit,
            "offset": filters.offset, "merged_events": page}


def get_merged(cur, merged_id: str) -> dict | None:
    """The merged event and its mentions, side by side (the row has a `mentions` count of its own)."""
    merged = one(cur, "SELECT * FROM merged_events WHERE merged_id = ?", [merged_id])
    return None if merged is None else {"merged_event": merged, "mentions": mentions(cur, merged_id)}


def list_actors(cur, q: str | None, limit: int, offset: int) -> dict:
    clause, params = "", []
    if q:
        clause, params = " WHERE code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\'", ["%" + _escape_like(q) + "%"] * 2
    page = rows(cur, f"SELECT * FROM actors{clause} ORDER BY events DESC, code LIMIT ? OFFSET ?",
                [*params, limit, offset])
    return {"total": _count(cur, "actors", clause, params), "limit": limit, "offset": offset, "actors": page}


def get_actor(cur, code: str) -> dict | None:
    """An actor with its events by CAMEO root (as source and as target) and its most frequent partners."""
    actor = one(cur, "SELECT * FROM actors WHERE code = ?", [code])
    if actor is None:
        return None
    actor["by_root"] = rows(cur, """
        SELECT root, count(*) FILTER (WHERE source_code = ?) AS as_source,
               count(*) FILTER (WHERE target_code = ?) AS as_target
        FROM events WHERE source_code = ? OR target_code = ? GROUP BY root ORDER BY root""", [code] * 4)
    actor["partners"] = rows(cur, """
        SELECT CASE WHEN source_code = ? THEN target_code ELSE source_code END AS partner,
               count(*) AS events, avg(goldstein) AS goldstein
        FROM events WHERE (source_code = ? OR target_code = ?) AND source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY partner ORDER BY events DESC, partner LIMIT 10""", [code] * 3)
    return actor


def list_documents(cur, doc_type: str | None, limit: int, offset: int) -> dict:
    clause, params = (" WHERE doc_type = ?", [doc_type]) if doc_type else ("", [])
    page = rows(cur, f"""
        SELECT doc_id, title, url, source, date, date_precision, date_inferred, doc_type, n_events, story_id,
               left(text, 200) AS snippet
        FROM documents{clause} ORDER BY date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?""", [*params, limit, offset])
    return {"total": _count(cur, "documents", clause, params), "limit": limit, "offset": offset, "documents": page}


def get_document(cur, doc_id: str) -> dict | None:
    document = one(cur, "SELECT * EXCLUDE (content_hash) FROM documents WHERE doc_id = ?", [doc_id])
    if document is None:
        return None
    document["events"] = rows(cur, "SELECT * FROM events WHERE doc_id = ? ORDER BY evidence_start, trigger_start",
                              [doc_id])
    document["quotes"] = rows(cur, "SELECT * FROM quotes WHERE doc_id = ? ORDER BY start_char", [doc_id])
    return document


def dyad_series(cur, a: str, b: str, interval: str, date_from: date | None, date_to: date | None) -> list[dict]:
    """Events between two code prefixes per period: counts and mean Goldstein, per direction and quad class."""
    bounds, params = "", [a, b, b, a, a, b]
    for value, condition in ((date_from, " AND date >= ?"), (date_to, " AND date <= ?")):
        if value:
            bounds += condition
            params.append(value)
    grouped = cur.execute(f"""
        SELECT CAST(date_trunc(?, date) AS DATE) AS period,
               starts_with(source_code, ?) AND starts_with(target_code, ?) AS forward,
               quad_class, count(*), count(goldstein), coalesce(sum(goldstein), 0)
        FROM events
        WHERE date IS NOT NULL AND {DYAD_CONDITION}{bounds}
        GROUP BY ALL ORDER BY period""", [interval, *params]).fetchall()
    periods: dict[date, dict] = {}
    for period, forward, quad, n, scored, total in grouped:
        entry = periods.setdefault(period, {"period": period, **_tally(), "a_to_b": _tally(), "b_to_a": _tally()})
        for tally in (entry, entry["a_to_b" if forward else "b_to_a"]):
            tally["events"] += n
            tally["by_quad_class"][str(quad)] += n
            tally["_scored"] += scored
            tally["_sum"] += total
    return [_finish(entry) for entry in periods.values()]


def _tally() -> dict:
    return {"events": 0, "goldstein": None, "by_quad_class": {q: 0 for q in "1234"}, "_scored": 0, "_sum": 0.0}


def _finish(tally: dict) -> dict:
    scored, total = tally.pop("_scored"), tally.pop("_sum")
    tally["goldstein"] = round(total / scored, 3) if scored else None
    for key in ("a_to_b", "b_to_a"):
        if key in tally:
            _finish(tally[key])
    return tally


def overview(cur) -> dict:
    counts = one(cur, """
        SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
               (SELECT count(*) FROM merged_events) AS merged_events, (SELECT count(*) FROM actors) AS actors,
               (SELECT count(*) FROM quotes) AS quotes""")
    top_dyads = rows(cur, f"""
        WITH pairs AS (SELECT source_code, source_country, target_code, target_country, count(*) AS n,
                              sum(goldstein) AS total, count(goldstein) AS scored
                       FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY ALL),
             sides AS (SELECT {_SIDE.format(p='source')} AS a, {_SIDE.format(p='target')} AS b, n, total, scored
                       FROM pairs)
        SELECT least(a, b) AS a, greatest(a, b) AS b, sum(n) AS events, sum(total) / nullif(sum(scored), 0) AS goldstein
        FROM sides GROUP BY ALL ORDER BY events DESC, a, b LIMIT 10""")
    latest = rows(cur, f"SELECT {_LIST_COLUMNS} FROM events ORDER BY {_EVENT_ORDER} LIMIT 10")
    by_quad = rows(cur, "SELECT quad_class, count(*) AS events, avg(goldstein) AS goldstein"
                        " FROM events GROUP BY quad_class ORDER BY quad_class")
    by_type = rows(cur, "SELECT doc_type, count(*) AS documents, sum(n_events) AS events"
                        " FROM documents GROUP BY doc_type ORDER BY documents DESC, doc_type")
    return {"counts": counts, "top_dyads": top_dyads, "latest_events": latest, "by_quad_class": by_quad,
            "by_doc_type": by_type}


def network(cur, query: NetworkQuery) -> dict:
    """Directed actor network: an edge per (source, target) with enough events, nodes from those edges."""
    clause, params = where(query)
    clause = (clause + " AND" if clause else " WHERE") + " source_code IS NOT NULL AND target_code IS NOT NULL"
    edges = rows(cur, f"""
        SELECT source_code AS source, target_code AS target, count(*) AS events, avg(goldstein) AS goldstein
        FROM events{clause} GROUP BY ALL HAVING count(*) >= ?
        ORDER BY events DESC, source, target LIMIT ?""", [*params, query.min_events, query.limit])
    nodes: dict[str, int] = {}
    for edge in edges:
        for code in {edge["source"], edge["target"]}:
            nodes[code] = nodes.get(code, 0) + edge["events"]
    return {"nodes": [{"code": c, "events": n} for c, n in sorted(nodes.items(), key=lambda item: (-item[1], item[0]))],
            "edges": edges}


def places(cur, filters: PlaceFilters) -> dict:
    clause, params = where(filters)
    clause = (clause + " AND" if clause else " WHERE") + " lat IS NOT NULL AND lon IS NOT NULL"
    located = rows(cur, f"""
        SELECT location_name, location_country, lat, lon, count(*) AS events, avg(goldstein) AS goldstein,
               max(date) AS last_date
        FROM events{clause} GROUP BY ALL ORDER BY events DESC, location_name LIMIT ?""", [*params, filters.limit])
    return {"places": located}
