"""The embedded database: idempotent re-coding, duplicate content, atomic batches, exports."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest

from parley.model import Document
from parley.store import EventWriter, Store

TEXT = "Russia expelled two Polish diplomats on Monday. Poland condemned Russia on Tuesday."


def coded(pipeline, doc_id, text=TEXT):
    return pipeline.code_document(Document(id=doc_id, text=text, date=date(2019, 3, 12), date_precision="day"))


def test_recoding_the_same_document_duplicates_nothing(tmp_path, pipeline):
    with Store(tmp_path / "p.duckdb") as store:
        first = store.save([coded(pipeline, "a")])
        n_events = store.counts()["events"]
        assert first.stored == 1 and n_events >= 2
        again = store.save([coded(pipeline, "a")])
        assert again.replaced == 1
        assert store.counts() == {"documents": 1, "events": n_events, "quotes": 0, "actors": 0}
        copy = store.save([coded(pipeline, "b")])  # same content under another id
        assert copy.duplicates == [("b", "a")] and store.counts()["documents"] == 1


def test_a_failing_batch_leaves_stored_documents_whole(tmp_path, pipeline):
    with Store(tmp_path / "p.duckdb") as store:
        store.save([coded(pipeline, "a")])
        before = store.counts()
        broken = coded(pipeline, "c", "Iran accused Israel of sabotage on Sunday.")
        broken.events[0].code = None  # violates NOT NULL: the whole batch must roll back
        with pytest.raises(duckdb.Error):
            store.save([coded(pipeline, "b", "Poland accused Russia of spying on Friday."), broken])
        assert store.counts() == before
        assert store.con.execute("SELECT count(*) FROM documents WHERE doc_id IN ('b', 'c')").fetchone()[0] == 0


def test_killed_run_leaves_every_stored_document_whole(tmp_path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as handle:
        for n in range(3000):
            handle.write(json.dumps({"id": f"d{n}", "date": "2019-03-12",
                                     "text": f"Russia expelled {n + 2} Polish diplomats on Monday. "
                                             f"Poland condemned Russia on Tuesday over case {n}."}) + "\n")
    db = tmp_path / "kill.duckdb"
    process = subprocess.Popen([sys.executable, "-m", "parley", "code", str(feed), "--db", str(db), "-o", os.devnull,
                                "--batch-size", "4"], stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while not db.exists() and time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
    time.sleep(6)  # the database is open: let it code and commit some batches
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with duckdb.connect(str(db)) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        broken = con.execute("""SELECT count(*) FROM documents d
                                WHERE n_events <> (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id)""").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    assert 0 < documents < 3000 and broken == 0 and orphans == 0


def test_exports_jsonl_csv_parquet(tmp_path, pipeline):
    events = coded(pipeline, "a").events
    with (tmp_path / "e.jsonl").open("w") as handle:
        writer = EventWriter(handle, "jsonl")
        writer.write(events)
        writer.close()
    first = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    for key in ("event_id", "doc_id", "sentence_index", "source", "target", "code", "root", "quad_class", "goldstein",
                "plover", "modality", "date", "date_precision", "location", "evidence", "evidence_span", "confidence"):
        assert key in first
    assert set(first["source"]) == {"text", "code", "name", "country", "org"}
    with (tmp_path / "e.csv").open("w", newline="") as handle:
        writer = EventWriter(handle, "csv")
        writer.write(events)
        writer.close()
    assert (tmp_path / "e.csv").read_text().splitlines()[0].startswith("event_id,doc_id,sentence_index")
    writer = EventWriter(None, "parquet", str(tmp_path / "e.parquet"))
    writer.write(events)
    writer.close()
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(events) and "source_code" in table.column_names
