"""Turn input paths (files, folders, stdin) into Documents, one at a time.

Readers never raise for bad input: a bad file, line or record becomes an `IngestError` naming where it
came from, and the caller decides whether to go on (the default) or stop (`--strict`). Feeds and web
archives are streamed (a line or a record at a time, gzip decompressed on the fly), so memory stays
bounded whatever the size of the file.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import IO, Iterator

from ..model import Document
from .boilerplate import clean_text
from .doctype import DOC_TYPES, classify as classify_doc_type
from .html import extract_html

# What a file holds, by how its name ends.
KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".warc": "warc", ".warc.gz": "warc",
}
_LONGEST_FIRST = sorted(KINDS, key=len, reverse=True)
DEFAULT_MAX_CHARS = 2_000_000
# Reading a compressed stream can fail part-way (truncated or corrupt gzip): the lines before are kept.
READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass
class IngestError:
    origin: str  # "path", "path:line" or "path record N (offset B)"
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = Document | IngestError


def kind_of(path: Path) -> str | None:
    """"text", "html", "jsonl" or "warc" from the file name ("feed.jsonl.gz" is "jsonl"), else None."""
    name = path.name.lower()
    return next((KINDS[ending] for ending in _LONGEST_FIRST if name.endswith(ending)), None)


def read_inputs(inputs: list[str], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Yield a Document or an IngestError for every document found in `inputs` ("-" is stdin)."""
    for name in inputs:
        if name == "-":
            yield from read_stream(sys.stdin, "<stdin>", max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p))
            if not files:
                yield IngestError(name, f"folder holds none of the files Parley reads ({', '.join(KINDS)})")
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


def max_bytes(max_chars: int, html: bool = False) -> int:
    """Bytes beyond which a document is too large for sure (4 bytes a UTF-8 character; markup 4 times the text),
    so a huge file or line is refused without being read into memory."""
    return 4 * max_chars * (4 if html else 1)


def _line_limit(max_chars: int) -> int:
    return 2 * max_bytes(max_chars, html=True)  # a JSON line escapes its text: room for that


def read_file(path: Path, doc_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    origin = str(path)
    kind = kind_of(path)
    if kind == "warc":
        from .warc import read_warc  # warcio only when a web archive is read

        yield from read_warc(path, max_chars)
        return
    try:
        if kind == "jsonl":
            with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")) as handle:
                yield from _read_jsonl_lines(_lines(handle, _line_limit(max_chars)), origin, max_chars)
            return
        size = path.stat().st_size
        if size > max_bytes(max_chars, html=kind == "html"):
            yield IngestError(origin, f"document too large ({size:,} bytes; see --max-chars)")
            return
        raw = path.read_bytes()
    except OSError as error:
        yield IngestError(origin, f"cannot read: {error.strerror or error}")
        return
    text = _decode(raw, origin)
    if isinstance(text, IngestError):
        yield text
        return
    if kind == "html":
        yield make_document(doc_id, origin, html=text, max_chars=max_chars)
    else:
        yield make_document(doc_id, origin, text=text, max_chars=max_chars)


def read_stream(stream: IO[str], origin: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """stdin: JSONL (streamed line by line) when the first character is `{`, otherwise one plain-text document."""
    # A text stream without bytes underneath (io.StringIO) is in memory already.
    handle = stream.buffer if hasattr(stream, "buffer") else io.BytesIO(stream.read().encode("utf-8"))
    lines = _lines(handle, _line_limit(max_chars))
    head = []
    for raw in lines:  # up to the first line with something on it
        head.append(raw)
        if raw is None or raw.strip():
            break
    if head and head[-1] is not None and head[-1].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from _read_jsonl_lines(chain(head, lines), origin, max_chars)
        return
    limit = max_bytes(max_chars)
    data = None if None in head else b"".join(head) + handle.read(limit + 1)
    if data is None or len(data) > limit:
        yield IngestError(origin, f"document too large (more than {limit:,} bytes; see --max-chars)")
        return
    text = _decode(data, origin)
    yield text if isinstance(text, IngestError) else make_document("stdin", origin, text=text, max_chars=max_chars)


def _lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream, one at a time; a line longer than `limit` bytes is skipped without
    holding it in memory and given as None."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
        else:
            yield line


def _read_jsonl_lines(lines: Iterator[bytes | None], origin: str, max_chars: int) -> Iterator[Item]:
    number = 0
    while True:
        try:
            raw = next(lines, b"")
        except READ_ERRORS as error:
            yield IngestError(f"{origin}:{number + 1}", f"cannot read further ({error}); the lines before were read")
            return
        if raw == b"":
            return
        number += 1
        where = f"{origin}:{number}"
        if raw is None:
            yield IngestError(where, "document too large (line too long; see --max-chars)")
            continue
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
        except RecursionError:
            yield IngestError(where, "invalid JSON (nested too deeply)")
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


def _lone_surrogate(value) -> int | None:
    """Where a string holds half of a UTF-16 surrogate pair, else None."""
    try:
        value.encode("utf-8") if isinstance(value, str) else None
    except UnicodeEncodeError as error:
        return error.start
    return None


def make_document(doc_id: str, origin: str, *, text: str | None = None, html: str | None = None,
                  title: str | None = None, url: str | None = None, source: str | None = None,
                  doc_date: date | None = None, doc_type: str | None = None,
                  max_chars: int = DEFAULT_MAX_CHARS, fallback_date: date | None = None) -> Item:
    """Build a cleaned Document, or say why the input cannot be one. `fallback_date` dates a page that gives
    no date of its own (a web archive's capture date)."""
    raw_size = len(html if html is not None else text or "")
    limit = max_chars * 4 if html is not None else max_chars  # markup weighs more than text
    if raw_size > limit:
        return IngestError(origin, f"document too large ({raw_size:,} characters; limit {limit:,}, see --max-chars)")
    for name, value in (("id", doc_id), ("text", text), ("html", html), ("title", title), ("url", url), ("source", source)):
        at = _lone_surrogate(value)
        if at is not None:  # a JSON "\ud800" escape: no text can be stored or parsed with it
            return IngestError(origin, f"field {name!r} is not valid Unicode (a lone surrogate at character {at})")
    if html is not None:
        extracted = extract_html(html)
        if extracted is None:
            return IngestError(origin, "no article text found in the HTML")
        text = extracted.text
        title = title or extracted.title
        url = url or extracted.url
        source = source or extracted.source
        doc_date = doc_date or extracted.date
    doc_date = doc_date or fallback_date
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
