"""Hostile article text, through the CLI and through the API: markup and event handlers, 1 MB single
lines, control characters and bidi overrides (dropped), documents of 10 MB, invalid UTF-8, binary files, deeply
nested HTML and JSON. Every bad input is named (file, line or field), nothing crashes, the rest is stored,
and article text never reaches an HTML response as markup.

PARLEY_SLOW=1 also runs the slow ones: 10 MB through `parley code --max-chars`, a 1 MB line of words.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from datetime import date
from pathlib import Path

import duckdb
import pytest

from parley.ingest import IngestError
from parley.ingest.readers import read_file
from parley.model import Document
from parley.store import Store

warnings.filterwarnings("ignore", message="Using `httpx`")
from fastapi.testclient import TestClient  # noqa: E402

from parley.api import create_app  # noqa: E402

slow = pytest.mark.skipif(not os.environ.get("PARLEY_SLOW"), reason="slow: set PARLEY_SLOW=1")

PAYLOAD = '<script>window.__hostile = 1</script>'
HANDLER = '<img src=x onerror="window.__hostile = 2">'
NEWS = "Russia expelled two Polish diplomats on Monday. Poland condemned Russia on Tuesday. "
CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\r\t") + "\x7f\x85\u202e\u202d\u2066"
BLOB = "QUJDREVGR0g" * 95_000  # a 1 MB "word", as a pasted data URI gives


def hostile_inputs(folder: Path) -> dict[str, str]:
    """Write the inputs; returns what `parley code` must say about each bad one (file or file:line)."""
    (folder / "markup.html").write_text(
        f"<html><head><title>Russia expels diplomats</title>{PAYLOAD}</head><body onload=\"alert(1)\">"
        f"<article><h1>Russia expels diplomats</h1><p>{NEWS}{HANDLER}</p>"
        f"<p><a href=\"javascript:alert(2)\">More</a> The ministry said it would respond in kind.</p></article>"
        "</body></html>", "utf-8")
    (folder / "markup.txt").write_text(f"Iran accused Israel of sabotage on Sunday. {PAYLOAD} {HANDLER}", "utf-8")
    (folder / "control.txt").write_text(f"Turkey{CONTROL} condemned Syria on Friday.{CONTROL}\n\n{NEWS}", "utf-8")
    (folder / "words.txt").write_text(("Russia expelled two Polish diplomats on Monday and " * 1000), "utf-8")
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 50_000 + f"<p>{NEWS}</p>" + "</div>" * 50_000
                                        + "</body></html>", "utf-8")
    (folder / "latin1.txt").write_bytes("Poland condemned Russia in Kraków on Tuesday.".encode("latin-1"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "huge.txt").write_text(NEWS * 120_000, "utf-8")  # 10 MB
    lines = [
        {"id": "line-1", "text": f"China accused Japan of provocations on Monday. {BLOB}", "date": "2019-03-04"},
        '{"id": "line-2", "text": "Russia expelled diplomats \\ud800 on Monday."}',
        '{"id": "line-3", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "line-4", "text": "unterminated',
        {"id": "line-5", "text": f"Germany criticized Hungary{CONTROL} on Wednesday. {PAYLOAD}"},
    ]
    (folder / "feed.jsonl").write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                                       "utf-8")
    return {
        "latin1.txt": "not valid UTF-8 (byte 31)", "binary.txt": "binary file", "huge.txt": "document too large",
        "feed.jsonl:2": "field 'text' is not valid Unicode", "feed.jsonl:3": "invalid JSON (nested too deeply)",
        "feed.jsonl:4": "invalid JSON", "nested.html": "",
    }


def test_the_cli_names_each_bad_input_and_stores_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = hostile_inputs(folder)
    db = tmp_path / "hostile.duckdb"
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "parley", "code", str(folder), "--db", str(db), "-o",
                             str(tmp_path / "events.jsonl")], capture_output=True, text=True, timeout=600)
    assert time.monotonic() - started < 300
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    for name, message in bad.items():
        found = [line for line in errors if line.startswith(f"error {folder / name}:") or
                 line.startswith(f"error {folder / name} ")]
        if name == "nested.html" and not found:
            continue  # deep nesting may also be read: either way it is no crash
        assert found and message in found[0], (name, errors)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
        per_doc = dict(con.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id").fetchall())
        whole = con.execute("SELECT count(*) FROM documents d WHERE n_events <> "
                            "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id)").fetchone()[0]
    assert {"markup.html", "markup.txt", "control.txt", "words.txt", "line-1", "line-5"} <= set(stored)
    assert not {"latin1.txt", "binary.txt", "huge.txt", "line-2", "line-3", "line-4"} & set(stored)
    assert whole == 0
    # HTML is read as text: its scripts and handlers are gone; plain text keeps markup as characters
    assert "<script" not in stored["markup.html"] and "onerror" not in stored["markup.html"]
    assert "Russia expelled two Polish diplomats" in stored["markup.html"]
    assert PAYLOAD in stored["markup.txt"] and PAYLOAD in stored["line-5"]
    # control characters and bidi overrides are dropped (a vertical tab or form feed is a space): the words
    # they were glued to are coded
    assert not set(CONTROL) & set(stored["control.txt"] + stored["line-5"])
    assert " ".join(stored["control.txt"].split()).startswith("Turkey condemned Syria on Friday.")
    assert len(stored["line-1"]) > 1_000_000
    assert all(per_doc.get(d, 0) >= 1 for d in ("markup.html", "markup.txt", "control.txt", "line-1", "line-5"))


def test_ten_megabytes_pass_with_a_higher_limit(pipeline, tmp_path):
    """Past the parser's own limit (2.1 M characters) too: long lines are parsed in pieces."""
    path = tmp_path / "ten.txt"
    path.write_text("".join(f"{NEWS}Case {n}.\n\n{n}{BLOB[:1_000_000]}\n\n" for n in range(10)), "utf-8")
    assert path.stat().st_size > 10_000_000
    [refused] = read_file(path, doc_id="ten.txt")
    assert isinstance(refused, IngestError) and str(path) in str(refused) and "too large" in refused.message
    [document] = read_file(path, doc_id="ten.txt", max_chars=12_000_000)
    assert isinstance(document, Document) and len(document.text) > 10_000_000
    document.date, document.date_precision = date(2019, 3, 4), "day"
    coded = pipeline.code_document(document)
    assert coded.events and all(e.evidence == document.text[slice(*e.evidence_span)] for e in coded.events)
    with Store(tmp_path / "ten.duckdb") as store:
        assert store.save([coded]).stored == 1


@slow
def test_ten_megabytes_of_words_through_the_cli(tmp_path):
    path = tmp_path / "ten.txt"
    path.write_text("".join(f"{NEWS * 1200}Case {n}.\n\n" for n in range(100)), "utf-8")
    line = tmp_path / "line.txt"
    line.write_text("Russia expelled two Polish diplomats on Monday and " * 20_000, "utf-8")
    db = tmp_path / "ten.duckdb"
    result = subprocess.run([sys.executable, "-m", "parley", "code", str(path), str(line), "--db", str(db),
                             "-o", os.devnull, "--max-chars", "12000000"], capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stderr[-2000:]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


# --- the API --------------------------------------------------------------------------------------------------

TOKEN = "h0stile"


@pytest.fixture(scope="module")
def client(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "api.duckdb"
    app = create_app(path, token=TOKEN, pipeline_factory=lambda: pipeline)
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as test_client:
        yield test_client


def post_raw(client, body: bytes):
    return client.post("/api/documents", content=body, headers={"content-type": "application/json"})


def test_posted_markup_is_stored_as_text_and_served_as_data(client):
    posted = client.post("/api/documents", json={
        "id": f"x{PAYLOAD}", "title": f"{HANDLER}Russia expels diplomats", "source": PAYLOAD,
        "text": f"{NEWS}{PAYLOAD}{HANDLER}{CONTROL} Iran accused Israel of sabotage on Sunday."})
    assert posted.status_code == 200, posted.text
    [stored] = posted.json()["documents"]
    assert stored["status"] == "stored" and stored["events"]
    one = client.get(f"/api/documents/x{PAYLOAD}")
    assert one.status_code == 200 and one.headers["content-type"] == "application/json"
    assert one.headers["x-content-type-options"] == "nosniff"
    document = one.json()
    assert PAYLOAD in document["text"] and not set(CONTROL) & set(document["text"])
    assert document["title"].startswith(HANDLER) and document["source"] == PAYLOAD
    assert all(0 <= s["start"] <= s["end"] <= len(document["text"]) for s in document["spans"])
    # no HTML the server sends holds the article's markup
    for url in ["/", "/docs", "/redoc", "/static/index.html", f"/api/documents/x{PAYLOAD}",
                f"/api/events?q={PAYLOAD}", f"/nowhere/{PAYLOAD}", f"/api/actors/{PAYLOAD}"]:
        response = client.get(url)
        assert response.status_code < 500, url
        if response.headers.get("content-type", "").startswith("text/html"):
            assert "__hostile" not in response.text and "onerror" not in response.text, url
        else:
            assert response.headers["content-type"].startswith(("application/json", "text/css", "text/javascript",
                                                                 "application/javascript")), url


@pytest.mark.parametrize("body, status, field, says", [
    (b'{"id": "s", "text": "Russia expelled diplomats \\ud800."}', 422, "documents[0].text", "valid string"),
    (b'{"id": "s", "text": "Fine.", "title": "\\udfff"}', 422, "documents[0].title", "valid string"),
    (b'{"id": "s", "text": "\xff\xfe Russia"}', 422, "body", "not valid UTF-8"),
    (b'{"id": "s", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 422, "body", "nested too deeply"),
    (b'{"id": "s", "text": " \\n\\t  "}', 422, "documents[0].text", "empty document"),
    (b'{"id": "s", "text": "' + b"x" * 2_100_000 + b'"}', 413, "body", "too large"),
    (b'{"id": "s", "text": "Fine.", "date": "1700000000"}', 422, "documents[0].date", "YYYY-MM-DD"),
    (b"\x00\x01\x02", 422, "body", ""),
])
def test_bad_posts_are_refused_naming_the_field(client, body, status, field, says):
    response = post_raw(client, body)
    assert response.status_code == status, response.text[:300]
    error = response.json()
    assert error["field"] == field and says in error["error"], error
    assert response.headers["x-content-type-options"] == "nosniff"


def test_control_characters_and_bidi_overrides_are_dropped(client):
    text = f"Turkey{CONTROL} condemned Syria on Friday.\u202e Greece praised\x0bCyprus on Monday."
    response = client.post("/api/documents", json={"id": "ctl", "text": text, "date": "2020-01-03"})
    assert response.status_code == 200, response.text
    assert {e["code"] for e in response.json()["documents"][0]["events"]} >= {"111", "051"}
    stored = client.get("/api/documents/ctl").json()["text"]
    assert " ".join(stored.split()) == "Turkey condemned Syria on Friday. Greece praised Cyprus on Monday."
    found = client.get("/api/events", params={"q": "condemned syria"}).json()["events"]
    assert [e["doc_id"] for e in found] == ["ctl"]
