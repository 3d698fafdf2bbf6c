"""Dates: resolve date expressions against the document date, and infer a document's date."""
from .docdate import infer_document_date
from .resolve import ResolvedDate, resolve

__all__ = ["ResolvedDate", "infer_document_date", "resolve"]
