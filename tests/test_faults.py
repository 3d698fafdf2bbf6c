"""Faults: `parley code` killed with SIGKILL mid-run (and again while it stores its last batch and merges)
leaves a database that opens and holds only whole documents; the API server answers reads with
consistent data while it codes and stores posted documents."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import duckdb
import httpx
import pytest
import uvicorn
from conftest import CORPUS

from parley.api import create_app
from parley.dedup import rebuild
from parley.ingest import IngestError, read_inputs
from parley.store import Store

SEEDED = 6  # documents stored (and merged) before the run that is killed


def corpus_records(per_part: int) -> list[dict]:
    records = []
    for part in sorted(CORPUS.glob("part_[abcd]_*.jsonl")):
        for line in part.read_text("utf-8").splitlines()[:per_part]:
            record = json.loads(line)
            records.append({"id": record["id"], "date": record["date"], "text": record["text"],
                            "title": f"Article {record['id']}"})
    return records


def write_feed(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")


def merged_state(con) -> tuple[frozenset, frozenset]:
    mentions = frozenset(con.execute("SELECT merged_id, event_id FROM event_mentions").fetchall())
    return mentions, frozenset(con.execute("SELECT merged_id FROM merged_events").fetchall())


def check_consistent(path, expected: dict[str, tuple[int, int]], previous_merge) -> int:
    """The database opens and is whole; returns how many documents it holds."""
    with duckdb.connect(str(path)) as con:
        stored = con.execute("""
            SELECT d.doc_id, d.n_events, (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id),
                   (SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) FROM documents d""").fetchall()
        for doc_id, n_events, events, quotes in stored:
            assert n_events == events == expected[doc_id][0], (doc_id, n_events, events, expected[doc_id])
            assert quotes == expected[doc_id][1], (doc_id, quotes, expected[doc_id])
        for table in ("events", "quotes", "event_mentions"):
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
            assert orphans.fetchone()[0] == 0, table
        assert con.execute("SELECT count(*) FROM evidence_terms WHERE event_id NOT IN"
                           " (SELECT event_id FROM events)").fetchone()[0] == 0
        unindexed = con.execute("SELECT count(*) FROM events WHERE event_id NOT IN (SELECT event_id FROM evidence_terms)")
        assert unindexed.fetchone()[0] == 0
        # the merge is the one before the run, or a complete one of everything stored: never half of one
        mentions, merged = merged_state(con)
        if (mentions, merged) != previous_merge:
            events = con.execute("SELECT event_id, merged_id FROM events").fetchall()
            assert {e for _, e in mentions} == {e for e, _ in events}
            assert mentions == {(m, e) for e, m in events}
            assert merged == {(m,) for m, _ in mentions}
        counted = Counter(e for _, e in mentions)
        assert not counted or max(counted.values()) == 1
        actors = {c for (c,) in con.execute("SELECT code FROM actors").fetchall()}
        coded = {c for (c,) in con.execute("SELECT source_code FROM events UNION SELECT target_code FROM events").fetchall()}
        assert actors <= coded
        return len(stored)


def run_and_kill(feed, db, after_documents: int, last: str | None = None) -> str:
    """Start `parley code`, SIGKILL it once events of `after_documents` documents (or of the document `last`)
    have been written: with batches of 2, every batch before those is stored by then."""
    process = subprocess.Popen(
        [sys.executable, "-m", "parley", "code", str(feed), "--db", str(db), "--batch-size", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"})
    seen: list[str] = []
    try:
        for line in process.stdout:
            doc_id = json.loads(line)["doc_id"]
            if doc_id not in seen:
                seen.append(doc_id)
            if len(seen) >= after_documents or doc_id == last:
                break
        killed = process.poll() is None
        if killed:
            os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stdout.close()
    return f"after the events of {len(seen)} documents" + ("" if killed else " (it had finished)")


def test_killed_runs_leave_whole_documents_and_a_whole_merge(tmp_path, pipeline):
    records = corpus_records(10)
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, records)
    documents = [d for d in read_inputs([str(feed)]) if not isinstance(d, IngestError)]
    assert len(documents) == len(records) == 40
    clean = list(pipeline.code_documents(documents, batch_size=2))
    expected = {c.document.id: (len(c.events), len(c.quotes)) for c in clean}
    with_events = [c.document.id for c in clean[SEEDED:] if c.events]
    assert sum(e for e, _ in expected.values()) > 15 and len(with_events) > 10

    db = tmp_path / "killed.duckdb"
    with Store(db) as store:  # the state before: some documents stored and merged
        store.save(clean[:SEEDED])
        store.refresh_actors()
        rebuild(store.con)
        previous = merged_state(store.con)
    rest = tmp_path / "rest.jsonl"
    write_feed(rest, records[SEEDED:])

    where = run_and_kill(rest, db, after_documents=8)  # mid-run
    stored = check_consistent(db, expected, previous)
    assert SEEDED < stored < len(records), (where, stored)

    with duckdb.connect(str(db)) as con:
        previous = merged_state(con)
        done = {d for (d,) in con.execute("SELECT doc_id FROM documents").fetchall()}
    last = ([d for d in with_events if d not in done] or [None])[-1]
    where = run_and_kill(rest, db, after_documents=len(records), last=last)  # storing the last batch, merging
    assert check_consistent(db, expected, previous) >= stored, where


# --- reads while the server writes ----------------------------------------------------------------------------

@pytest.fixture
def server(pipeline, tmp_path):
    path = tmp_path / "served.duckdb"
    Store(path).close()
    app = create_app(path, pipeline_factory=lambda: pipeline)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = uv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=20)


def test_reads_while_the_server_codes_and_stores(server, pipeline):
    records = corpus_records(6)
    problems: list[str] = []
    reads = Counter()
    done = threading.Event()

    def read_loop(kind: str) -> None:
        with httpx.Client(base_url=server, timeout=60) as client:
            while not done.is_set():
                try:
                    check(client, kind)
                    reads[kind] += 1
                except AssertionError as error:
                    problems.append(f"{kind}: {error}")
                except httpx.HTTPError as error:
                    problems.append(f"{kind}: {error!r}")

    def check(client, kind: str) -> None:
        if kind == "events":
            page = ok(client, "/api/events?limit=500")
            assert page["total"] == len(page["events"]), ("total and page differ", page["total"], len(page["events"]))
            assert all(e["doc_title"] for e in page["events"]), "an event without its document"
        elif kind == "overview":
            overview = ok(client, "/api/overview")
            by_type = sum(t["events"] or 0 for t in overview["by_doc_type"])
            assert overview["counts"]["events"] == by_type, ("events and documents' n_events differ", overview)
        else:
            listed = ok(client, "/api/documents?limit=500")
            assert listed["total"] == len(listed["documents"]), "total and page differ"
            for doc in listed["documents"][-3:]:
                one = ok(client, f"/api/documents/{doc['doc_id']}")
                assert len(one["events"]) == one["n_events"], ("a document without all its events", doc["doc_id"])

    def ok(client, url: str) -> dict:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:200])
        return response.json()

    readers = [threading.Thread(target=read_loop, args=(kind,)) for kind in ("events", "overview", "documents") * 2]
    for thread in readers:
        thread.start()
    try:
        with httpx.Client(base_url=server, timeout=120) as client:
            for start in range(0, len(records), 4):
                posted = client.post("/api/documents", json={"documents": records[start:start + 4]})
                assert posted.status_code == 200, posted.text[:300]
    finally:
        done.set()
        for thread in readers:
            thread.join(timeout=60)
    assert not problems, problems[:5]
    assert min(reads[k] for k in ("events", "overview", "documents")) >= 3, reads
    with httpx.Client(base_url=server) as client:
        assert client.get("/api/documents").json()["total"] == len(records)
