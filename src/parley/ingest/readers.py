"""Turn input paths (files, folders, stdin) into Documents, one at a time.

Readers never raise for bad input: a bad file or line becomes an `IngestError` naming where it came
from, and the caller decides whether to go on (the default) or stop (`--strict`).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from ..model import Document
from .boilerplate import clean_text
from .doctype import DOC_TYPES, classify as classify_doc_type
from .html import extract_html

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_CHARS = 2_000_000


@dataclass
class IngestError:
    origin: str  # "path" or "path:line"
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Document | IngestError


def read_inputs(inputs: list[str], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Yield a Document or an IngestError for every document found in `inputs` ("-" is stdin)."""
    for name in inputs:
        if name == "-":
            yield from read_stream(sys.stdin, "<stdin>", max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield IngestError(name, "folder holds no .txt, .html or .jsonl files")
            for file in files:
                yield from read_file(file, doc_id=file.relative_to(path).as_posix(), max_chars=max_chars)
        elif path.is_file():
            yield from read_file(path, doc_id=path.name, max_chars=max_chars)
        else:
            yield IngestError(name, "no such file or folder")


def _decode(raw: bytes, origin: str) -> str | IngestError:
    if b"\x00" in raw[:8192]:
        return IngestError(origin, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return IngestError(origin, f"not valid UTF-8 (byte {error.start}); convert it, e.g. iconv -f LATIN1 -t UTF-8")


def read_file(path: Path, doc_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from _read_jsonl_lines(handle, origin, max_chars)
        except OSError as error:
            yield IngestError(origin, f"cannot read: {error.strerror}")
        return
    try:
        raw = path.read_bytes()
    except OSError as error:
        yield IngestError(origin, f"cannot read: {error.strerror}")
        return
    text = _decode(raw, origin)
    if isinstance(text, IngestError):
        yield text
        return
    if suffix in HTML_SUFFIXES:
        yield make_document(doc_id, origin, html=text, max_chars=max_chars)
    else:
        yield make_document(doc_id, origin, text=text, max_chars=max_chars)


def read_stream(stream: IO[str], origin: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """stdin: JSONL when the first character is `{`, otherwise one plain-text document."""
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    text = _decode(data, origin)
    if isinstance(text, IngestError):
        yield text
    elif text.lstrip().startswith("{"):
        yield from _read_jsonl_lines(iter(text.encode("utf-8").splitlines(True)), origin, max_chars)
    else:
        yield make_document("stdin", origin, text=text, max_chars=max_chars)


def _read_jsonl_lines(lines, origin: str, max_chars: int) -> Iterator[Item]:
    for number, raw in enumerate(lines, 1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        line = _decode(raw, where)
        if isinstance(line, IngestError):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(where, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        yield document_from_record(record, where, default_id=f"{Path(origin).name}:{number}", max_chars=max_chars)


def document_from_record(record, where: str, default_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """A JSON object `{id, text|html, date?, title?, url?, source?, doc_type?}` as a Document."""
    if not isinstance(record, dict):
        return IngestError(where, "expected a JSON object per line")
    for key in ("id", "text", "html", "date", "title", "url", "source", "doc_type"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int) if key == "id" else str):
            return IngestError(where, f"field {key!r} must be a string")
    if not record.get("text") and not record.get("html"):
        return IngestError(where, "needs a non-empty 'text' or 'html' field")
    doc_date = None
    if record.get("date"):
        try:
            doc_date = date.fromisoformat(record["date"][:10])
        except ValueError:
            return IngestError(where, f"field 'date' is not an ISO date (YYYY-MM-DD): {record['date']!r}")
    if record.get("doc_type") and record["doc_type"] not in DOC_TYPES:
        return IngestError(where, f"field 'doc_type' must be one of {', '.join(DOC_TYPES)}: {record['doc_type']!r}")
    return make_document(
        str(record.get("id") or default_id), where, text=record.get("text"), html=record.get("html"),
        title=record.get("title"), url=record.get("url"), source=record.get("source"), doc_date=doc_date,
        doc_type=record.get("doc_type"), max_chars=max_chars,
    )


def make_document(doc_id: str, origin: str, *, text: str | None = None, html: str | None = None,
                  title: str | None = None, url: str | None = None, source: str | None = None,
                  doc_date: date | None = None, doc_type: str | None = None,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """Build a cleaned Document, or say why the input cannot be one."""
    raw_size = len(html if html is not None else text or "")
    limit = max_chars * 4 if html is not None else max_chars  # markup weighs more than text
    if raw_size > limit:
        return IngestError(origin, f"document too large ({raw_size:,} characters; limit {limit:,}, see --max-chars)")
    if html is not None:
        extracted = extract_html(html)
        if extracted is None:
            return IngestError(origin, "no article text found in the HTML")
        text = extracted.text
        title = title or extracted.title
        url = url or extracted.url
        source = source or extracted.source
        doc_date = doc_date or extracted.date
    doc_type = doc_type or classify_doc_type(text or "", title)  # on the raw text: disclaimers are signals
    cleaned = clean_text(text or "")
    if not cleaned.strip():
        return IngestError(origin, "empty document (no text after cleaning)")
    if len(cleaned) > max_chars:
        return IngestError(origin, f"document too large ({len(cleaned):,} characters; limit {max_chars:,}, see --max-chars)")
    return Document(
        id=doc_id, text=cleaned, title=title, url=url, source=source, origin=origin, date=doc_date,
        date_precision="day" if doc_date else None, doc_type=doc_type,
    )
