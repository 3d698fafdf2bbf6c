"""The analyst brief: built from articles coded by the real pipeline (the two USA-RUS seeds and the examples),
and from a few constructed rows where the assessment must follow from controlled numbers."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta

import duckdb
import pytest

from conftest import EXAMPLES
from parley.events.cameo import lookup
from parley.ingest import IngestError, make_document, read_inputs
from parley.model import Document
from parley.report import build_brief
from parley.store import Store

WINDOW = {"date_from": date(2016, 11, 1), "date_to": date(2018, 12, 31)}
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline, seed_2016, seed_2018):
    """A database coded from real text, closed so the brief opens it read-only by path."""
    documents = [make_document("summit_column_2016.txt", "seeds", text=seed_2016),
                 make_document("paris_meeting_analysis_2018.txt", "seeds", text=seed_2018),
                 *(d for d in read_inputs([str(EXAMPLES)]) if not isinstance(d, IngestError)),
                 Document(id="script.txt", title=f"{SCRIPT} Moscow expels envoys", source="Wire <b>",
                          text=f"Russia expelled two American diplomats {SCRIPT} on Monday.",
                          date=date(2019, 3, 12), date_precision="day")]
    path = tmp_path_factory.mktemp("report") / "brief.duckdb"
    with Store(path) as store:
        store.save(list(pipeline.code_documents(documents)))
    return path


@pytest.fixture(scope="module")
def brief(db):
    return build_brief(db, dyad="USA-RUS", **WINDOW)


def test_timeline_holds_the_dyads_events_with_real_dates_and_evidence_in_order(brief):
    expected = [  # (date as shown, direction, CAMEO code, start of the evidence sentence), in date order
        ("Nov 2016", "RUS→USA", "112", "In mid-November 2016 shortly after the election of Donald Trump"),
        ("Mar 2017", "USA→RUS", "112", "In early March 2017, the US military publicly accused Russia"),
        ("Jan 2018", "RUS→USA", "042", "In January 2018, directors of Russia’s three main intelligence"),
        ("Oct 2018 (article date)", "USA→RUS", "161", "Trump also expelled 60 Russian diplomats"),
        ("11 Nov 2018", "RUS→USA", "044", "Putin and Trump to meet in Paris"),
    ]
    entries = [(e.date_label, e.direction, e.code, e.evidence[0].sentence) for e in brief.timeline]
    positions = [next(i for i, (label, direction, code, sentence) in enumerate(entries)
                      if (label, direction, code) == want[:3] and sentence.startswith(want[3])) for want in expected]
    assert positions == sorted(positions)
    assert [e.date for e in brief.timeline] == sorted(e.date for e in brief.timeline)
    assert all(WINDOW["date_from"] <= e.date <= WINDOW["date_to"] for e in brief.timeline)
    for e in brief.timeline:  # one side each: no USAGOV -> USA, no Baltic or Syrian events
        assert {e.source_code[:3], e.target_code[:3]} == {"USA", "RUS"}
    paris = next(e for e in brief.timeline if e.code == "044" and e.place == "Paris")
    assert paris.date == date(2018, 11, 11)
    helsinki = next(e for e in brief.timeline if e.code == "044" and e.place == "Helsinki")
    assert (helsinki.date, helsinki.modality) == (date(2018, 7, 1), "asserted")  # the July 2018 summit, held
    assert paris.evidence[0].doc_id == "paris_meeting_analysis_2018.txt"


def test_a_planned_meeting_is_flagged_as_planned_wherever_it_is_shown(brief):
    paris = [e for e in brief.timeline if e.code == "044" and e.place == "Paris"]
    assert paris and all(e.modality == "planned" and e.flag.startswith("PLANNED") for e in paris)
    for e in paris:
        entry = re.search(rf'<li id="event-{e.ref}".*?</li>', brief.html, re.DOTALL).group(0)
        assert '<span class="flag">PLANNED' in entry
        assert re.search(rf"^\d+\. .*PLANNED.*\[\^{e.ref}\]$", brief.markdown, re.MULTILINE)
    held = next(e for e in brief.timeline if e.code == "112")
    entry = re.search(rf'<li id="event-{held.ref}".*?</li>', brief.html, re.DOTALL).group(0)
    assert held.flag is None and "PLANNED" not in entry


def test_quad_class_counts_equal_a_sql_count(brief, db):
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("""
            SELECT source_country || '→' || target_country, quad_class, count(*) FROM (
                SELECT DISTINCT source_code, target_code, code, date, modality, quad_class,
                                source_country, target_country
                FROM events WHERE date BETWEEN ? AND ? AND modality <> 'negated'
                AND [source_country, target_country] IN (['USA', 'RUS'], ['RUS', 'USA']))
            GROUP BY ALL""", [WINDOW["date_from"], WINDOW["date_to"]]).fetchall()
    expected = {"USA→RUS": dict.fromkeys(range(1, 5), 0), "RUS→USA": dict.fromkeys(range(1, 5), 0)}
    for direction, quad, n in rows:
        expected[direction][quad] = n
    assert brief.counts == expected
    assert sum(map(sum, (c.values() for c in expected.values()))) >= 8
    assert brief.basis == "events"  # nothing in merged_events: raw events grouped


def test_markdown_has_the_three_sections_and_a_footnote_for_every_entry(brief):
    md = brief.markdown
    assert md.index("## Background") < md.index("## Analysis") < md.index("## Assessment") < md.index("## Evidence")
    for e in brief.timeline:
        assert f"[^{e.ref}]: " in md and md.count(f"[^{e.ref}]") >= 2
    assert "“Putin and Trump to meet in Paris”" in md
    assert "| 3 verbal conflict |" in md and "| Mar 2017 | 1 |" in md


def test_html_links_every_entry_to_its_evidence_and_is_self_contained(brief, db):
    html = brief.html
    for e in brief.timeline:
        assert f'href="#evidence-{e.ref}"' in html and f'id="evidence-{e.ref}"' in html
    assert "Putin and Trump to meet in Paris</blockquote>" in html and "<svg" in html
    assert not re.search(r"<script|<link|\bsrc=|/documents/", html)
    served = build_brief(db, dyad="usa-rus", link_base="http://localhost:8000/", **WINDOW)
    assert 'href="http://localhost:8000/documents/paris_meeting_analysis_2018.txt"' in served.html
    assert "(<http://localhost:8000/documents/summit_column_2016.txt>)" in served.markdown
    assert json.loads(json.dumps(served.to_json(), default=str))["timeline"][0]["evidence"]


def test_article_text_is_escaped(db):
    brief = build_brief(db, dyad="RUS-USA", date_from="2019-01-01", date_to="2019-12-31")
    [event] = brief.timeline
    assert SCRIPT in event.evidence[0].sentence and SCRIPT in event.evidence[0].title
    assert "<script" not in brief.html and "<b>" not in brief.html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in brief.html and "Wire &lt;b&gt;" in brief.html
    assert not re.search(r"(?<!\\)<(script|b)", brief.markdown) and r"\<script\>" in brief.markdown


def test_no_events_gives_a_brief_that_says_so(db):
    brief = build_brief(db, dyad="FRA-BRA", **WINDOW)
    assert brief.timeline == [] and brief.assessment.direction == "no events"
    assert "No events between FRA and BRA in this window" in brief.html
    assert "No events between FRA and BRA in this window" in brief.markdown
    assert len(brief.trend) == 26 and all(p.events == 0 for p in brief.trend)


@pytest.mark.parametrize("dyad", ["USARUS", "USA-", "USA-USA", "U-RUS", "USA-RUS-CHN", "", "USA_RUS"])
def test_a_bad_dyad_is_a_value_error_naming_the_field(db, dyad):
    with pytest.raises(ValueError, match="^dyad: "):
        build_brief(db, dyad=dyad)


def test_bad_dates_are_value_errors_naming_the_field(db):
    with pytest.raises(ValueError, match="^date_from: "):
        build_brief(db, dyad="USA-RUS", date_from="1 Nov 2016")
    with pytest.raises(ValueError, match="^date_from: "):
        build_brief(db, dyad="USA-RUS", date_from=date(2019, 1, 1), date_to=date(2018, 1, 1))


# -- constructed rows: the assessment follows from the numbers ------------------------------------------------
@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "made.duckdb") as store:
        store.con.execute("INSERT INTO documents (doc_id, content_hash, source, date, doc_type, text, n_events)"
                          " VALUES ('made', 'h', 'Made Wire', '2020-01-01', 'news', 'text', 0)")
        yield store


def add(store, day: date, code: str, source="USAGOV", target="RUSGOV", modality="asserted", doc_id="made"):
    cameo = lookup(code)
    event_id = f"{doc_id}-{day}-{code}-{source}-{modality}"
    store.con.execute(
        "INSERT INTO events (event_id, doc_id, sentence_index, source_code, source_country, target_code,"
        " target_country, code, root, quad_class, goldstein, modality, date, date_precision, evidence,"
        " evidence_start, evidence_end)"
        " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, 0, 10)",
        [event_id, doc_id, source, source[:3], target, target[:3], code, cameo.root, cameo.quad_class,
         cameo.goldstein, modality, day, f"{source} {cameo.name} {target} on {day}."])
    return event_id


def months(first: int, n: int) -> list[date]:
    return [date(2020, first + k, 10) for k in range(n)]


def test_rising_conflict_is_deteriorating_with_the_numbers_and_the_threshold(store):
    for day in months(1, 4):
        add(store, day, "042")  # visits, +1.9
    for day in months(8, 4):
        add(store, day, "173", source="RUSGOV", target="USAGOV")  # arrests, -5.0
    add(store, date(2020, 2, 20), "190", modality="negated")  # "did not attack": listed, not counted
    brief = build_brief(store.con, dyad="USA-RUS", date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))
    a = brief.assessment
    assert a.direction == "deteriorating"
    assert (a.first.events, a.first.mean_goldstein, a.first.conflict_share) == (4, 1.9, 0.0)
    assert (a.second.events, a.second.mean_goldstein, a.second.conflict_share) == (4, -5.0, 1.0)
    assert "+1.9" in a.summary and "-5.0" in a.summary and "at least 1.0 in mean Goldstein" in a.rule
    assert brief.counts == {"USA→RUS": {1: 4, 2: 0, 3: 0, 4: 0}, "RUS→USA": {1: 0, 2: 0, 3: 0, 4: 4}}
    negated = next(e for e in brief.timeline if e.modality == "negated")
    assert negated.flag.startswith("NEGATED") and "**Deteriorating.**" in brief.markdown
    assert [p.events for p in brief.trend] == [1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0]  # the negated one is not counted


def test_the_same_mix_in_both_halves_is_stable_and_too_few_events_say_so(store):
    for day in months(1, 3) + months(7, 3):
        add(store, day, "042")
        add(store, day + timedelta(days=1), "112", source="RUSGOV", target="USAGOV")
    window = {"date_from": date(2020, 1, 1), "date_to": date(2020, 12, 31)}
    assert build_brief(store.con, dyad="USA-RUS", **window).assessment.direction == "stable"
    short = build_brief(store.con, dyad="USA-RUS", date_from=date(2020, 3, 1), date_to=date(2020, 8, 31))
    assert short.assessment.direction == "insufficient evidence"  # 2 events in the first half


def test_merged_events_rank_the_timeline_by_articles_and_sources(store):
    con = store.con
    for n, outlet in enumerate(["A", "B", "C"]):
        con.execute("INSERT INTO documents (doc_id, content_hash, title, source, date, doc_type, text, n_events)"
                    " VALUES (?, ?, ?, ?, '2020-05-02', 'news', 'text', 1)", [f"d{n}", f"h{n}", f"Story {n}", outlet])
    mentions = [add(store, date(2020, 5, 1), "161", doc_id=f"d{n}") for n in range(3)]
    single = add(store, date(2020, 6, 1), "190", doc_id="d0")
    rows = [("m1", mentions[0], "161", "2020-05-01", 3, 3, 3), ("m2", single, "190", "2020-06-01", 1, 1, 1)]
    for merged_id, event_id, code, day, articles, sources, count in rows:
        cameo = lookup(code)
        con.execute("INSERT INTO merged_events (merged_id, event_id, source_code, target_code, code, root, quad_class,"
                    " goldstein, modality, date, date_precision, articles, sources, mentions, stories)"
                    " VALUES (?, ?, 'USAGOV', 'RUSGOV', ?, ?, ?, ?, 'asserted', ?, 'day', ?, ?, ?, 1)",
                    [merged_id, event_id, code, cameo.root, cameo.quad_class, cameo.goldstein, day, articles,
                     sources, count])
    for merged_id, event_ids in (("m1", mentions), ("m2", [single])):
        for event_id in event_ids:
            con.execute("INSERT INTO event_mentions SELECT ?, event_id, doc_id, 0, NULL, date, 1.0 FROM events"
                        " WHERE event_id = ?", [merged_id, event_id])
    brief = build_brief(con, dyad="USA-RUS", date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))
    assert brief.basis == "merged_events"
    assert [(e.code, e.articles, e.sources) for e in brief.top_events] == [("161", 3, 3), ("190", 1, 1)]
    assert [x.outlet for x in brief.top_events[0].evidence] == ["A", "B", "C"]
    assert "Story 2 · C · 2 May 2020 · news" in brief.html


def test_side_codes_follow_the_actor_sectors():
    from parley.actors.petrarch import SECTORS
    from parley.report.brief import SECTORS as REPORT_SECTORS, side_pattern

    assert REPORT_SECTORS == sorted(SECTORS)
    usa, nato, state = (re.compile(side_pattern(s)) for s in ("USA", "NATO", "IS"))
    assert all(usa.fullmatch(c) for c in ("USA", "USAGOV", "USAMILGOV", "USAELI"))
    assert not usa.fullmatch("USAX") and nato.fullmatch("NATOMIL") and not state.fullmatch("ISRGOV")
