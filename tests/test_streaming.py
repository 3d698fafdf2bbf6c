"""Inputs at scale: gzipped feeds, web archives and stdin are streamed, bad lines and records are named and
passed over, and memory stays bounded whatever the size of the file."""
from __future__ import annotations

import gzip
import io
import json
import random
from datetime import date
from itertools import islice

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.ingest import IngestError, read_inputs
from parley.ingest.readers import read_stream
from parley.model import Document

TALKS = ("France and Germany held talks in Berlin on Tuesday about the eurozone budget, officials said after "
         "a meeting that ran late into the evening.")
EXPULSION = ("Russia expelled two Polish diplomats on Monday, the foreign ministry in Moscow said in a statement "
             "published after the ambassador was summoned.")


def page(title: str, body: str, head: str = "") -> bytes:
    return (f"<html><head><title>{title}</title>{head}</head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article></body></html>").encode()


def write_warc(path, compress: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)

        def record(uri, payload, kind="response", content_type="text/html; charset=utf-8", status="200 OK"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1") \
                if kind == "response" else StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.org")],
                                                            is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=http,
                                                          warc_headers_dict={"WARC-Date": "2021-06-01T10:00:00Z"}))

        record("https://example.org/talks", b"", kind="request")
        record("https://example.org/talks", page("Talks in Berlin", TALKS, "<meta name='date' content='2019-03-12'>"))
        record("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
        record("https://example.org/old", page("Moved", "This page has moved."), status="301 Moved Permanently")
        record("https://example.org/empty", b"<html><body></body></html>")
        record("https://example.org/expelled", page("Diplomats expelled", EXPULSION))
        record("https://example.org/latin", "<html><body><p>Le président a rencontré</p></body></html>".encode("latin-1"))


def test_web_archive_pages_become_documents_and_bad_records_are_named(tmp_path):
    for name, compress in (("crawl.warc.gz", True), ("crawl.warc", False)):
        path = tmp_path / name
        write_warc(path, compress)
        items = list(read_inputs([str(path)]))
        documents = [i for i in items if isinstance(i, Document)]
        errors = [str(i) for i in items if isinstance(i, IngestError)]
        assert [d.url for d in documents] == ["https://example.org/talks", "https://example.org/expelled"]
        talks, expelled = documents
        assert talks.date == date(2019, 3, 12)  # the page's own date
        assert expelled.date == date(2021, 6, 1) and expelled.date_precision == "day"  # the capture date
        assert talks.id.startswith("urn:uuid:") and talks.id != expelled.id
        assert "held talks in Berlin" in talks.text and "Home | World" not in talks.text
        assert len(errors) == 2, errors  # the image, request and redirect are not articles: no word on them
        assert errors[0].startswith(f"{path} record 5 (offset ") and "no article text" in errors[0]
        assert errors[1].startswith(f"{path} record 7 (offset ") and "not valid utf-8" in errors[1]


def test_a_truncated_web_archive_keeps_the_records_before(tmp_path):
    path = tmp_path / "cut.warc.gz"
    write_warc(path)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) - 60])  # the last record's gzip member is cut short
    items = list(read_inputs([str(tmp_path)]))
    assert [i.url for i in items if isinstance(i, Document)] == ["https://example.org/talks", "https://example.org/expelled"]
    assert str(items[-1]).startswith(f"{path} record 7") and isinstance(items[-1], IngestError)


def test_gzipped_feed_with_a_broken_line(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": TALKS}) + "\n")
        handle.write('{"id": "b", "text": \n')
        handle.write("\n")
        handle.write(json.dumps({"id": "c", "text": EXPULSION, "date": "2019-03-11"}) + "\n")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "c"]
    assert [str(i).split(" (")[0] for i in items if isinstance(i, IngestError)] == [f"{path}:2: invalid JSON"]


def test_a_truncated_gzipped_feed_keeps_the_lines_before(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for n in range(300):
            handle.write(json.dumps({"id": f"d{n}", "text": f"{TALKS} Case {n}."}) + "\n")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = list(read_inputs([str(path)]))
    documents = [i for i in items if isinstance(i, Document)]
    assert 0 < len(documents) < 300 and [d.id for d in documents] == [f"d{n}" for n in range(len(documents))]
    assert isinstance(items[-1], IngestError) and str(items[-1]).startswith(f"{path}:")
    assert "cannot read further" in str(items[-1])


def test_an_overlong_line_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 20_000}) + "\n"
                    + json.dumps({"id": "ok", "text": TALKS}) + "\n", "utf-8")
    items = list(read_inputs([str(path)], max_chars=1000))
    assert str(items[0]).startswith(f"{path}:1: document too large") and items[1].id == "ok"


class EndlessFeed(io.RawIOBase):
    """A stdin that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self.pending, self.lines = b"", 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while len(self.pending) < len(buffer):
            self.pending += (json.dumps({"id": f"s{self.lines}", "text": TALKS}) + "\n").encode()
            self.lines += 1
        buffer[:] = self.pending[:len(buffer)]
        self.pending = self.pending[len(buffer):]
        return len(buffer)


class Stdin:
    def __init__(self, raw) -> None:
        self.buffer = io.BufferedReader(raw)


def test_stdin_feed_is_streamed_line_by_line():
    feed = EndlessFeed()
    first = list(islice(read_stream(Stdin(feed), "<stdin>"), 3))
    assert [d.id for d in first] == ["s0", "s1", "s2"] and feed.lines < 200


def test_reading_a_large_gzipped_feed_keeps_memory_bounded(tmp_path):
    path = tmp_path / "large.jsonl.gz"
    words = " ".join([TALKS, EXPULSION]).split()
    rng = random.Random(6)
    raw_bytes = 0
    with gzip.open(path, "wb", compresslevel=1) as handle:
        for n in range(200_000):
            line = json.dumps({"id": f"d{n}", "doc_type": "news", "text": " ".join(rng.choices(words, k=14))})
            handle.write(line.encode() + b"\n")
            raw_bytes += len(line) + 1
    process = psutil.Process()
    before = peak = process.memory_info().rss
    count = 0
    for count, item in enumerate(read_inputs([str(path)]), 1):
        assert isinstance(item, Document)
        if count % 10_000 == 0:
            peak = max(peak, process.memory_info().rss)
    assert count == 200_000 and raw_bytes > 20_000_000
    assert peak - before < raw_bytes / 10, (peak - before, raw_bytes)
