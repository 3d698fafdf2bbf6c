"""The `parley` command end to end, as a user runs it (a real subprocess)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import duckdb

from conftest import EXAMPLES, SEEDS, need_shared


def parley(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "parley", *args], capture_output=True, text=True, input=stdin,
                          timeout=300)


def test_help_teaches():
    result = parley("code", "--help")
    assert result.returncode == 0
    for word in ("--format", "--db", "--strict", "Examples"):
        assert word in result.stdout


def test_code_seeds_to_stdout_and_database(tmp_path):
    need_shared()
    db = tmp_path / "p.duckdb"
    result = parley("code", str(SEEDS), "--db", str(db))
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["doc_id"] for e in events} == {"summit_column_2016.txt", "paris_meeting_analysis_2018.txt"}
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(events)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM actors WHERE code = 'RUS'").fetchone()[0] == 1
    again = parley("code", str(SEEDS), "--db", str(db), "--no-db")
    assert again.returncode == 0 and len(again.stdout.splitlines()) == len(events)


def test_csv_and_parquet_outputs(tmp_path):
    text = "Russia expelled two Polish diplomats on Monday."
    result = parley("code", "-", "--no-db", "--format", "csv", stdin=text)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.returncode == 0 and rows and rows[0]["code"] == "161"
    out = tmp_path / "e.parquet"
    result = parley("code", "-", "--no-db", "--format", "parquet", "-o", str(out), stdin=text)
    assert result.returncode == 0 and out.stat().st_size > 0
    assert parley("code", "-", "--no-db", "--format", "parquet", stdin=text).returncode == 2


def test_bad_input_is_named_the_rest_is_coded_and_the_exit_code_says_so(tmp_path):
    (tmp_path / "good.txt").write_text("Russia expelled two Polish diplomats on Monday.", "utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Iran accused Israel."}\n{oops\n', "utf-8")
    result = parley("code", str(tmp_path), "--no-db")
    assert result.returncode == 1
    assert "bad.jsonl:2: invalid JSON" in result.stderr
    assert {json.loads(l)["doc_id"] for l in result.stdout.splitlines()} == {"good.txt", "x"}
    strict = parley("code", str(tmp_path / "bad.jsonl"), str(tmp_path / "good.txt"), "--no-db", "--strict")
    assert strict.returncode == 1 and "good.txt" not in strict.stdout


def test_examples_are_ours_and_code(tmp_path):
    db = tmp_path / "demo.duckdb"
    result = parley("code", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) >= 10
    shown = parley("show", "--db", str(db))
    assert shown.returncode == 0 and "events" in shown.stdout
