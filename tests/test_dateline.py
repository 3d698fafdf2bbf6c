"""One wire-dateline pattern serves ingest (a dated dateline gets its own line), the parser (a sentence starts
after it; its place locates officials) and the document-type signals (a dateline reads as news)."""
import pytest

from parley.ingest.dateline import dateline_place, split_dateline
from parley.ingest.doctype import type_scores


@pytest.mark.parametrize("text, place, own_line", [
    ("MOSCOW, March 14, 2018 (Reuters) - Russia said it would expel British diplomats.", "MOSCOW", True),
    ("NEW YORK, 11 November 2018: The Security Council met.", "NEW YORK", True),
    ("LONDON, Ontario, March 3, 2020 - The mayor said.", "LONDON", True),
    ("GENEVA, March 1 - Lavrov said the talks were useful.", "GENEVA", False),  # no year: not split
    ("KYIV (Parley Wire) - Ukraine said on Monday.", "KYIV", False),
    ("Putin - the Russian leader - said nothing.", None, False),  # a name and a dash is no dateline
    ("Russia said on Monday it would respond.", None, False),
])
def test_datelines(text, place, own_line):
    assert dateline_place(text) == place
    split = split_dateline(text)
    assert (split != text) == own_line
    if own_line:
        first, rest = split.split("\n", 1)
        assert first.startswith(place) and rest[0].isupper() and first + " " + rest == text
    if place is not None:  # the dateline alone weighs 3 towards a news report
        assert type_scores(text)["news"] >= 3


def test_only_a_dateline_at_a_line_start_is_split():
    text = "Officials said so.\nTALLINN, March 24, 2022 (Parley Wire) - Estonia expelled a diplomat."
    assert split_dateline(text) == ("Officials said so.\nTALLINN, March 24, 2022 (Parley Wire) -\n"
                                    "Estonia expelled a diplomat.")


@pytest.mark.parametrize("text", [
    "ANTALYA, Turkey (Parley Wire) - Lavrov and Kuleba met on Thursday.",
    "CUCUTA, Colombia - Venezuelan troops fired tear gas at protesters.",
])
def test_a_country_after_the_place_belongs_to_the_dateline(text):
    assert dateline_place(text) == text.split(",")[0]


def test_a_dateline_country_is_no_actor(pipeline):
    # the country a dateline names says where the reporter files from: it takes no part in the events
    events = pipeline.code_text("ANKARA, Turkey (Parley Wire) - Russia and the United States exchanged prisoners on "
                                "Thursday, freeing two American journalists.", date="2024-08-02")
    found = {(e.source.code, e.code[:2], e.target.code) for e in events}
    assert ("RUS", "08", "USAMED") in found, found
    assert not any("TUR" in (s, t) for s, _, t in found), found
