"""The app's one handle on the DuckDB file: reads on per-request cursors, writes one at a time.

DuckDB lets one process open a database file for writing, so the server keeps a single `Store`
(which also creates missing tables and migrates old files). Each request reads through its own cursor
(a separate connection to the same database, safe to use on the request's thread and seeing every
committed write); posted documents are coded and stored under a lock, with the Pipeline loaded the
first time it is needed (it takes seconds).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..dedup import rebuild as rebuild_merged_events
from ..ingest import IngestError, make_document
from ..store import Store
from .params import DocumentIn


class CodingError(ValueError):
    """A posted document that cannot be coded (e.g. nothing left after boilerplate is removed)."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.field = f"documents[{index}].text"


class Database:
    def __init__(self, path: str, pipeline_factory: Callable) -> None:
        self.store = Store(path)
        self._readers = self.store.con.cursor()  # cursors are made from here, never from the writer's connection
        self._cursor_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._pipeline_factory = pipeline_factory
        self._pipeline = None

    @contextmanager
    def reading(self) -> Iterator:
        with self._cursor_lock:
            cur = self._readers.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def code_and_store(self, posted: list[DocumentIn]) -> list[dict]:
        """Code the documents and store them in one transaction, then refresh the actors and merged
        events as `parley code` does."""
        documents = []
        for index, item in enumerate(posted):
            document = make_document(item.id, f"api:{item.id}", text=item.text, title=item.title, url=item.url,
                                     source=item.source, doc_date=item.date, doc_type=item.doc_type)
            if isinstance(document, IngestError):
                raise CodingError(index, document.message)
            documents.append(document)
        with self._write_lock:
            if self._pipeline is None:
                self._pipeline = self._pipeline_factory()
            coded = list(self._pipeline.code_documents(documents))
            duplicates = dict(self.store.save(coded).duplicates)
            self.store.refresh_actors()
            rebuild_merged_events(self.store.con)
        return [{"doc_id": c.document.id, "status": "duplicate" if c.document.id in duplicates else "stored",
                 "duplicate_of": duplicates.get(c.document.id),
                 "events": [] if c.document.id in duplicates else [e.to_json() for e in c.events]}
                for c in coded]

    def close(self) -> None:
        self._readers.close()
        self.store.close()
