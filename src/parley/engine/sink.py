"""Where coded documents go, in input order, whichever engine coded them."""
from __future__ import annotations

from ..pipeline import CodedDocument
from ..store import EventWriter, Store


class Sink:
    """Events to the writer; documents to the store in batches of `batch_size`, one transaction each, so a
    run killed part-way leaves only whole documents (and the next run resumes after them)."""

    def __init__(self, writer: EventWriter, store: Store | None, batch_size: int) -> None:
        self.writer, self.store, self.batch_size = writer, store, batch_size
        self.batch: list[CodedDocument] = []
        self.duplicates = 0  # documents not stored: the same text is stored under another id

    def __call__(self, coded: CodedDocument) -> None:
        self.writer.write(coded.events)
        if self.store is not None:
            self.batch.append(coded)
            if len(self.batch) >= self.batch_size:
                self.flush()

    def flush(self) -> None:
        if self.batch:
            self.duplicates += len(self.store.save(self.batch).duplicates)
            self.batch = []
