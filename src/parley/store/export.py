"""Write events as JSONL (nested, the canonical schema), CSV or Parquet (flat columns)."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Event
from .db import EVENT_COLUMNS, event_row

FORMATS = ("jsonl", "csv", "parquet")


def flat_rows(events: Iterable[Event]) -> Iterable[dict]:
    for event in events:
        row = dict(zip(EVENT_COLUMNS, event_row(event)))
        row["date"] = row["date"].isoformat() if row["date"] else None
        yield row


class EventWriter:
    """Streams events to a text handle (jsonl, csv) or collects them for one Parquet file."""

    def __init__(self, handle: IO | None, fmt: str, path: str | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.handle, self.fmt, self.path = handle, fmt, path
        self._csv = None
        self._parquet: pq.ParquetWriter | None = None

    def write(self, events: list[Event]) -> None:
        if not events:
            return
        if self.fmt == "jsonl":
            for event in events:
                self.handle.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.handle, fieldnames=EVENT_COLUMNS)
                self._csv.writeheader()
            self._csv.writerows(flat_rows(events))
        else:
            table = pa.Table.from_pylist(list(flat_rows(events)), schema=_parquet_schema())
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table)

    def close(self) -> None:
        if self.fmt == "parquet":
            if self._parquet is None:  # no events: still leave a valid, empty file
                self._parquet = pq.ParquetWriter(self.path, _parquet_schema())
            self._parquet.close()
        elif self.handle is not None:
            self.handle.flush()


def _parquet_schema() -> pa.Schema:
    types = {"sentence_index": pa.int32(), "quad_class": pa.int32(), "goldstein": pa.float64(),
             "lat": pa.float64(), "lon": pa.float64(), "evidence_start": pa.int32(), "evidence_end": pa.int32(),
             "trigger_start": pa.int32(), "trigger_end": pa.int32(), "confidence": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in EVENT_COLUMNS])
