"""Date expressions resolved against fixed reference dates, and document dates inferred from text."""
from __future__ import annotations

from datetime import date

import pytest

from parley.dates import infer_document_date, resolve

REF = date(2018, 10, 23)  # a Tuesday


@pytest.mark.parametrize("text, future, value, precision", [
    ("on Nov. 11", True, date(2018, 11, 11), "day"),
    ("in December 2016", None, date(2016, 12, 1), "month"),
    ("in mid-November 2016", None, date(2016, 11, 15), "month"),
    ("early March 2017", None, date(2017, 3, 5), "month"),
    ("next month", None, date(2018, 11, 1), "month"),
    ("last month", None, date(2018, 9, 1), "month"),
    ("last week", None, date(2018, 10, 16), "week"),
    ("yesterday", None, date(2018, 10, 22), "day"),
    ("on Monday", False, date(2018, 10, 22), "day"),
    ("on Monday", True, date(2018, 10, 29), "day"),
    ("on Friday", None, date(2018, 10, 19), "day"),
    ("two days later", None, date(2018, 10, 25), "day"),
    ("three weeks ago", None, date(2018, 10, 2), "week"),
    ("in 2016", None, date(2016, 1, 1), "year"),
    ("Sept. 5, 2016", None, date(2016, 9, 5), "day"),
    ("5 March 2017", None, date(2017, 3, 5), "day"),
    ("in July", False, date(2018, 7, 1), "month"),
    ("in January", True, date(2019, 1, 1), "month"),
    ("on Christmas Eve", False, date(2017, 12, 24), "day"),
    ("on New Year's Day", True, date(2019, 1, 1), "day"),
    ("on Christmas Day 2015", None, date(2015, 12, 25), "day"),
    # a span of days is dated by its first ("20" had been read as the year 2120)
    ("on November 19-20", True, date(2018, 11, 19), "day"),
    ("3 to 5 March 2017", None, date(2017, 3, 3), "day"),
])
def test_resolve(text, future, value, precision):
    found = resolve(text, REF, future=future)
    assert found is not None, text
    assert (found.value, found.precision) == (value, precision)


def test_no_anchor_is_no_date():
    assert resolve("recent years", REF) is None
    assert resolve("", REF) is None


def test_infers_the_2018_seed_date_from_next_month_and_nov_11(pipeline, seed_2018):
    from parley.ingest.boilerplate import clean_text

    found = infer_document_date(pipeline.nlp(clean_text(seed_2018)))
    assert found is not None
    assert (found.value, found.precision) == (date(2018, 10, 1), "month")


def test_noun_modifying_years_are_references_not_dates(pipeline):
    doc = pipeline.nlp("The 1987 treaty banned such missiles. Officials met in March 2015 to discuss it.")
    found = infer_document_date(doc)
    assert (found.value, found.precision) == (date(2015, 3, 1), "month")


def test_a_noun_event_takes_the_time_of_its_own_verb(pipeline):
    # "a ceasefire ... will take effect on Sunday": the ceasefire is Sunday's, not the article's Saturday
    events = pipeline.code_text("A ceasefire between India and Pakistan will take effect on Sunday, officials said.",
                                date=date(2021, 2, 20))
    assert {(e.code, e.date) for e in events} == {("0871", date(2021, 2, 21))}


def test_an_intent_takes_the_tense_of_the_verb_that_tells_it(pipeline):
    # "pledged to back ... on Monday": the pledge was made last Monday, not next Monday
    events = pipeline.code_text("German Chancellor Olaf Scholz pledged to back Moldova's bid to join the European "
                                "Union during talks in Chisinau on Monday.", date=date(2023, 5, 17))
    assert {(e.code[:2], e.modality, e.date) for e in events if e.code.startswith("03")} == {
        ("03", "asserted", date(2023, 5, 15))}, events


def test_an_event_with_no_time_of_its_own_takes_a_conjoined_or_reporting_verbs(pipeline):
    # the day of the reporting clause, not the article's next day
    events = pipeline.code_text("Egypt has offered to send troops to Somalia, Somalia's ambassador in Cairo said on "
                                "Wednesday.", date=date(2024, 8, 15))
    assert {(e.source.code, e.date) for e in events} == {("EGY", date(2024, 8, 14))}, events
    # "downgraded ... and suspended ... on Wednesday": one day for both acts
    events = pipeline.code_text("Pakistan downgraded diplomatic relations with India and suspended bilateral trade "
                                "on Wednesday.", date=date(2019, 8, 8))
    assert events and {e.date for e in events} == {date(2019, 8, 7)}, events
    # "did not meet ... on Wednesday" is a past Wednesday: the auxiliary has the tense
    events = pipeline.code_text("US President Joe Biden did not meet Palestinian President Mahmoud Abbas in Amman "
                                "on Wednesday.", date=date(2023, 10, 19))
    assert {(e.modality, e.date) for e in events} == {("negated", date(2023, 10, 18))}, events


def test_a_weekday_before_a_time_of_day_dates_the_event(pipeline):
    # the tagger splits "Thursday" (DATE) from "night" (TIME) and hangs the day on the night
    events = pipeline.code_text("US and British warplanes struck Houthi targets across Yemen on Thursday night.",
                                date="2024-01-12")
    assert events and {(e.date.isoformat(), e.date_precision) for e in events} == {("2024-01-11", "day")}


def test_a_weekday_the_tagger_runs_past_a_comma_still_dates_the_event(pipeline):
    # NER reads "Tuesday, days" as one date
    events = pipeline.code_text("Israel launched a ground offensive against Hezbollah in southern Lebanon on Tuesday, "
                                "days after killing the group's leader.", date="2024-10-02")
    assert {(e.date.isoformat(), e.date_precision) for e in events if e.root == "19"} == {("2024-10-01", "day")}


def test_the_copula_of_a_stance_adjective_carries_its_time(pipeline):
    # the parser hangs "on Friday" on "was", the copula of "ready"
    events = pipeline.code_text("Pashinyan said on Friday he was ready to meet Aliyev.", date="2024-04-20")
    assert {(e.code, e.date.isoformat(), e.date_precision) for e in events} == {("036", "2024-04-19", "day")}


def test_a_sentence_that_dates_one_thing_dates_what_it_tells(pipeline):
    # the day hangs on "were killed"; the shooting of the "when" clause took place then too
    events = pipeline.code_text("At least 18 people were killed on Sunday when police opened fire on protesters in "
                                "Yangon.", date="2021-03-01")
    assert {(e.root, e.date.isoformat(), e.date_precision) for e in events} == {("17", "2021-02-28", "day")}, events


def test_an_order_to_ones_own_army_is_carried_out_when_it_is_given(pipeline):
    # "to launch" has no tense of its own: the day is that of the order, and the act is done, not planned
    events = pipeline.code_text("Ethiopian Prime Minister Abiy Ahmed ordered the army to launch military operations "
                                "against the Tigray People's Liberation Front on Wednesday.", date="2020-11-05")
    assert {(e.root, e.modality, e.date.isoformat()) for e in events} == {("19", "asserted", "2020-11-04")}, events


def test_a_purpose_takes_the_tense_of_the_act_it_is_the_purpose_of(pipeline):
    # "to disperse" has no tense of its own: police who fired on Monday night dispersed the crowd then, not next Monday
    events = pipeline.code_text("Kenyan police fired tear gas to disperse opposition supporters in Nairobi on Monday "
                                "night, witnesses said.", date="2017-10-21")
    assert {(e.code, e.modality, e.date.isoformat()) for e in events} == {("175", "asserted", "2017-10-16")}, events


def test_an_attempt_told_in_the_past_was_made_then(pipeline):
    # "tried to kill" had been a planned killing next Saturday; it is an attempted assassination last Saturday (185)
    events = pipeline.code_text("Separatist rebels tried to kill President Chandrika Kumaratunga at an election rally "
                                "in Colombo on Saturday night, police said.", date="1999-12-19")
    assert {(e.code, e.modality, e.date.isoformat()) for e in events} == {("185", "asserted", "1999-12-18")}, events
    # an attempt made at something other than a life is that act; one still being tried or to come is planned
    events = pipeline.code_text("Opposition protesters tried to storm the parliament in Tbilisi on Thursday.",
                                date="2024-05-17")
    assert {(e.root, e.modality, e.date.isoformat()) for e in events} == {("14", "asserted", "2024-05-16")}, events
    events = pipeline.code_text("Russia will try to seize Kharkiv next month, Ukrainian officials said.",
                                date="2024-05-17")
    assert {(e.code, e.modality) for e in events} == {("192", "planned")}, events


def test_a_past_form_the_tagger_takes_for_a_present_is_past(pipeline):
    # the model tags "retook" as a present (VBP): "on Friday" had been next Friday, and the act planned
    events = pipeline.code_text("Ukrainian forces retook Kherson from Russian troops on Friday.", date="2022-11-14")
    assert {(e.code, e.modality, e.date.isoformat()) for e in events} == {("192", "asserted", "2022-11-11")}, events


def test_the_next_day_and_the_same_day_count_from_the_storys_last_day(pipeline):
    # the story's day comes from any sentence, coded or not ("halted the certification" is no event)
    events = pipeline.code_text("Trump announced in Riyadh on Tuesday that he would lift sanctions on Syria. The next "
                                "day, he met Syrian President Ahmed al-Sharaa. Scholz halted the pipeline's "
                                "certification on Tuesday. Dmitry Medvedev mocked the German decision the same day.",
                                date="2025-05-15")
    assert {(e.code, e.date.isoformat()) for e in events if e.root in ("04", "11")} == {
        ("040", "2025-05-14"), ("111", "2025-05-13")}, events
