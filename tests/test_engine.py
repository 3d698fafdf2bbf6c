"""Engines: the ray engine gives the events and the database of the local one; shards round-trip; a killed
run resumes where it stopped, without duplicates."""
from __future__ import annotations

import ipaddress
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import psutil
import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from parley.cli import app
from parley.engine.shards import read_partition, write_partition
from parley.ingest import read_inputs
from parley.model import Document

FEED = [
    {"id": "w1", "date": "2021-04-15", "source": "Parley Wire",
     "text": "Poland expelled three Russian diplomats on Thursday, the foreign ministry in Warsaw said. "
             "Moscow promised to respond in kind."},
    {"id": "w2", "date": "2021-04-16",
     "text": "Russia expelled five Polish diplomats on Friday in response to Warsaw's decision."},
    {"id": "w3", "date": "2023-02-20",
     "text": "President Joe Biden arrived in Kyiv on Monday and met President Volodymyr Zelensky."},
    {"id": "w2-copy", "date": "2021-04-16",  # the same text as w2: stored once, by both engines
     "text": "Russia expelled five Polish diplomats on Friday in response to Warsaw's decision."},
]


@pytest.fixture(scope="module")
def ray_cluster():
    """Ray on this machine, started once for the module (the engine uses it rather than starting its own)."""
    ray = pytest.importorskip("ray")
    from parley.engine.ray import start_local

    start_local(2)
    yield
    ray.shutdown()


@pytest.fixture
def inputs(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps(record) for record in FEED]
    lines.insert(2, '{"id": "broken", "text": ')
    feed.write_text("\n".join(lines) + "\n", "utf-8")
    return [str(EXAMPLES), str(feed)]


def database_rows(path) -> dict[str, list]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            "documents": con.execute("SELECT doc_id, content_hash, date, doc_type, n_events FROM documents "
                                     "ORDER BY doc_id").fetchall(),
            "events": con.execute("SELECT doc_id, sentence_index, source_code, target_code, code, modality, date,"
                                  " location_name, evidence, event_id, merged_id FROM events ORDER BY event_id").fetchall(),
            "quotes": con.execute("SELECT quote_id, speaker_code, text, event_ids FROM quotes ORDER BY quote_id").fetchall(),
            "merged": con.execute("SELECT merged_id, articles, mentions FROM merged_events ORDER BY merged_id").fetchall(),
            "actors": con.execute("SELECT * FROM actors ORDER BY code").fetchall(),
        }


def test_ray_engine_codes_and_stores_what_the_local_engine_does(tmp_path, inputs, ray_cluster):
    runner = CliRunner()
    local = runner.invoke(app, ["code", *inputs, "--db", str(tmp_path / "local.duckdb")])
    shards = tmp_path / "lake"
    on_ray = runner.invoke(app, ["code", *inputs, "--db", str(tmp_path / "ray.duckdb"), "--engine", "ray",
                                 "--workers", "2", "--partition-size", "3", "--shards", str(shards)])
    assert local.exit_code == on_ray.exit_code == 1, (local.stderr, on_ray.stderr)  # one bad line
    for result in (local, on_ray):
        assert "feed.jsonl:3: invalid JSON" in result.stderr
        assert "1 skipped as duplicates of stored documents" in result.stderr
    events = [json.loads(line) for line in local.stdout.splitlines()]
    assert len(events) >= 20 and {"w1", "w2", "w3"} <= {e["doc_id"] for e in events}
    assert on_ray.stdout == local.stdout  # the same events, in the same order
    local_rows, ray_rows = database_rows(tmp_path / "local.duckdb"), database_rows(tmp_path / "ray.duckdb")
    assert len(local_rows["documents"]) == 14  # w2-copy is not stored
    assert len(local_rows["events"]) == len([e for e in events if e["doc_id"] != "w2-copy"])
    assert ray_rows == local_rows
    with duckdb.connect() as con:  # the kept shards are a data lake as they are
        lake = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM read_parquet('{shards}/events/*.parquet')").fetchone()
    assert lake == (len(events), len({e["doc_id"] for e in events}))
    assert len(list((shards / "documents").glob("*.parquet"))) == 5  # 15 documents in partitions of 3


def test_local_ray_listens_on_loopback_only(ray_cluster):
    listening = [c.laddr.ip for p in psutil.Process().children(recursive=True)
                 for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    assert listening and all(ipaddress.ip_address(ip.removeprefix("::ffff:")).is_loopback for ip in listening)


def test_shards_turn_back_into_the_coded_documents(tmp_path, pipeline):
    documents = [d for d in read_inputs([str(EXAMPLES)]) if isinstance(d, Document)]
    coded = list(pipeline.code_documents(documents))
    write_partition(str(tmp_path), "part-0", coded)
    again = read_partition(str(tmp_path), "part-0")
    assert [c.document for c in again] == [c.document for c in coded]
    assert [[e.to_json() for e in c.events] for c in again] == [[e.to_json() for e in c.events] for c in coded]
    assert [[q.to_json() for q in c.quotes] for c in again] == [[q.to_json() for q in c.quotes] for c in coded]
    assert sum(len(c.quotes) for c in coded) > 0


def _feed(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = " ".join([
                f"Russia expelled {i + 2} Polish diplomats on Monday after a spying case in Gdansk.",
                f"Poland condemned Russia on Tuesday and summoned its ambassador over case {i}.",
                "Germany and France held talks in Berlin about sanctions on Belarus.",
                "Ukraine accused Russia of shelling Kharkiv overnight, officials said.",
            ] * 2)
            handle.write(json.dumps({"id": f"doc-{i:02d}", "date": "2019-03-12", "text": text}) + "\n")


def _parley(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley", "code", *args], capture_output=True, text=True, timeout=300)


def test_a_killed_run_resumes_where_it_stopped_without_duplicates(tmp_path):
    feed, db, clean = tmp_path / "feed.jsonl", tmp_path / "resumed.duckdb", tmp_path / "clean.duckdb"
    _feed(feed, 40)
    process = subprocess.Popen([sys.executable, "-m", "parley", "code", str(feed), "--db", str(db), "--batch-size", "4"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    for line in process.stdout:  # events are written as each document is coded; a batch is stored when full
        if int(json.loads(line)["doc_id"].split("-")[1]) >= 12:  # so documents 0-11 are stored
            break
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with duckdb.connect(str(db)) as con:
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        broken = con.execute("""SELECT count(*) FROM documents d
                                WHERE n_events <> (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id)""").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    assert 12 <= stored < 40 and stored % 4 == 0 and broken == 0 and orphans == 0

    resumed = _parley(str(feed), "--db", str(db), "--batch-size", "4")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{40 - stored} documents" in resumed.stderr and f"{stored} skipped as already stored" in resumed.stderr
    assert {json.loads(line)["doc_id"] for line in resumed.stdout.splitlines()} == {f"doc-{i:02d}" for i in range(stored, 40)}
    assert _parley(str(feed), "--db", str(clean), "--batch-size", "4", "-o", os.devnull).returncode == 0
    assert database_rows(db) == database_rows(clean)
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 40

    recoded = _parley(str(feed), "--db", str(db), "--recode", "-o", os.devnull)
    assert recoded.returncode == 0 and "skipped" not in recoded.stderr
    assert database_rows(db) == database_rows(clean)


def test_engine_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    for args in (["--engine", "spark"], ["--engine", "ray", "--address", "10.0.0.1:6379"], ["--workers", "0"]):
        result = runner.invoke(app, ["code", str(EXAMPLES), "--db", str(tmp_path / "p.duckdb"), *args])
        assert result.exit_code == 2, (args, result.output)
    assert not (tmp_path / "p.duckdb").exists()
