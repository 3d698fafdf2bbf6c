"""The app's one handle on the DuckDB file: reads on per-request cursors, writes one at a time.

DuckDB lets one process open a database file for writing, so the server keeps a single `Store`
(which also creates missing tables and migrates old files). Each request reads through its own cursor
(a separate connection to the same database, safe to use on the request's thread) in a transaction of
its own, so all its queries see one snapshot of committed writes; posted documents are coded and stored
under a lock, with the Pipeline loaded the first time it is needed (it takes seconds).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import duckdb

from ..dedup import rebuild as rebuild_merged_events
from ..ingest import IngestError, make_document
from ..store import Store
from .params import DocumentIn


class CodingError(ValueError):
    """A posted document that cannot be coded (e.g. nothing left after boilerplate is removed)."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        named = re.match(r"field '(\w+)'", message)  # "field 'title' is not valid Unicode ..."
        self.field = f"documents[{index}].{named.group(1) if named else 'text'}"


class Database:
    def __init__(self, path: str, pipeline_factory: Callable) -> None:
        self.path = path
        self._cursor_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._pipeline_factory = pipeline_factory
        self._pipeline = None
        self.store = None
        self.open()

    def open(self) -> None:
        """Open the database (again, after `close`: an app may be started and stopped more than once)."""
        with self._write_lock, self._cursor_lock:
            if self.store is None:
                self.store = Store(self.path)
                self._readers = self.store.con.cursor()  # cursors come from here, never from the writer's connection

    @contextmanager
    def reading(self) -> Iterator:
        """A cursor for one request, inside a transaction: every query of the request sees the same
        snapshot (a count and its page, a document and its events), whatever is written meanwhile."""
        with self._cursor_lock:
            if self.store is None:
                raise RuntimeError("the database is closed")
            cur = self._readers.cursor()
        try:
            cur.execute("BEGIN TRANSACTION")
            yield cur
        finally:
            try:
                cur.execute("ROLLBACK")  # it only read: nothing to keep
            except duckdb.Error:
                pass
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
        with self._write_lock, self._cursor_lock:
            if self.store is not None:
                self._readers.close()
                self.store.close()
                self.store = None
