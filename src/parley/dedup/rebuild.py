"""Rebuild the stories, merged events and mentions tables from what the database holds, in one
transaction: readers see the old tables or the new ones, never a half-written merge."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .merge import DEFAULT_WINDOW_DAYS, Mention, merge_mentions
from .stories import DEFAULT_SIMILARITY, story_ids

_EVENT_QUERY = """
SELECT e.event_id, e.doc_id, e.sentence_index, e.source_code, e.target_code, e.code, e.root, e.modality,
       e.date, e.date_precision, e.location_name, e.location_country, e.location_feature, e.confidence,
       d.source AS outlet, d.date AS date_seen,
       coalesce(e.source_org, e.source_country) AS source_root, coalesce(e.target_org, e.target_country) AS target_root,
       e.source_name, e.target_name, e.quad_class, e.goldstein, e.plover, e.lat, e.lon, e.evidence
FROM events e JOIN documents d USING (doc_id)
"""
_MENTION_FIELDS = ("event_id", "doc_id", "sentence_index", "source_code", "target_code", "code", "root", "modality",
                   "date", "date_precision", "location_name", "location_country", "location_feature", "confidence",
                   "outlet", "date_seen", "source_root", "target_root")


@dataclass
class DedupSummary:
    documents: int
    stories: int
    events: int
    merged_events: int
    window_days: int
    similarity: float

    def to_json(self) -> dict:
        return asdict(self)


def rebuild(con, window_days: int = DEFAULT_WINDOW_DAYS, similarity: float = DEFAULT_SIMILARITY) -> DedupSummary:
    """Group the stored articles into stories and their events into merged events (a DuckDB connection)."""
    stories = story_ids(con.execute("SELECT doc_id, text FROM documents ORDER BY doc_id").fetchall(), similarity)
    cursor = con.execute(_EVENT_QUERY)
    columns = [c[0] for c in cursor.description]
    mentions = []
    for values in cursor.fetchall():
        row = dict(zip(columns, values))
        mention = Mention(**{k: row[k] for k in _MENTION_FIELDS}, story_id=stories.get(row["doc_id"]), row=row,
                          lat=row["lat"], lon=row["lon"])
        mentions.append(mention)
    merged = merge_mentions(mentions, window_days)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM merged_events")
        con.execute("CREATE TEMP TABLE IF NOT EXISTS story_map (doc_id VARCHAR, story_id VARCHAR)")
        con.execute("DELETE FROM story_map")
        _insert_many(con, "INSERT INTO story_map VALUES (?, ?)", list(stories.items()))
        con.execute("UPDATE documents SET story_id = s.story_id FROM story_map s WHERE documents.doc_id = s.doc_id")
        _insert_many(con, "INSERT INTO merged_events VALUES (" + ", ".join("?" * 25) + ")",
                        [_merged_row(event) for event in merged])
        _insert_many(con, "INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [(event.merged_id, m.event_id, m.doc_id, m.sentence_index, m.outlet, m.date_seen,
                          m.confidence) for event in merged for m in event.mentions])
        con.execute("CREATE TEMP TABLE IF NOT EXISTS merged_map (event_id VARCHAR, merged_id VARCHAR)")
        con.execute("DELETE FROM merged_map")
        _insert_many(con, "INSERT INTO merged_map VALUES (?, ?)",
                        [(m.event_id, event.merged_id) for event in merged for m in event.mentions])
        con.execute("UPDATE events SET merged_id = m.merged_id FROM merged_map m WHERE events.event_id = m.event_id")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return DedupSummary(len(stories), len(set(stories.values())), len(mentions), len(merged), window_days, similarity)


def _insert_many(con, sql: str, rows: list) -> None:
    if rows:  # DuckDB refuses executemany with no rows (a database without events, or without documents)
        con.executemany(sql, rows)


def _merged_row(event) -> tuple:
    rep = event.representative
    row = rep.row
    place = event.place
    counts = event.counts()
    return (
        event.merged_id, rep.event_id, rep.source_code, row["source_name"], rep.target_code, row["target_name"],
        rep.code, rep.root, row["quad_class"], row["goldstein"], row["plover"], rep.modality, event.date,
        "day" if any(m.date_precision == "day" for m in event.mentions) else rep.date_precision,
        place.location_name if place else None, place.location_country if place else None,
        place.row["lat"] if place else None, place.row["lon"] if place else None, row["evidence"],
        counts["articles"], counts["sources"], counts["mentions"], counts["stories"], counts["first_seen"],
        counts["last_seen"],
    )
