"""The seed articles give the events a careful analyst would code, and nothing from their widgets."""
from __future__ import annotations

from datetime import date

import pytest

from parley.ingest import make_document


@pytest.fixture(scope="module")
def events_2018(pipeline, seed_2018):
    return pipeline.code_document(make_document("paris", "seed", text=seed_2018)).events


@pytest.fixture(scope="module")
def events_2016(pipeline, seed_2016):
    return pipeline.code_document(make_document("column", "seed", text=seed_2016)).events


def find(events, source, target, root):
    return [e for e in events if (e.source.country or e.source.org) == source
            and (e.target.country or e.target.org) == target and e.root == root]


def test_planned_paris_meeting(events_2018):
    meetings = [e for e in find(events_2018, "RUS", "USA", "04") + find(events_2018, "USA", "RUS", "04")
                if e.location and e.location.name == "Paris"]
    assert meetings, [(e.source.code, e.code, e.target.code, e.modality, e.location) for e in events_2018]
    assert {e.modality for e in meetings} == {"planned"}
    assert {e.source.code for e in meetings} <= {"RUSGOV", "USAGOV"}


def test_us_expels_russian_diplomats(events_2018):
    expulsions = find(events_2018, "USA", "RUS", "16")
    assert [(e.code, e.modality, e.source.code) for e in expulsions] == [("161", "asserted", "USAGOV")]


def test_us_military_accuses_russia_over_the_missile(events_2018):
    accusations = [e for e in find(events_2018, "USA", "RUS", "11") if e.source.code == "USAMIL"]
    assert accusations and accusations[0].code == "112"
    assert (accusations[0].date, accusations[0].date_precision) == (date(2017, 3, 5), "month")


def test_bolton_meets_putin_in_moscow(events_2018):
    meetings = [e for e in find(events_2018, "USA", "RUS", "04") + find(events_2018, "RUS", "USA", "04")
                if e.location and e.location.name == "Moscow"]
    assert meetings and all(e.modality == "asserted" for e in meetings)


def test_nato_deploys_troops_near_russia(events_2016):
    deployments = find(events_2016, "NATO", "RUS", "15")
    assert deployments, [(e.source.code, e.code, e.target.code) for e in events_2016]


def test_us_air_attack_on_syrian_troops_in_deir_ezzor(events_2016):
    attacks = find(events_2016, "USA", "SYR", "19")
    assert attacks and attacks[0].code == "195"
    assert attacks[0].target.code == "SYRMIL"
    assert attacks[0].location is not None and attacks[0].location.name == "Deir Ezzor"


def test_no_invented_events_from_widgets_or_disclaimers(events_2016, events_2018):
    widget_words = ("What do you think", "Notify of", "Leave a Reply", "Read more", "opinions expressed")
    for event in events_2016 + events_2018:
        assert not any(w in event.evidence for w in widget_words)


# -- when, where, who said it (issue 4) ---------------------------------------------------------------

def test_paris_meeting_is_planned_for_nov_11_in_paris(events_2018):
    meetings = [e for e in find(events_2018, "RUS", "USA", "04") + find(events_2018, "USA", "RUS", "04")
                if e.location and e.location.name == "Paris"]
    assert {(e.date, e.date_precision, e.modality) for e in meetings} == {(date(2018, 11, 11), "day", "planned")}
    assert meetings[0].location.country == "FRA" and meetings[0].location.lat is not None


def test_review_ordered_by_obama_is_dated_december_2016(events_2018):
    reviews = [e for e in events_2018 if e.root == "09" and e.source.country == "USA"]
    assert [(e.date, e.date_precision) for e in reviews] == [(date(2016, 12, 1), "month")]


def test_accusation_by_the_us_military_is_dated_march_2017(events_2018):
    accusations = [e for e in find(events_2018, "USA", "RUS", "11") if e.source.code == "USAMIL"]
    assert [(e.date.year, e.date.month, e.date_precision) for e in accusations] == [(2017, 3, "month")]


def test_bolton_meeting_is_in_moscow_russia(events_2018):
    meetings = [e for e in find(events_2018, "USA", "RUS", "04") if e.location and e.location.name == "Moscow"]
    assert meetings and meetings[0].location.country == "RUS" and meetings[0].location.feature == "city"


def test_helsinki_summit_is_a_meeting_of_putin_and_trump_in_july_2018(events_2018):
    # named without participants ("a dialogue ... that began at a July summit in Helsinki", "after the
    # bilateral summit in Helsinki"): the story's pair, once each way, dated by the one dated mention
    summits = [e for e in events_2018 if e.location is not None and e.location.name == "Helsinki"]
    assert sorted((e.source.code, e.target.code) for e in summits) == [("RUSGOV", "USAGOV"), ("USAGOV", "RUSGOV")]
    assert all(e.root == "04" and e.location.country == "FIN" and e.modality == "asserted" for e in summits)
    assert all((e.date.isoformat()[:7], e.date_precision) == ("2018-07", "month") for e in summits)
    assert all("July summit in Helsinki" in e.evidence for e in summits)


def test_no_event_has_a_side_acting_on_itself(events_2016, events_2018):
    for event in events_2016 + events_2018:  # "Trump intended to withdraw the US from the INF treaty"
        assert event.target.code not in (event.source.code, event.source.country)


def test_deir_ezzor_attack_is_dated_september_2016(events_2016):
    attacks = find(events_2016, "USA", "SYR", "19")
    assert [(e.date, e.date_precision) for e in attacks] == [(date(2016, 9, 1), "month")]
    assert attacks[0].location.country == "SYR"


def test_document_types_of_the_seeds(pipeline, seed_2016, seed_2018):
    assert make_document("column", "seed", text=seed_2016).doc_type == "opinion"
    assert make_document("paris", "seed", text=seed_2018).doc_type == "analysis"


def test_events_carry_their_document_type(events_2016, events_2018):
    assert {e.doc_type for e in events_2016} == {"opinion"}
    assert {e.doc_type for e in events_2018} == {"analysis"}


def test_putins_long_quote_is_attributed_to_putin(pipeline, seed_2016):
    quotes = pipeline.code_document(make_document("column", "seed", text=seed_2016)).quotes
    long_quote = next(q for q in quotes if q.text.startswith("We heard the statements"))
    assert long_quote.kind == "direct" and long_quote.speaker.code == "RUSGOV"
    assert long_quote.text.rstrip().endswith("stability and security.")  # three paragraphs, one quote
    trump = next(q for q in quotes if q.text.startswith("I want to tell the world community"))
    assert trump.speaker.code == "USAELI"  # president-elect in November 2016
