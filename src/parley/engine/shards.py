"""Parquet shards: what a worker coded for one partition, written as one file in each of three tables
(`documents/`, `events/`, `quotes/`), so a shard folder is also a data lake that DuckDB, Spark or pandas read
as it is (`SELECT ... FROM read_parquet('shards/events/*.parquet')`).

Rows turn back into the CodedDocuments they came from, so the driver stores them through `Store.save` like
the local engine does: same duplicate rules, same atomic batches, same database. The folder may be a path
every node sees or an object-store URI that pyarrow opens (`s3://bucket/run/`).
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow import fs as pafs

from ..model import Actor, Document, Event, Location, Quote
from ..pipeline import CodedDocument
from ..store.db import EVENT_COLUMNS, QUOTE_COLUMNS, event_row, quote_row

DOCUMENT_COLUMNS = ["doc_id", "content_hash", "title", "url", "source", "origin", "date", "date_precision",
                    "date_inferred", "doc_type", "text", "n_events", "n_quotes"]
# Columns that are not strings; fixed types keep every shard of a table on one schema, even when a
# partition has a column all empty.
_TYPES = {
    "date": pa.date32(), "date_inferred": pa.bool_(), "goldstein": pa.float64(), "lat": pa.float64(),
    "lon": pa.float64(), "confidence": pa.float64(), "event_ids": pa.list_(pa.string()),
    **{c: pa.int32() for c in ("n_events", "n_quotes", "sentence_index", "quad_class", "evidence_start",
                               "evidence_end", "trigger_start", "trigger_end", "start_char", "end_char",
                               "speaker_start", "speaker_end")},
}
TABLES = {"documents": DOCUMENT_COLUMNS, "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS}
SCHEMAS = {name: pa.schema([(c, _TYPES.get(c, pa.string())) for c in columns]) for name, columns in TABLES.items()}


def _document_row(coded: CodedDocument) -> tuple:
    doc = coded.document
    return (doc.id, doc.content_hash, doc.title, doc.url, doc.source, doc.origin, doc.date, doc.date_precision,
            doc.date_inferred, doc.doc_type, doc.text, len(coded.events), len(coded.quotes))


def _open(folder: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and root path of a local folder or an object-store URI."""
    if "://" in folder:
        return pafs.FileSystem.from_uri(folder)
    return pafs.LocalFileSystem(), Path(folder).resolve().as_posix()


def write_partition(folder: str, name: str, coded: list[CodedDocument]) -> None:
    """Write one partition's three shards; each appears under its final name only once it is complete."""
    filesystem, root = _open(folder)
    rows = {
        "documents": [_document_row(c) for c in coded],
        "events": [event_row(e) for c in coded for e in c.events],
        "quotes": [quote_row(q) for c in coded for q in c.quotes],
    }
    for table, values in rows.items():
        filesystem.create_dir(f"{root}/{table}", recursive=True)
        columns = TABLES[table]
        data = pa.Table.from_pylist([dict(zip(columns, row)) for row in values], schema=SCHEMAS[table])
        final, partial = f"{root}/{table}/{name}.parquet", f"{root}/{table}/.{name}.parquet.partial"
        pq.write_table(data, partial, filesystem=filesystem)
        filesystem.move(partial, final)


def read_partition(folder: str, name: str) -> list[CodedDocument]:
    """The CodedDocuments of one partition, in the order they were coded."""
    filesystem, root = _open(folder)
    tables = {t: pq.read_table(f"{root}/{t}/{name}.parquet", filesystem=filesystem).to_pylist() for t in TABLES}
    events, quotes = iter(tables["events"]), iter(tables["quotes"])
    return [CodedDocument(_document(row), [_event(next(events)) for _ in range(row["n_events"])],
                          [_quote(next(quotes)) for _ in range(row["n_quotes"])])
            for row in tables["documents"]]


def _document(row: dict) -> Document:
    return Document(id=row["doc_id"], text=row["text"], title=row["title"], url=row["url"], source=row["source"],
                    origin=row["origin"], date=row["date"], date_precision=row["date_precision"],
                    date_inferred=row["date_inferred"], doc_type=row["doc_type"])


def _actor(row: dict, side: str) -> Actor:
    return Actor(text=row[f"{side}_text"], code=row[f"{side}_code"], name=row[f"{side}_name"],
                 country=row[f"{side}_country"], org=row[f"{side}_org"])


def _event(row: dict) -> Event:
    location = None
    if row["location_name"] is not None:
        location = Location(row["location_name"], row["location_country"], row["lat"], row["lon"],
                            row["location_feature"])
    return Event(
        doc_id=row["doc_id"], sentence_index=row["sentence_index"], source=_actor(row, "source"),
        target=_actor(row, "target"), code=row["code"], root=row["root"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], plover=row["plover"], modality=row["modality"], date=row["date"],
        date_precision=row["date_precision"], location=location, evidence=row["evidence"],
        evidence_span=(row["evidence_start"], row["evidence_end"]), trigger=row["trigger"],
        trigger_span=(row["trigger_start"], row["trigger_end"]), pattern=row["pattern"],
        confidence=row["confidence"], doc_type=row["doc_type"], event_id=row["event_id"],
    )


def _quote(row: dict) -> Quote:
    speaker = None
    if row["speaker_text"] is not None:
        speaker = Actor(text=row["speaker_text"], code=row["speaker_code"], name=row["speaker_name"],
                        country=row["speaker_country"], org=row["speaker_org"], start=row["speaker_start"],
                        end=row["speaker_end"])
    return Quote(doc_id=row["doc_id"], kind=row["kind"], text=row["text"], span=(row["start_char"], row["end_char"]),
                 speaker=speaker, date=row["date"], date_precision=row["date_precision"],
                 event_ids=list(row["event_ids"] or []), quote_id=row["quote_id"])
