"""Story clustering and event merging: hand-made mention sets where the right answer is known, and the
200-article corpus of 20 known events (tests/data/dedup) scored pairwise."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from conftest import ROOT
from parley.dedup import Mention, merge_mentions, rebuild, story_ids
from parley.evaluate.dedup import score_dedup
from parley.ingest import read_inputs
from parley.store import Store

DEDUP = ROOT / "tests" / "data" / "dedup"
FLOORS = json.loads((ROOT / "tests" / "data" / "evaluate_floors.json").read_text("utf-8"))


def _articles() -> list[dict]:
    return [json.loads(line) for line in (DEDUP / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]


def _mention(event_id, day, place=None, *, source="USA", target="RUS", root="04", modality="asserted",
             precision="day", country=None, feature="city", doc=None) -> Mention:
    return Mention(event_id, doc or f"doc-{event_id}", 0, source + "GOV", target + "GOV", root + "0", root, modality,
                   day, precision, place, country, feature if place else None, 0.9, "Wire", day, None, source, target)


def _groups(merged) -> list[set[str]]:
    return sorted(({m.event_id for m in event.mentions} for event in merged), key=min)


def test_two_meetings_of_one_pair_in_one_week_stay_apart():
    monday, thursday = date(2021, 6, 7), date(2021, 6, 10)
    mentions = [_mention("a1", monday, "Geneva", country="CHE"), _mention("a2", monday, "Geneva", country="CHE"),
                _mention("b1", thursday, "Reykjavik", country="ISL"), _mention("b2", thursday),
                _mention("a3", monday)]
    assert _groups(merge_mentions(mentions, window_days=3)) == [{"a1", "a2", "a3"}, {"b1", "b2"}]


def test_reports_a_day_apart_merge_but_a_repeat_three_weeks_later_does_not():
    mentions = [_mention("a1", date(2019, 10, 8), "Warsaw", country="POL"), _mention("a2", date(2019, 10, 9)),
                _mention("b1", date(2019, 10, 29), "Warsaw", country="POL")]
    assert _groups(merge_mentions(mentions, window_days=2)) == [{"a1", "a2"}, {"b1"}]


def test_a_country_agrees_with_a_city_in_it_and_sides_not_sectors_decide():
    day = date(2020, 1, 13)
    city = _mention("a1", day, "Damascus", country="SYR", source="ISR", target="SYR", root="19")
    country = _mention("a2", day, "Syria", country="SYR", feature="country", source="ISR", target="SYR", root="19")
    country.source_code = "ISR"  # "Israel" and "the Israeli military" are one side
    assert _groups(merge_mentions([city, country])) == [{"a1", "a2"}]


def test_a_denial_is_not_merged_with_the_event_and_directions_stay_apart():
    day = date(2021, 3, 16)
    mentions = [_mention("a1", day), _mention("a2", day, modality="negated"),
                _mention("a3", day, source="RUS", target="USA")]
    assert _groups(merge_mentions(mentions)) == [{"a1"}, {"a2"}, {"a3"}]


def test_an_event_dated_only_by_its_article_joins_the_event_reported_days_before():
    mentions = [_mention("a1", date(2021, 9, 2), "New Delhi", country="IND"),
                _mention("a2", date(2021, 9, 4), precision="document")]
    merged = merge_mentions(mentions)
    assert _groups(merged) == [{"a1", "a2"}]
    assert merged[0].date == date(2021, 9, 2) and merged[0].representative.event_id == "a1"


def test_syndicated_copies_fall_in_the_story_of_their_original():
    articles = _articles()
    stories = story_ids((a["id"], a["text"]) for a in articles)
    copies = re.findall(r"^- (DD-\d+) copy of (DD-\d+)", (DEDUP / "README.md").read_text("utf-8"), re.MULTILINE)
    assert len(copies) == 30
    for copy, original in copies:
        assert stories[copy] == stories[original], (copy, original)
    assert len(set(stories.values())) == len(articles) - len(copies)  # nothing else is taken for a copy


def test_merging_on_the_corpus_of_known_events_meets_its_floor(pipeline):
    report = score_dedup(_articles(), pipeline)
    assert report.pairs.precision >= FLOORS["dedup"]["precision"], report.to_json()
    assert report.pairs.recall >= FLOORS["dedup"]["recall"], report.to_json()
    assert report.fragments["E05"] >= 1 and report.fragments["E06"] >= 1


@pytest.fixture(scope="module")
def merged_db(tmp_path_factory, pipeline):
    """The Geneva and Reykjavik meetings' articles, coded and merged in a database."""
    chosen = [a for a in _articles() if a["gold"] and a["gold"][0]["event"] in ("E05", "E06")]
    feed = tmp_path_factory.mktemp("dedup") / "feed.jsonl"
    feed.write_text("".join(json.dumps({k: a[k] for k in ("id", "date", "source", "title", "text")}) + "\n"
                    for a in chosen), "utf-8")
    path = feed.parent / "merged.duckdb"
    with Store(path) as store:
        store.save(list(pipeline.code_documents(d for d in read_inputs([str(feed)]) if not hasattr(d, "message"))))
        summary = rebuild(store.con)
    return path, summary, len(chosen)


def test_rebuild_fills_merged_events_mentions_and_stories(merged_db):
    path, summary, articles = merged_db
    with Store(path) as store:
        con = store.con
        events, linked = con.execute("SELECT count(*), count(merged_id) FROM events").fetchone()
        assert events == linked == summary.events > 0
        assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == events
        assert con.execute("SELECT sum(mentions) FROM merged_events").fetchone()[0] == events
        assert con.execute("SELECT count(*) FROM documents WHERE story_id IS NULL").fetchone()[0] == 0
        places = dict(con.execute(
            "SELECT location_name, max(articles) FROM merged_events WHERE source_code LIKE 'USA%' "
            "AND target_code LIKE 'RUS%' AND root = '04' AND location_name IS NOT NULL GROUP BY 1").fetchall())
        assert {"Geneva", "Reykjavík"} <= set(places) and max(places.values()) <= articles
        before = con.execute("SELECT merged_id, mentions FROM merged_events ORDER BY 1").fetchall()
        rebuild(con)  # idempotent: the same input gives the same merged events
        assert con.execute("SELECT merged_id, mentions FROM merged_events ORDER BY 1").fetchall() == before
