"""An actor named by its sector alone takes a country by the rows of actors/data/actor_countries.tsv."""
from __future__ import annotations

import pytest

from parley.actors.actor_countries import load_country_rules, sector_groups


def coded(pipeline, text):
    return {(e.source.code, e.code, e.target.code) for e in pipeline.code_text(text, date="2023-05-01")}


def test_groups_expand_into_sector_codes():
    groups = sector_groups()
    assert groups["DOMESTIC"] <= groups["LOCAL"] and {"REB", "JUD"} <= groups["LOCAL"]
    assert all(len(code) == 3 for codes in groups.values() for code in codes)


def test_rules_are_read_in_order():
    rules = load_country_rules()
    assert (rules[0].actor, rules[0].country, rules[0].roots) == ("either", "other", {"03", "04", "05", "06", "08"})
    assert (rules[1].actor, rules[1].country, rules[1].other) == ("either", "place", None)
    assert None in rules[7].other and rules[7].roots == {"14"}  # "none": an other with no sector
    assert None in rules[8].other and rules[8].roots == {"09", "17"}


@pytest.mark.parametrize("text, wanted", [
    # row "either LOCAL * * place": police and protesters in Minsk are Belarusian
    ("Police arrested dozens of opposition protesters in Minsk on Sunday.", ("BLRCOP", "173", "BLROPP")),
    # row "source MIL DOMESTIC 20 other": an army named alone that massacres or expels a people's civilians is theirs
    ("Government forces massacred more than 100 Tigrayan civilians last month, witnesses said.",
     ("ETHMIL", "202", "ETHCVL")),
    # row "source COP JUD STATE 09 17 other": those who question a state's leader (out of office too) are that state's
    ("Prosecutors questioned former Peruvian president Pedro Castillo on Tuesday.", ("PERJUD", "091", "PERELI")),
    # ... and those who try them
    ("Former president Alberto Fujimori was convicted by the Supreme Court on Tuesday of ordering killings.",
     ("PERJUD", "116", "PERELI")),
    # ... and so are soldiers who detain them ("source COP JUD MIL STATE 09 11 17 other")
    ("Soldiers detained President Mohamed Bazoum at his residence in Niamey on Wednesday.",
     ("NERMIL", "173", "NERGOV")),
    # row "target STATE ARMED 17 18 place": an official seized where they work is of that place, not of the forces
    ("Russian troops detained the mayor at his office in Melitopol on Friday.", ("RUSMIL", "173", "UKRGOV")),
    # row "either REB STATE * other": the rebels a government makes a truce with are its own
    ("The Nigerian government signed a ceasefire with the rebels on Monday.", ("NGAGOV", "0871", "NGAREB")),
    # row "either STATE REB * other": and the government an armed group deals with is its country's
    ("The Tamil Tigers rejected a government demand to lay down their arms.", ("LTTE", "124", "LKAGOV")),
    # row "target DOMESTIC none 08 other": a state named alone that frees prisoners frees its own
    ("Nicaragua freed 222 political prisoners on Thursday.", ("NIC", "0841", "NICCVL")),
    # row "target DOMESTIC REB 18 19 20 other_alone": an armed group's victims, where nothing else says whose
    ("Boko Haram fighters abducted dozens of women collecting firewood near Gamboru on Tuesday.",
     ("BOKOHARAM", "181", "NGACVL")),
])
def test_sector_only_actor_takes_a_country(pipeline, text, wanted):
    assert wanted in coded(pipeline, text)


def test_an_armed_groups_victims_are_not_its_own_where_the_sentence_names_another_country(pipeline):
    found = coded(pipeline, "More than 100 people were taken hostage by Hamas gunmen and spirited into Gaza on "
                            "Saturday, Israeli officials said.")
    assert not [t for _, _, t in found if t and t.startswith("PSE")], found
