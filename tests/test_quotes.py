"""Quotes and their speakers: a speaker named again by pronoun, title or surname, parties by the day,
datelines; and the quote and document-type gold sets against their floors."""
from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import ROOT
from parley.evaluate import evaluate_files
from parley.model import Document

FLOORS = json.loads((ROOT / "tests" / "data" / "evaluate_floors.json").read_text("utf-8"))


def _speakers(pipeline, text: str, day: date = date(2023, 5, 4)) -> list[tuple[str, str | None]]:
    coded = pipeline.code_document(Document(id="t", text=text, date=day, date_precision="day"))
    return [(q.text[:20], q.speaker.code if q.speaker else None) for q in coded.quotes]


def test_pronoun_title_and_surname_take_the_earlier_full_mention(pipeline):
    text = ("Turkish President Recep Tayyip Erdogan warned the European Union on Monday. "
            "\"We will not stay silent while our border burns,\" he said in Ankara.\n\n"
            "UN Secretary-General Antonio Guterres called for restraint. "
            "\"Civilians must be protected on every side of this line,\" the secretary-general said.\n\n"
            "Senior Hamas official Osama Hamdan spoke in Beirut. "
            "\"The resistance will continue whatever happens next,\" Hamdan said.")
    assert _speakers(pipeline, text) == [("We will not stay sil", "TURGOV"), ("Civilians must be pr", "UNGOV"),
                                         ("The resistance will ", "HAMAS")]


def test_a_pronoun_after_reported_speech_is_the_speaker_not_the_person_spoken_of(pipeline):
    text = ("Opposition figure Yulia Navalnaya told delegates on Friday that Vladimir Putin would be held to "
            "account.\n\n\"I want them to know that they will not escape punishment,\" she said.")
    speakers = dict(_speakers(pipeline, text))
    assert speakers["I want them to know "] != "RUSGOV"


def test_party_leaders_are_opposition_or_government_by_the_day(pipeline):
    text = "\"The prime minister has lost control of his own party,\" Labour leader Keir Starmer said."
    assert _speakers(pipeline, text, date(2023, 5, 4))[0][1] == "GBROPP"
    assert _speakers(pipeline, "\"We will rebuild this country together,\" said Labour Party spokesman Pat "
                               "McFadden.", date(2025, 3, 1))[0][1] == "GBRGOV"


def test_a_dateline_is_not_the_speaker_and_gives_an_official_his_country(pipeline):
    text = ("KYIV, June 12 - Deputy Defence Minister Hanna Maliar said Ukrainian troops had advanced "
            "several kilometres in the south.")
    quote = pipeline.code_document(Document(id="t", text=text, date=date(2023, 6, 12), date_precision="day")).quotes[0]
    assert quote.kind == "indirect" and quote.speaker.code == "UKRGOV"
    assert "GENEVA" not in quote.speaker.text


def test_an_unnamed_observer_keeps_no_code(pipeline):
    text = "\"The shelling went on for an hour after the deadline,\" a witness told reporters in Donetsk."
    assert _speakers(pipeline, text)[0][1] is None


def test_quote_gold_set_meets_its_floors(pipeline):
    report = evaluate_files([str(ROOT / "tests" / "data" / "quotes")], pipeline=pipeline)
    right, scored = report.attributes["quote speaker (found quotes)"]
    assert right / scored >= FLOORS["quotes"]["speaker"], report.attributes
    found, gold = report.attributes["quote found"]
    assert found / gold >= FLOORS["quotes"]["found"]
    matched, predicted = report.attributes["quote precision"]
    assert matched / predicted >= FLOORS["quotes"]["precision"]
    assert report.levels["country-root"].tp + report.levels["country-root"].fp == 0  # no event gold: not scored


def test_document_type_gold_set_meets_its_floor(pipeline):
    report = evaluate_files([str(ROOT / "tests" / "data" / "doctypes")], pipeline=pipeline)
    right, scored = report.attributes["document type"]
    assert scored == 48 and right / scored >= FLOORS["doctypes"]["accuracy"], report.attributes
