"""Resuming: a document the store already holds with the same text is skipped before it is parsed, so a
run that was killed (or is run again on a growing feed) codes only what is new, and quickly."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ..model import Document
from ..store import Store


class Resume:
    def __init__(self, store: Store, lookup_size: int = 256) -> None:
        self.store, self.lookup_size = store, lookup_size
        self.skipped = 0

    def __call__(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents still to code; looks the stored ones up `lookup_size` at a time."""
        documents = iter(documents)
        while chunk := list(islice(documents, self.lookup_size)):
            stored = self.store.stored_hashes([d.id for d in chunk])
            for document in chunk:
                if stored.get(document.id) == document.content_hash:
                    self.skipped += 1
                else:
                    yield document
