"""Users bring their PETRARCH/TABARI dictionaries: the validation dictionaries load and code."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import EVAL, need_shared
from parley.actors import Lexicon, PhraseIndex, find_mentions, resolve
from parley.actors.petrarch import read_actors, read_agents, split_code


@pytest.fixture(scope="module")
def dictionaries():
    need_shared()
    folder = EVAL / "petrarch2_validate_dicts"
    return folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt"


def test_split_code():
    assert split_code("PSEREBHMS") == ("PSE", "REB")
    assert split_code("IGOUNOMIL") == (None, "MIL")
    assert split_code("USAGOV") == ("USA", "GOV")


def test_reads_entries_synonyms_and_dated_codes(dictionaries):
    rows = read_actors(dictionaries[0].read_text("utf-8"))
    by_name = {}
    for name, code, country, org, sector, start, end in rows:
        by_name.setdefault(name, []).append((code, start, end))
    assert ("PSEREBHMS", "", "") in by_name["Hamas"]
    assert by_name["Smeagol"] == by_name["Gollum"]  # a +synonym shares the entry's codes
    assert ("HOBGOV", "1995-06-01", "1999-08-15") in by_name["Gollum"]
    assert ("HOBREB", "1999-08-17", "") in by_name["Gollum"]
    agents = dict(read_agents(dictionaries[1].read_text("utf-8")))
    assert agents["foreign minister"] == "GOV" and agents["attorneys general"] == "GOV"
    assert agents["congressman"] == "LEG"  # from the !PERSON! macro: CONGRESS!PERSON!


def test_dictionaries_code_actors_by_date(pipeline, dictionaries):
    lexicon = Lexicon.load(dictionaries)
    index = PhraseIndex(lexicon, pipeline.nlp.tokenizer)
    doc = pipeline.nlp("Smeagol met the Arnor foreign minister.")
    mentions = find_mentions(doc, index.find(doc))
    codes = {day: {resolve(doc, m, lexicon, day).code for m in mentions.values()}
             for day in (date(1994, 1, 1), date(1997, 1, 1), date(2001, 1, 1))}
    assert "HOB" in codes[date(1994, 1, 1)] and "HOBGOV" in codes[date(1997, 1, 1)]
    assert "HOBREB" in codes[date(2001, 1, 1)]
