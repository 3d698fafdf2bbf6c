"""The `local` engine: one pipeline in this process; spaCy parses `batch_size` documents at a time."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Document
from ..pipeline import CodedDocument, Pipeline


def code_local(pipeline: Pipeline, documents: Iterable[Document], emit: Callable[[CodedDocument], None],
               batch_size: int = 8) -> None:
    for coded in pipeline.code_documents(documents, batch_size=batch_size):
        emit(coded)
