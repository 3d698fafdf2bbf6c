"""The embedded DuckDB database at the centre: documents, events, quotes, actors.

Writes are atomic per batch of documents: a document's row and all its events are committed
(and quotes, and the events' words in the word index) together or not at all, so a run killed mid-way
leaves every stored document whole. Re-coding a document with the same id replaces it; a different id
with the same content is skipped.
"""
from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..pipeline import CodedDocument

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR,
    date DATE, date_precision VARCHAR, date_inferred BOOLEAN, doc_type VARCHAR,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    source_text VARCHAR, source_code VARCHAR, source_name VARCHAR, source_country VARCHAR, source_org VARCHAR,
    target_text VARCHAR, target_code VARCHAR, target_name VARCHAR, target_country VARCHAR, target_org VARCHAR,
    code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE, plover VARCHAR,
    modality VARCHAR NOT NULL, date DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, location_feature VARCHAR,
    evidence VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, pattern VARCHAR, confidence DOUBLE,
    doc_type VARCHAR
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    text VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    speaker_text VARCHAR, speaker_code VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_org VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER,
    date DATE, date_precision VARCHAR,
    event_ids VARCHAR[]
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE TABLE IF NOT EXISTS merged_events (
    merged_id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,  -- the representative mention (earliest, most confident)
    source_code VARCHAR, source_name VARCHAR, target_code VARCHAR, target_name VARCHAR,
    code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE, plover VARCHAR,
    modality VARCHAR NOT NULL, date DATE, date_precision VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    evidence VARCHAR,
    articles INTEGER NOT NULL, sources INTEGER NOT NULL, mentions INTEGER NOT NULL, stories INTEGER NOT NULL,
    first_seen DATE, last_seen DATE
);
CREATE TABLE IF NOT EXISTS event_mentions (
    merged_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    source VARCHAR,  -- the outlet that published the article
    date_seen DATE,
    confidence DOUBLE
);
CREATE INDEX IF NOT EXISTS event_mentions_merged ON event_mentions(merged_id);
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR PRIMARY KEY,
    name VARCHAR, country VARCHAR, org VARCHAR,
    events INTEGER NOT NULL, first_date DATE, last_date DATE
);
"""

# The word index behind text search (`q`): one row per distinct word of an event's evidence, with the
# event's date so that a search alone never has to scan the events. Kept in step with `events` by
# `Store.save`; a database made before it gains it, filled, on open (`_migrate_terms`).
TERMS_TABLE = """
CREATE TABLE evidence_terms (term VARCHAR NOT NULL, event_id VARCHAR NOT NULL, date DATE);
"""
MAX_TERM_CHARS = 64  # longer words are cut: a search word is cut the same way, so it still matches
_WORD = re.compile(r"\w+")


def search_terms(text: str) -> list[str]:
    """The words of a text as the word index holds them: case-folded, accents and other marks removed
    ("Zelenskyy’s" -> zelenskyy, s; "Straße" -> strasse), cut to MAX_TERM_CHARS, in order, repeats kept."""
    text = text.casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.category(c).startswith("M"))
    return [word[:MAX_TERM_CHARS] for word in _WORD.findall(text)]


def _distinct_terms(text: str) -> list[str]:
    return sorted(set(search_terms(text)))


# Columns added after the first release: databases made by an older Parley gain them on open.
MIGRATIONS = """
ALTER TABLE documents ADD COLUMN IF NOT EXISTS doc_type VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS doc_type VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS merged_id VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS story_id VARCHAR;
"""

EVENT_COLUMNS = [
    "event_id", "doc_id", "sentence_index",
    "source_text", "source_code", "source_name", "source_country", "source_org",
    "target_text", "target_code", "target_name", "target_country", "target_org",
    "code", "root", "quad_class", "goldstein", "plover", "modality", "date", "date_precision",
    "location_name", "location_country", "lat", "lon", "location_feature",
    "evidence", "evidence_start", "evidence_end", "trigger", "trigger_start", "trigger_end", "pattern",
    "confidence", "doc_type",
]


QUOTE_COLUMNS = [
    "quote_id", "doc_id", "kind", "text", "start_char", "end_char",
    "speaker_text", "speaker_code", "speaker_name", "speaker_country", "speaker_org", "speaker_start", "speaker_end",
    "date", "date_precision", "event_ids",
]


def quote_row(quote) -> tuple:
    speaker = quote.speaker
    return (
        quote.quote_id, quote.doc_id, quote.kind, quote.text, quote.span[0], quote.span[1],
        *((speaker.text, speaker.code, speaker.name, speaker.country, speaker.org, speaker.start, speaker.end)
          if speaker else (None,) * 7),
        quote.date, quote.date_precision, quote.event_ids,
    )


def event_row(event) -> tuple:
    location = event.location
    return (
        event.event_id, event.doc_id, event.sentence_index,
        event.source.text, event.source.code, event.source.name, event.source.country, event.source.org,
        event.target.text or None, event.target.code, event.target.name, event.target.country, event.target.org,
        event.code, event.root, event.quad_class, event.goldstein, event.plover, event.modality, event.date,
        event.date_precision,
        location.name if location else None, location.country if location else None,
        location.lat if location else None, location.lon if location else None,
        location.feature if location else None,
        event.evidence, event.evidence_span[0], event.evidence_span[1], event.trigger, event.trigger_span[0],
        event.trigger_span[1], event.pattern, event.confidence, event.doc_type,
    )


@dataclass
class SaveResult:
    stored: int = 0
    replaced: int = 0
    duplicates: list[tuple[str, str]] = None  # (doc_id, id of the stored copy)

    def __post_init__(self) -> None:
        self.duplicates = self.duplicates or []


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path)
        self.con.execute(SCHEMA)
        self.con.execute(MIGRATIONS)
        self._migrate_terms()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """All or nothing: a failure (or a kill) leaves the database as it was."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def save(self, batch: list[CodedDocument]) -> SaveResult:
        """Store a batch of coded documents in one transaction."""
        result = SaveResult()
        con = self.con
        with self.transaction():
            for coded in batch:
                doc = coded.document
                digest = doc.content_hash
                same = con.execute("SELECT doc_id FROM documents WHERE content_hash = ? AND doc_id <> ?",
                                   [digest, doc.id]).fetchone()
                if same:
                    result.duplicates.append((doc.id, same[0]))
                    continue
                existed = con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc.id]).fetchone()[0]
                if existed:  # (the word index has no index of its own: a new document does not search it)
                    con.execute("DELETE FROM evidence_terms WHERE event_id IN"
                                " (SELECT event_id FROM events WHERE doc_id = ?)", [doc.id])
                con.execute("DELETE FROM events WHERE doc_id = ?", [doc.id])
                con.execute("DELETE FROM quotes WHERE doc_id = ?", [doc.id])
                con.execute("DELETE FROM documents WHERE doc_id = ?", [doc.id])
                con.execute(
                    "INSERT INTO documents (doc_id, content_hash, title, url, source, origin, date, date_precision,"
                    " date_inferred, doc_type, text, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc.id, digest, doc.title, doc.url, doc.source, doc.origin, doc.date, doc.date_precision,
                     doc.date_inferred, doc.doc_type, doc.text, len(coded.events)],
                )
                if coded.events:
                    placeholders = ", ".join("?" * len(EVENT_COLUMNS))
                    con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})",
                                    [event_row(e) for e in coded.events])
                    self._index_terms(coded.events)
                if coded.quotes:
                    placeholders = ", ".join("?" * len(QUOTE_COLUMNS))
                    con.executemany(f"INSERT INTO quotes ({', '.join(QUOTE_COLUMNS)}) VALUES ({placeholders})",
                                    [quote_row(q) for q in coded.quotes])
                result.replaced += bool(existed)
                result.stored += 1
        return result

    def _index_terms(self, events) -> None:
        """Add the events' evidence words to the word index (inside the caller's transaction)."""
        rows = [(term, e.event_id, e.date) for e in events for term in _distinct_terms(e.evidence)]
        if rows:
            terms, ids, dates = zip(*rows)
            self.con.execute("INSERT INTO evidence_terms SELECT unnest(?), unnest(?), unnest(?)",
                             [list(terms), list(ids), list(dates)])

    def _migrate_terms(self) -> None:
        """Create and fill the word index of a database that has none, in one transaction: a run killed
        here leaves no index, and the next open builds it again."""
        found = self.con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
                                 " AND schema_name = 'main' AND table_name = 'evidence_terms'").fetchone()[0]
        if found:
            return
        with self.transaction():
            self.con.execute(TERMS_TABLE)
            self._fill_terms()

    def rebuild_terms(self) -> None:
        """Index every stored event again (for events written to the database by other means than `save`)."""
        with self.transaction():
            self.con.execute("DELETE FROM evidence_terms")
            self._fill_terms()

    def _fill_terms(self) -> None:
        # sorted by term, so that a search reads only the row groups that can hold its words
        self.con.create_function("parley_terms", _distinct_terms, ["VARCHAR"], "VARCHAR[]")
        try:
            self.con.execute("INSERT INTO evidence_terms SELECT unnest(parley_terms(evidence)) AS term, event_id, date"
                             " FROM events ORDER BY term")
        finally:
            self.con.remove_function("parley_terms")

    def refresh_actors(self) -> None:
        """Rebuild the actors table from the events (one row per actor code)."""
        with self.transaction():
            self._refresh_actors()

    def _refresh_actors(self) -> None:
        self.con.execute("DELETE FROM actors")
        self.con.execute("""
            INSERT INTO actors
            SELECT code, any_value(name), any_value(country), any_value(org), count(*), min(date), max(date)
            FROM (SELECT source_code AS code, source_name AS name, source_country AS country, source_org AS org, date
                  FROM events
                  UNION ALL
                  SELECT target_code, target_name, target_country, target_org, date FROM events)
            WHERE code IS NOT NULL GROUP BY code
        """)

    def stored_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        """The content hash of each of these documents that is stored: a run skips them before parsing."""
        if not doc_ids:
            return {}
        rows = self.con.execute(f"SELECT doc_id, content_hash FROM documents WHERE doc_id IN "
                                f"({', '.join('?' * len(doc_ids))})", doc_ids).fetchall()
        return dict(rows)

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "quotes", "actors")}
