"""Pressure events (patterns_pressure.tsv): 09 investigate, 14 protest, 16 reduce relations, 17 coerce.
One family per group of rows, on sentences written for these tests; the last rows check non-political senses."""
from __future__ import annotations

from datetime import date

import pytest

from coding import Case, check

DAY = date(2018, 10, 23)

CASES = [
    # goods banned are an embargo on their country; tariffs doubled are tariffs raised, and what they retaliate for is
    # their reason, not news
    Case("Russia banned Turkish tomatoes and poultry on Monday.", ("RUS", "163", "TUR"), forbidden_roots="17"),
    Case("Turkey doubled tariffs on US cars on Wednesday, retaliating for Washington's sanctions on two Turkish "
         "ministers.", ("TUR", "163", "USA"), unwanted=("USA", "16", "TUR")),
    # what is condemned is judged, not reported
    Case("The UN General Assembly voted on Wednesday for the 30th time to condemn the US economic embargo on Cuba.",
         unwanted=("USA", "16", "CUB")),
    # prisoners protest against those who hold them
    Case("Palestinian prisoners in Israeli jails went on hunger strike on Monday.", ("PSE", "142", "ISR"),
         unwanted=("PSE", "14", "PSE")),
    # leaving a bloc of states reduces relations with it (160); forces leaving a town retreat (087)
    Case("Mali, Burkina Faso and Niger announced on Sunday that they were withdrawing from ECOWAS.",
         ("MLI", "160", "ECOWAS"), forbidden_roots="08"),
    Case("Burundi quit the International Criminal Court on Friday.", ("BDI", "160", "ICC")),
    Case("Ukrainian troops withdrew from the town of Avdiivka on Saturday.", forbidden_roots="16"),
    # trade measures on goods are on the country they come from
    Case("Washington raised tariffs on $200 billion worth of Chinese goods on Friday.", ("USA", "163", "CHN")),
    Case("The European Commission launched an anti-subsidy investigation into electric vehicles imported from China.",
         ("EU", "09", "CHN")),
    # an investigation opened by a verb that is not a light one
    Case("The European Union reopened its investigation into Gazprom.", ("EU", "09", "RUSBUS")),
    # questioning by investigators, and being under investigation
    Case("FBI agents questioned the Iranian diplomat for several hours.", ("USACOP", "091", "IRNGOV")),
    Case("The Iranian foreign minister is under investigation by US prosecutors.", ("USAJUD", "091", "IRNGOV")),
    # searching a home or office is an investigation
    Case("Turkish police searched the home of the Dutch journalist.", ("TURCOP", "091", "NLDMED")),
    # a hunger strike is against the government at home
    Case("Jailed Egyptian activist Alaa Abd el-Fattah declared a hunger strike on Saturday.",
         ("EGYOPP", "142", "EGYGOV")),
    # a general strike by unions
    Case("Nigerian labour unions launched an indefinite general strike on Monday.", ("NGALAB", "143", "NGAGOV")),
    # a blockade is against whom its demand asks, not the neighbour its crossings lead to
    Case("Polish truck drivers blocked three border crossings with Ukraine on Monday, demanding that the EU reinstate "
         "permits for Ukrainian hauliers.", ("POL", "144", "EU"), ("POL", "14", "UKR")),
    # protesters blocking roads, and rioting
    Case("Thousands of Kenyan protesters blocked roads in Nairobi.", ("KENOPP", "144", "KENGOV")),
    Case("Egyptian demonstrators rioted in Cairo on Friday.", ("EGYOPP", "145", "EGYGOV")),
    # storming a building
    Case("Sri Lankan protesters stormed the presidential palace in Colombo.", ("LKAOPP", "145", "LKAGOV")),
    # a protest against something that is no actor is against the government at home
    Case("Thousands of Georgians staged a protest against the foreign agents law.", ("GEO", "141", "GEOGOV")),
    # halting mediation between two sides halts it with each
    Case("Egypt suspended its mediation between Israel and Hamas.", (("EGY", "165", "ISR"), ("EGY", "165", "HAMAS"))),
    # diplomats ordered out, and expulsion from a body
    Case("Niger ordered two French diplomats to leave the country.", ("NER", "161", "FRAGOV")),
    Case("Russia was expelled from the Council of Europe.", ("COE", "16", "RUS")),
    # a state of emergency falls on the civilians
    Case("Peru declared a state of emergency in Lima.", ("PER", "1724", "PERCVL")),
    # police shooting demonstrators is repression
    Case("Kenyan police shot dead two protesters in Nairobi.", ("KENCOP", "175", "KENOPP")),
    # an internet shutdown
    Case("Indian authorities suspended mobile internet services in Manipur.", ("INDGOV", "1721", "INDCVL")),
    # a campaign rally and a disaster's state of emergency are no pressure
    Case("Former President Donald Trump held a rally in Iowa on Saturday.", no_event=True),
    Case("The Chilean government declared a state of emergency after wildfires.", no_event=True),
    # science is no investigation, a machete no hacking
    Case("Scientists in Brazil are investigating the cause of the outbreak.", no_event=True),
    Case("A man was hacked to death with a machete in Kenya.", no_event=True),
    # the means of a passive with no agent say whose the act is; a walkout from talks halts them; citizens ordered
    # out are expelled
    Case("Myanmar's top generals were hit with US sanctions on Thursday.", ("USA", "163", "MMR")),
    Case("North Korea's chief negotiator walked out of nuclear talks with the United States on Saturday.",
         ("PRK", "164", "USA"), forbidden_roots="14"),
    Case("Saudi Arabia ordered Qatari citizens to leave within 14 days.", ("SAU", "174", "QAT"), forbidden_roots="10"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_pressure(pipeline, case):
    check(pipeline, DAY, case)
