"""Text search (`q`) through the word index `evidence_terms`: the same answer as a case-insensitive scan
of the evidence for whole words, word prefixes, several words, accents; the index follows re-coding,
and a database made before the index gains it on open."""
from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import date

import duckdb
import pytest
from conftest import CORPUS, EXAMPLES

from parley.api.params import EventFilters, MergedFilters
from parley.api.queries import list_events, list_merged
from parley.dedup import rebuild
from parley.ingest import IngestError, make_document, read_inputs
from parley.store import Store
from parley.store.db import search_terms

ACCENTED = ("Russia expelled two Polish diplomats from Kraków on Monday. Poland condemned Russia on Tuesday, "
            "a Straße-Ministerin said. Ukraine's Zelenskyy-era envoy accused Russia of sabotage on Friday.")


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    path = folder / "search.duckdb"
    feed = folder / "corpus.jsonl"  # 25 sentences of each kind from the regression corpus, with the examples
    feed.write_text("".join(line for part in sorted(CORPUS.glob("part_*.jsonl"))
                            for line in part.read_text("utf-8").splitlines(True)[:25]), "utf-8")
    documents = [d for d in read_inputs([str(EXAMPLES), str(feed)]) if not isinstance(d, IngestError)]
    documents.append(make_document("accented", "test", text=ACCENTED, doc_date=date(2019, 3, 4)))
    with Store(path) as created:
        created.save(list(pipeline.code_documents(documents)))
        rebuild(created.con)
    with Store(path) as opened:
        yield opened


def search(store, q: str, **filters) -> set[str]:
    cur = store.con.cursor()
    try:
        found = list_events(cur, EventFilters(q=q, limit=500, **filters))
        assert found["total"] == len(found["events"])
        return {e["event_id"] for e in found["events"]}
    finally:
        cur.close()


def sql(store, query: str, *params) -> list[tuple]:
    return store.con.execute(query, list(params)).fetchall()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.category(c).startswith("M"))


def begins_a_word(evidence: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(fold(word)), fold(evidence)) is not None


def test_every_word_finds_what_a_scan_of_the_evidence_finds(store):
    evidence = dict(sql(store, "SELECT event_id, evidence FROM events"))
    vocabulary = sorted({w for text in evidence.values() for w in re.findall(r"[A-Za-z]+", text)})[::2]
    assert len(evidence) > 30 and len(vocabulary) > 150
    same_as_ilike = 0
    for word in vocabulary:
        found = search(store, word)
        expected = {i for i, text in evidence.items() if begins_a_word(text, word)}
        assert found == expected, word
        ilike = {i for (i,) in sql(store, "SELECT event_id FROM events WHERE evidence ILIKE ?", f"%{word}%")}
        assert found <= ilike, word  # a word search never finds what the substring scan does not
        same_as_ilike += found == ilike
    # the substring scan finds more only where the word sits inside another ("war" in "toward")
    assert same_as_ilike >= 0.8 * len(vocabulary)


@pytest.mark.parametrize("q", ["expelled diplomats", "Russia Monday", "EU sanctions Belarus", "nato troops",
                               "sanction", "DIPLOMAT", "russian jets pound", "shot down"])
def test_several_words_and_prefixes(store, q):
    evidence = dict(sql(store, "SELECT event_id, evidence FROM events"))
    expected = {i for i, text in evidence.items() if all(begins_a_word(text, w) for w in q.split())}
    assert search(store, q) == expected and expected, q
    with_filter = search(store, q, quad_class=4)
    quad4 = {i for (i,) in sql(store, "SELECT event_id FROM events WHERE quad_class = 4")}
    assert with_filter == expected & quad4


def test_case_and_accents_do_not_matter(store):
    krakow = search(store, "Kraków")
    assert krakow and search(store, "krakow") == search(store, "KRAKOW") == krakow
    assert search(store, "strasse") == search(store, "Straße") != set()
    assert search(store, "zelenskyy era") == search(store, "Zelenskyy-era") != set()


def test_punctuation_is_taken_as_written(store):
    # a chunk with punctuation must appear as written: LIKE wildcards are literal
    assert search(store, "expel%d") == set() and search(store, "expel_d") == set()
    assert search(store, "Zelenskyy-era envoy") == search(store, "zelenskyy era envoy")
    assert search(store, "zelenskyy.era") == set()
    # nothing but punctuation: a plain substring scan
    assert search(store, "%") == set() and search(store, "-") == {
        i for (i,) in sql(store, "SELECT event_id FROM events WHERE evidence LIKE '%-%'")}


def test_dates_and_other_tables_take_the_index(store):
    everything = search(store, "Russia")
    dated = search(store, "Russia", date_from=date(2019, 1, 1), date_to=date(2019, 12, 31))
    in_2019 = {i for (i,) in sql(store, "SELECT event_id FROM events WHERE year(date) = 2019")}
    assert dated == everything & in_2019 and dated
    cur = store.con.cursor()
    merged = list_merged(cur, MergedFilters(q="expelled", limit=500))["merged_events"]
    cur.close()
    assert merged and all(begins_a_word(m["evidence"], "expelled") for m in merged)


def test_terms_are_words_folded_and_cut():
    assert search_terms("Zelenskyy’s STRAßE naïve ﬁnal Київ") == ["zelenskyy", "s", "strasse", "naive", "final", "киів"]
    assert search_terms("x" * 500) == ["x" * 64]
    assert search_terms("<script>alert(1)</script>") == ["script", "alert", "1", "script"]


def test_recoding_replaces_the_words_and_old_databases_gain_the_index(store, pipeline, tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as fresh:
        first = make_document("doc", "test", text="Russia expelled two Polish diplomats on Monday.",
                              doc_date=date(2019, 3, 4))
        fresh.save([pipeline.code_document(first)])
        assert fresh.con.execute("SELECT count(*) FROM evidence_terms WHERE term = 'expelled'").fetchone()[0] > 0
        again = make_document("doc", "test", text="Poland condemned Russia on Tuesday.", doc_date=date(2019, 3, 5))
        fresh.save([pipeline.code_document(again)])
        assert search(fresh, "expelled") == set() and search(fresh, "condemned")
        orphans = fresh.con.execute("SELECT count(*) FROM evidence_terms WHERE event_id NOT IN"
                                    " (SELECT event_id FROM events)").fetchone()[0]
        assert orphans == 0
    # a database from before the index: the table is missing, opening it builds the index
    copy = tmp_path / "copy.duckdb"
    store.con.execute("CHECKPOINT")
    shutil.copy(store.path, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("DROP TABLE evidence_terms")
    with Store(copy) as migrated:
        assert migrated.con.execute("SELECT count(*) FROM evidence_terms").fetchone() == \
            store.con.execute("SELECT count(*) FROM evidence_terms").fetchone()
        assert search(migrated, "expelled diplomats") == search(store, "expelled diplomats") != set()
