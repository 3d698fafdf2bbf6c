"""Web archives (.warc, .warc.gz, as crawlers write them) as Documents, one record at a time through warcio.

Only `response` records of HTML pages with a 2xx status are articles; requests, metadata, images,
redirects and error pages are passed over without a word. The page's own date wins; a page without one
is dated by its capture (WARC-Date). A record that cannot be read or holds no article is an IngestError
naming the file, the record number and its byte offset, and reading goes on; a file broken past a record
boundary (truncated or corrupt gzip) ends at the last good record. Payloads are read up to the size limit
only, so memory stays bounded whatever the archive's size.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import count
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed

from .readers import (
    DEFAULT_MAX_CHARS,
    READ_ERRORS,
    IngestError,
    Item,
    make_document,
    max_bytes,
)

HTML_TYPES = {"text/html", "application/xhtml+xml"}
_BROKEN = (ArchiveLoadFailed, ChunkedDataException, *READ_ERRORS)
_SEPARATOR = 4  # the blank lines after an uncompressed record, outside its length
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def read_warc(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Yield a Document for every HTML page in the archive, or an IngestError for a bad record."""
    origin = str(path)
    limit = max_bytes(max_chars, html=True)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield IngestError(origin, f"cannot read: {error.strerror or error}")
        return
    with handle:
        records = ArchiveIterator(handle)
        end = 0  # where the last whole record ends
        for number in count(1):
            try:
                record = next(records, None)
            except Exception as error:  # noqa: BLE001 - warcio fails in many ways on a corrupt archive
                yield IngestError(f"{origin} record {number} (offset {end})",
                                  f"cannot read further ({type(error).__name__}: {error}); the records before were read")
                return
            if record is None:
                # warcio ends quietly at a record whose head is cut off: bytes left after the last whole one say so
                if path.stat().st_size - end > _SEPARATOR:
                    yield IngestError(f"{origin} record {number} (offset {end})",
                                      "truncated or corrupt record; the records before were read")
                return
            page, raw, problem = _is_page(record), b"", None
            if page:
                try:
                    raw = record.content_stream().read(limit + 1)
                except _BROKEN as error:
                    problem = f"cannot read the page ({error})"
            try:  # the offset is known once the record is read to its end
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
            except _BROKEN as error:
                yield IngestError(f"{origin} record {number} (offset {end})",
                                  f"cannot read further ({error}); the records before were read")
                return
            where = f"{origin} record {number} (offset {offset})"
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside its content
                yield IngestError(where, "truncated record; the records before were read")
                return
            if not page:
                continue
            if problem is None and len(raw) > limit:
                problem = f"document too large (more than {limit:,} bytes of HTML; see --max-chars)"
            yield IngestError(where, problem) if problem else _document(record, raw, where, max_chars)


def _is_page(record) -> bool:
    http = record.http_headers
    if record.rec_type != "response" or http is None or not http.get_statuscode().startswith("2"):
        return False
    return (http.get_header("Content-Type") or "").split(";")[0].strip().lower() in HTML_TYPES


def _document(record, raw: bytes, where: str, max_chars: int) -> Item:
    declared = _CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    charset = declared.group(1) if declared else "utf-8"
    try:
        html = raw.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return IngestError(where, f"the page is not valid {charset}")
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    doc_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or url or where
    return make_document(doc_id, where, html=html, url=url, max_chars=max_chars,
                         fallback_date=_capture_date(headers.get_header("WARC-Date")))


def _capture_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
