"""Parley: news articles in, political events out (who did what to whom, when and where).

    >>> import parley
    >>> events = parley.code_text("Russia expelled two Polish diplomats on Monday.", date=date(2019, 3, 12))

`Pipeline` loads spaCy and the knowledge files once; reuse it to code many documents.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Pipeline", "code_text", "read_inputs", "Store", "__version__"]


def __getattr__(name: str):
    # Loading spaCy takes seconds: import it only when the coding API is used, not for `parley --help`.
    if name in ("Pipeline", "code_text"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "read_inputs":
        from .ingest import read_inputs

        return read_inputs
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
