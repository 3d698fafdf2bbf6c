"""Pressure events (patterns_pressure.tsv): 09 investigate, 14 protest, 16 reduce relations, 17 coerce.
One family per test, on sentences written for these tests; the last tests check non-political senses."""
from __future__ import annotations

from datetime import date

from coding import has, triples

DAY = date(2018, 10, 23)


def test_investigation_opened_by_a_verb_that_is_not_light(pipeline):
    found = triples(pipeline, DAY, "The European Union reopened its investigation into Gazprom.")
    assert has(found, "EU", "09", "RUSBUS"), found


def test_questioning_by_investigators_and_being_under_investigation(pipeline):
    found = triples(pipeline, DAY, "FBI agents questioned the Iranian diplomat for several hours.")
    assert has(found, "USACOP", "091", "IRNGOV"), found
    found = triples(pipeline, DAY, "The Iranian foreign minister is under investigation by US prosecutors.")
    assert has(found, "USAJUD", "091", "IRNGOV"), found


def test_searching_offices_is_an_investigation(pipeline):
    found = triples(pipeline, DAY, "Turkish police searched the home of the Dutch journalist.")
    assert has(found, "TURCOP", "091", "NLDMED"), found


def test_hunger_strike_is_against_the_government_at_home(pipeline):
    found = triples(pipeline, DAY, "Jailed Egyptian activist Alaa Abd el-Fattah declared a hunger strike on Saturday.")
    assert has(found, "EGYOPP", "142", "EGYGOV"), found


def test_general_strike_by_unions(pipeline):
    found = triples(pipeline, DAY, "Nigerian labour unions launched an indefinite general strike on Monday.")
    assert has(found, "NGALAB", "143", "NGAGOV"), found


def test_protesters_blocking_roads_and_rioting(pipeline):
    assert has(triples(pipeline, DAY, "Thousands of Kenyan protesters blocked roads in Nairobi."), "KENOPP", "144", "KENGOV")
    assert has(triples(pipeline, DAY, "Egyptian demonstrators rioted in Cairo on Friday."), "EGYOPP", "145", "EGYGOV")


def test_storming_a_building(pipeline):
    found = triples(pipeline, DAY, "Sri Lankan protesters stormed the presidential palace in Colombo.")
    assert has(found, "LKAOPP", "145", "LKAGOV"), found


def test_protest_against_something_that_is_no_actor_is_against_home(pipeline):
    found = triples(pipeline, DAY, "Thousands of Georgians staged a protest against the foreign agents law.")
    assert has(found, "GEO", "141", "GEOGOV"), found


def test_halting_mediation_between_two_sides(pipeline):
    found = triples(pipeline, DAY, "Egypt suspended its mediation between Israel and Hamas.")
    assert has(found, "EGY", "165", "ISR") and has(found, "EGY", "165", "HAMAS"), found


def test_ordering_diplomats_out_and_expulsion_from_a_body(pipeline):
    assert has(triples(pipeline, DAY, "Niger ordered two French diplomats to leave the country."), "NER", "161", "FRAGOV")
    assert has(triples(pipeline, DAY, "Russia was expelled from the Council of Europe."), "COE", "16", "RUS")


def test_state_of_emergency_falls_on_the_civilians(pipeline):
    found = triples(pipeline, DAY, "Peru declared a state of emergency in Lima.")
    assert has(found, "PER", "1724", "PERCVL"), found


def test_police_shooting_demonstrators_is_repression(pipeline):
    found = triples(pipeline, DAY, "Kenyan police shot dead two protesters in Nairobi.")
    assert has(found, "KENCOP", "175", "KENOPP"), found


def test_internet_shutdown(pipeline):
    found = triples(pipeline, DAY, "Indian authorities suspended mobile internet services in Manipur.")
    assert has(found, "INDGOV", "1721", "INDCVL"), found


def test_campaign_rally_and_disaster_emergency_are_no_pressure(pipeline):
    assert triples(pipeline, DAY, "Former President Donald Trump held a rally in Iowa on Saturday.") == set()
    assert triples(pipeline, DAY, "The Chilean government declared a state of emergency after wildfires.") == set()


def test_science_and_machetes_are_no_investigation_or_hacking(pipeline):
    assert triples(pipeline, DAY, "Scientists in Brazil are investigating the cause of the outbreak.") == set()
    assert triples(pipeline, DAY, "A man was hacked to death with a machete in Kenya.") == set()
