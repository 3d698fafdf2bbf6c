"""Event coding of force: threats (13), military and police posture (15), assault (18) and unconventional
mass violence (20), one family of expressions per test (patterns_force.tsv), and the non-political senses
of the same words that must give no event."""
from __future__ import annotations

from datetime import date

from coding import has, triples

DAY = date(2024, 3, 12)


def test_revenge_vowed_is_a_threat_not_a_promise(pipeline):
    found = triples(pipeline, DAY, "Iran vowed to take revenge on Israel for the strike on its consulate.")
    assert has(found, "IRN", "130", "ISR"), found
    assert not any(c.startswith("03") for _, c, _ in found), found


def test_threat_of_punitive_action(pipeline):
    found = triples(pipeline, DAY, "Turkey threatened further action against Greece over the islands.")
    assert has(found, "TUR", "13", "GRC"), found


def test_days_given_to_comply_are_an_ultimatum(pipeline):
    found = triples(pipeline, DAY, "Egypt gave Sudan five days to hand over the suspects.")
    assert has(found, "EGY", "139", "SDN"), found


def test_envoy_given_hours_to_leave_is_expelled_not_threatened(pipeline):
    found = triples(pipeline, DAY, "Mali's junta gave the French ambassador 72 hours to leave the country.")
    assert has(found, "MLI", "16", "FRA"), found
    assert not any(c.startswith("13") for _, c, _ in found), found


def test_drills_off_a_coast(pipeline):
    found = triples(pipeline, DAY, "China held naval drills off Taiwan on Tuesday.")
    assert has(found, "CHN", "15", "TWN"), found


def test_troops_moved_to_a_border(pipeline):
    found = triples(pipeline, DAY, "Turkey moved tanks to its border with Syria on Sunday.")
    assert has(found, "TUR", "15", "SYR"), found


def test_gunmen_storming_is_unconventional_violence(pipeline):
    found = triples(pipeline, DAY, "Gunmen attacked the Indian embassy in Kabul on Monday.")
    assert has(found, "AFG", "18", "IND"), found
    assert not any(c.startswith("19") for _, c, _ in found), found


def test_suicide_and_car_bombs_with_a_place_preposition(pipeline):
    found = triples(pipeline, DAY, "A Hamas suicide bomber blew himself up outside an Israeli checkpoint near Jerusalem.")
    assert has(found, "HAMAS", "1831", "ISR"), found
    found = triples(pipeline, DAY, "Houthi rebels detonated a car bomb outside the Saudi embassy in Sanaa.")
    assert has(found, "HOUTHIS", "1832", "SAU"), found


def test_abduction_and_human_shields(pipeline):
    found = triples(pipeline, DAY, "Al-Shabaab fighters snatched two Kenyan teachers from a school.")
    assert has(found, "ALSHABAB", "181", "KEN"), found
    found = triples(pipeline, DAY, "Islamic State fighters held Iraqi civilians as human shields in Mosul.")
    assert has(found, "IS", "184", "IRQ"), found


def test_envoy_shot_dead_is_an_assassination(pipeline):
    found = triples(pipeline, DAY, "Russia's envoy to Kenya was shot dead by a Kenyan policeman in Nairobi.")
    assert has(found, "KEN", "186", "RUS"), found


def test_soldiers_coming_to_blows_each_way(pipeline):
    found = triples(pipeline, DAY, "Armenian and Azerbaijani soldiers came to blows on the border.")
    assert has(found, "ARM", "182", "AZE") and has(found, "AZE", "182", "ARM"), found


def test_mass_expulsion_by_count(pipeline):
    found = triples(pipeline, DAY, "Turkey will expel tens of thousands of Syrian refugees this year.")
    assert has(found, "TUR", "201", "SYR"), found
    found = triples(pipeline, DAY, "Sudan's army drove thousands of Chadian refugees out of Darfur.")
    assert has(found, "SDN", "201", "TCD"), found
    # a few deportees are an ordinary deportation (17), not a mass expulsion
    found = triples(pipeline, DAY, "Mexico deported 150 Guatemalan migrants on Tuesday.")
    assert not any(c.startswith("20") for _, c, _ in found), found


def test_chemical_agents_and_weapons(pipeline):
    found = triples(pipeline, DAY, "Iraq used the nerve agent tabun against Iranian troops in 1984.")
    assert has(found, "IRQ", "2041", "IRN"), found
    found = triples(pipeline, DAY, "The Syrian army launched a chemical weapons attack on Turkish troops in Idlib.")
    assert has(found, "SYR", "20", "TUR"), found
    assert not any(c.startswith("19") for _, c, _ in found), found


def test_ethnic_cleansing_of_a_people(pipeline):
    found = triples(pipeline, DAY, "Serbia carried out ethnic cleansing of Albanians in Kosovo.")
    assert has(found, "SRB", "203", "XKX"), found


def test_sport_and_business_senses_give_no_event(pipeline):
    for text in ("France took revenge on England in the rugby World Cup final.",
                 "Brazil stormed back to beat Argentina in Buenos Aires.",
                 "Spanish and Italian players came to blows during the match in Madrid.",
                 "Germany moved billions of euros to Greece in bailout loans.",
                 "The blockbuster bombed at the box office in China."):
        found = triples(pipeline, DAY, text)
        assert not any(c[:2] in ("13", "15", "18", "20") for _, c, _ in found), (text, found)


def test_tear_gas_is_repression_not_a_chemical_weapon(pipeline):
    found = triples(pipeline, DAY, "Turkish police used tear gas against Kurdish protesters in Istanbul.")
    assert not any(c.startswith("20") for _, c, _ in found), found
