"""Families of expressions for CAMEO roots 13-20 added in patterns_pressure.tsv and patterns_force.tsv.
Each row is a sentence written for this table, an event it must give and, where it matters, one it must not;
rows with no wanted event are sport, business or figurative senses that must give none."""
from __future__ import annotations

from datetime import date

import pytest

from coding import check

DAY = date(2021, 3, 9)

CASES = [
    # 191: a siege or blockade ordered, tightened or enforced
    ("Israel on Tuesday ordered a total siege of the Gaza Strip.", ("ISR", "191", "PSE"), None),
    ("Azerbaijan tightened its blockade on Armenia on Friday, officials in Yerevan said.", ("AZE", "191", "ARM"), None),
    # 175: live ammunition against crowds, and its threat
    ("Myanmar security forces used live ammunition against protesters in Yangon on Sunday.", ("MMR", "175", "MMR"), None),
    ("Nigerian soldiers fired live rounds at demonstrators in Lagos on Tuesday, witnesses said.", ("NGA", "175", "NGA"), None),
    # 152: drills held around or near another country
    ("China's navy held drills near Taiwan on Wednesday, the defence ministry in Taipei said.", ("CHN", "152", "TWN"), None),
    ("Russia conducted military exercises around Ukraine on Thursday.", ("RUS", "152", "UKR"), None),
    # 182: people beaten (not a side outplayed), with the object the parser makes a participle's subject
    ("Israeli settlers beat Palestinian farmers harvesting olives near Nablus on Friday, local officials said.",
     ("ISR", "182", "PSE"), None),
    ("Brazil beat Argentina 2-0 in Rio de Janeiro on Tuesday.", None, ("BRA", "", "ARG")),
    # a that-clause with its own auxiliary is what is charged, not whom
    ("Israel charged on Saturday that Hamas was using hospitals as human shields.", None, ("ISR", "17", "HAMAS")),
    # 1823: killing by physical assault
    ("A crowd in Kabul kicked a Pakistani man to death on Friday, police said.", ("AFG", "1823", "PAK"), None),
    # 1312 / 132: what a threat is of, in a with-phrase
    ("Washington threatened Caracas with new sanctions on Monday.", ("USA", "1312", "VEN"), None),
    ("Turkey threatened Sweden with tariffs on Wednesday.", ("TUR", "1312", "SWE"), None),
    # 162: funding halted or withheld
    ("The United States halted funding to the World Health Organization on Tuesday.", ("USA", "162", "WHO"), None),
    ("Canada withheld its contributions to the UN agency for Palestinian refugees on Friday.", ("CAN", "16", "UN"), None),
    # not events: an evacuation drill, sport and figurative senses
    ("Japan held an earthquake drill near its border with Russia on Monday.", None, ("JPN", "15", "RUS")),
    ("France crushed Italy 35-10 in Saturday's Six Nations match.", None, ("FRA", "19", "ITA")),
    ("Germany fired its coach after a 6-0 defeat by Spain.", None, ("DEU", "19", "ESP")),
    ("Brazil blockaded Argentina's attack for most of the second half.", None, ("BRA", "19", "ARG")),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_families_high(pipeline, case):
    check(pipeline, DAY, case)
