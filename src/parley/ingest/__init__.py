"""Ingest: files, folders, JSONL feeds and stdin in; cleaned Documents (or located errors) out."""
from .readers import IngestError, document_from_record, make_document, read_inputs

__all__ = ["IngestError", "document_from_record", "make_document", "read_inputs"]
