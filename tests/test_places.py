"""Where events happen: the gazetteer's spellings, regions and provinces, and the rules (data/event_places.tsv)
that tie a place to an event. Sentences are our own, written for these tests."""
import pytest

from parley.dedup.merge import _places_agree
from parley.evaluate.scorer import same_place
from parley.places import distance_km, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def place_of(pipeline, text, root=None, day="2023-07-10"):
    events = [e for e in pipeline.code_text(text, day) if root is None or e.root == root]
    assert events, f"no event coded in: {text}"
    return {(e.location.name, e.location.country) if e.location else None for e in events}


def test_other_spellings_provinces_and_continents(gazetteer):
    assert (gazetteer.lookup("Derna").name, gazetteer.lookup("Derna").country) == ("Darnah", "LBY")
    assert gazetteer.lookup("Naypyitaw").country == "MMR"
    tolima = gazetteer.lookup("Tolima")  # a Colombian department: pycountry, no coordinates
    assert (tolima.country, tolima.lat) == ("COL", None)
    # regions, shoals and venues of places.tsv, with a point ("Rakhine" is Myanmar's state, not a city)
    assert {(n, gazetteer.lookup(n).country) for n in ("Rakhine", "Scarborough Shoal", "Panmunjom")} == {
        ("Rakhine", "MMR"), ("Scarborough Shoal", "PHL"), ("Panmunjom", "KOR")}
    assert gazetteer.lookup("Cauca").lat is not None
    assert gazetteer.lookup("Punjab") is None  # a province of India and of Pakistan: not guessed
    assert gazetteer.lookup("Nangarhar").country == "AFG"  # pycountry spells it Nangarhār
    # a state before a small town's other spelling (Borna, Germany); a big city's spelling before a district
    assert gazetteer.lookup("Borno").country == "NGA" and gazetteer.lookup("Saint Louis").country == "USA"
    assert gazetteer.lookup("Asia").feature == "continent" and gazetteer.lookup("Asia").country is None


def test_a_direction_makes_a_region_inside_the_place(gazetteer):
    syria, northeast = gazetteer.lookup("Syria"), gazetteer.lookup("northeastern Syria")
    assert (northeast.name, northeast.country, northeast.feature) == ("northeastern Syria", "SYR", "region")
    assert northeast.lat > syria.lat and northeast.lon > syria.lon
    assert gazetteer.base("northern Gaza").name == "Gaza Strip"
    # a direction alone is no place: "the West" and "the South" are not Cameroon's regions, "North" no US town
    assert [gazetteer.lookup(word) for word in ("West", "South", "East", "North", "Coast")] == [None] * 5


@pytest.mark.parametrize("text, place", [
    # the tagger calls Vilnius an organisation and Kyiv a person; the preposition says they are places
    ("Turkish President Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson met in Vilnius on Monday.",
     ("Vilnius", "LTU")),
    ("Chinese President Xi Jinping hosted French President Emmanuel Macron in the southern city of Guangzhou.",
     ("Guangzhou", "CHN")),
    ("Jordanian aircraft airdropped food parcels over northern Gaza on Tuesday.", ("northern Gaza Strip", "PSE")),
    # regions the gazetteer spells otherwise ("Amara") or lacks
    ("Ethiopia declared a state of emergency in the Amhara region on Friday.", ("Amhara", "ETH")),
    # the place of the summit on whose sidelines, margins or eve two leaders meet
    ("Erdogan and Putin met on the sidelines of the G20 summit in Osaka on Saturday.", ("Osaka", "JPN")),
    ("Erdogan and Putin met for two hours on the margins of the G20 in Hamburg on Friday.", ("Hamburg", "DEU")),
    ("A Moscow court convicted the American journalist of espionage on Friday.", ("Moscow", "RUS")),
    ("The Japanese and Indian air forces began a joint exercise at Hyakuri air base on Monday.",
     ("Hyakuri Air Base", "JPN")),
    # a seat of state named by its country is in the country's capital
    ("Hundreds of protesters stormed the Armenian parliament on Friday.", ("Yerevan", "ARM")),
    # a passive with no by-phrase of its own shares the place of the passive conjoined to it
    ("A French aid worker was abducted and held by militants in Bamako.", ("Bamako", "MLI")),
    # a place the gazetteer lacks, named with its country, is kept by its name, in that country
    ("Gunmen killed twelve farmers in the central Malian village of Dogofry on Sunday.", ("Dogofry", "MLI")),
    # a killing done by a strike happens where the strike does; what an army shells is in the city it is of
    ("The air strike on a hospital in Aleppo by Syrian jets on Sunday killed 12 civilians.", ("Aleppo", "SYR")),
    ("The Syrian army shelled rebel-held districts of Aleppo on Wednesday.", ("Aleppo", "SYR")),
    # force "against" people in a place happens there
    ("Islamic State carried out ethnic cleansing against minorities in northern Iraq.", ("northern Iraq", "IRQ")),
    # a people "of" a place the tagger calls an organisation is still of that place
    ("Islamic State waged a campaign of terror against the Yazidis of Sinjar for years, UN investigators said.",
     ("Sinjār", "IRQ")),
    # a search happens where what is searched is
    ("Turkish police searched a German charity's offices in Ankara on Tuesday.", ("Ankara", "TUR")),
    ("Riot police fired tear gas at students in Indonesia's Jalan Thamrin district on Tuesday.", ("Jalan Thamrin", "IDN")),
    # the city that owns what an attack hits
    ("Gunmen assassinated Kandahar's police chief on Thursday.", ("Kandahār", "AFG")),
    # where the target is held
    ("Rebels shelled thousands of civilians trapped in Goma on Monday.", ("Goma", "COD")),
    # violence against people doing something somewhere happens there
    ("Gunmen killed 20 worshippers who were praying at a mosque in Zamfara state on Friday.", ("Zamfara", "NGA")),
    # a name that begins with a capital's is in it
    ("Pakistani Rangers arrested former Prime Minister Imran Khan at the Islamabad High Court on Tuesday.",
     ("Islamabad", "PAK")),
    # "in the north of" a place is that part of it
    ("Israeli jets struck Hamas targets in the north of the Gaza Strip on Monday.", ("north Gaza Strip", "PSE")),
    # talks with a counterpart in a city are held there
    ("Turkey's foreign minister held talks with his Greek counterpart in Athens on Monday.", ("Athens", "GRC")),
    # a city shelled, though the tagger takes the name for a person's
    ("Russian forces shelled Kherson on Sunday.", ("Kherson", "UKR")),
    # a raid on a camp named by its town is in the town, and on the town's country
    ("Israeli forces launched a large-scale raid on the Jenin refugee camp on Monday.", ("Jenin", "PSE")),
    # a qualified name is its own place: the part of Kashmir Pakistan administers
    ("Indian jets struck targets in Pakistani-administered Kashmir on Wednesday.", ("Pakistani Kashmir", "PAK")),
    ("Pakistan said Indian shelling killed four civilians in Azad Kashmir on Monday.", ("Pakistani Kashmir", "PAK")),
    # force met a crowd where it had gathered: "after Friday prayers in X"
    ("Indian police fired on demonstrators after Friday prayers in the old city of Srinagar.", ("Srinagar", "IND")),
    # where the target stands, told in an apposition to it
    ("Taliban gunmen stormed the Intercontinental, a hotel in Kabul, on Saturday night.", ("Kabul", "AFG")),
    # where the actor was, told in a relative clause on it
    ("Hundreds of Ukrainian marines who had held out in a factory in Mariupol surrendered to Russian troops.",
     ("Mariupol", "UKR")),
    # those taken "from" a place somewhere were taken there
    ("Gunmen abducted 79 pupils from a boarding school in Bamenda on Monday.", ("Bamenda", "CMR")),
    # a state of the United States, which the city gazetteer lacks (Florida is not the Cuban town)
    ("Brazil's former president Jair Bolsonaro flew to Florida on Friday.", ("Florida", "USA")),
])
def test_places_the_sentence_ties_to_the_event(pipeline, text, place):
    assert place in place_of(pipeline, text)


@pytest.mark.parametrize("text, root", [
    ("India has not criticised Russia over the war in Ukraine, its foreign minister said on Wednesday.", "11"),
    ("Iran fired dozens of missiles at Israel late on Saturday.", "19"),
    ("Hong Kong's lawmakers resigned on Wednesday in protest at Beijing's tightening grip on the city.", None),
    # ... but a strike "after" an attack elsewhere is not where the attack was
    ("Israeli jets struck Syria on Sunday after an attack on Israeli soldiers in Jerusalem.", "19"),
    # the topic of a dispute is no scene
    ("Morocco recalled its ambassador to Spain on Friday in a row over Western Sahara.", "16"),
    # whom a verbal conflict is aimed at is no scene, though a place names where the target sits
    ("The Taliban again shunned talks with the Western-backed government in Kabul.", "12"),
    ("Israeli army bases near Haifa would be targeted if Israel attacked Lebanon, a Hezbollah commander said.", "13"),
    # a word that begins a proper name is no city unless it is a capital ("Young", a town in Uruguay)
    ("Young Algerians blocked roads at the Young Dome Plaza on Sunday.", None),
])
def test_no_place_for_causes_or_aims(pipeline, text, root):
    events = [e for e in pipeline.code_text(text, "2023-07-10") if root is None or e.root == root]
    assert events or root is None, "the event itself is missing"
    assert all(e.location is None for e in events), [(e.code, e.location) for e in events]


def test_verbs_of_one_subject_share_the_place_of_the_last(pipeline):
    # the parser hangs the place phrase on the last verb; the first ("burned tyres") happened there too
    text = "Protesters burned tyres and threw stones at police in Lima on Monday."
    assert place_of(pipeline, text, root="14") == {("Lima", "PER")}
    assert len(pipeline.code_text(text, "2023-07-10")) == 2


def test_force_aimed_at_people_doing_something_happens_where_they_do_it(pipeline):
    text = "Belarusian police fired rubber bullets at demonstrators marching on the presidential palace in Minsk."
    assert place_of(pipeline, text, root="17") == {("Minsk", "BLR")}


def test_what_is_done_during_a_trip_to_a_city_happens_there(pipeline):
    text = "Kishida promised to deepen defence cooperation with the Philippines during a visit to Manila on Friday."
    assert place_of(pipeline, text, root="03") == {("Manila", "PHL")}


def test_one_occasion_shares_its_place(pipeline):
    events = pipeline.code_text("Israel signed normalisation agreements with the United Arab Emirates and Bahrain "
                                "at the White House on Tuesday.", "2020-09-16")
    assert len(events) == 2 and {e.location.name for e in events} == {"White House"}


def test_a_summit_without_named_participants_is_not_invented_from_one_mention(pipeline):
    # one meeting of the pair in the story is not enough to give them "the summit in Geneva"
    events = pipeline.code_text("Blinken met Lavrov in Reykjavik on Thursday. After the summit in Geneva, "
                                "both sides promised more talks.", "2021-06-10")
    assert not [e for e in events if e.location and e.location.name == "Geneva"]


def test_a_town_of_the_sides_name_is_theirs_not_a_namesake_abroad(pipeline):
    # the city list's "Goa" is a Philippine town; where Indian and Pakistani ministers meet it is India's
    found = place_of(pipeline, "Indian Foreign Minister Subrahmanyam Jaishankar met his Pakistani counterpart in Goa "
                               "on Friday.", day="2023-05-06")
    assert {country for _, country in filter(None, found)} == {"IND"}, found
    # a city known the world over stays where it is, whoever meets there
    assert ("Geneva", "CHE") in place_of(pipeline, "Biden met Putin in Geneva on Wednesday.", day="2021-06-17")


def test_a_city_two_countries_share_is_in_the_one_the_sentence_says(pipeline):
    # "Tripoli" is Libya's capital, unless the sentence places it in Lebanon: then it and its people are Lebanon's
    for text in ("Syrian officers ended their mediation between rival militias in Tripoli on Monday as shells kept "
                 "falling on the north Lebanese port.",
                 "Lebanese troops clashed with Islamist militias in Tripoli, Lebanon, on Sunday."):
        [event] = pipeline.code_text(text, "2014-10-27")
        assert (event.location.name, event.location.country, event.target.code) == ("Tripoli", "LBN", "LBNREB")
        assert round(event.location.lat) == 34  # the Lebanese city's point, not Libya's
    # a trip to one's own country's second city is no visit abroad ("arrived in Tripoli" had made it one to Libya)
    assert not pipeline.code_text("Former prime minister Saad Hariri arrived in Tripoli, Lebanon's second city, "
                                  "on Sunday.", "2019-11-04")
    assert place_of(pipeline, "Police arrested 20 opposition activists in Hyderabad in southern Pakistan on "
                              "Sunday.", day="2019-11-04") == {("Hyderabad", "PAK")}
    # a province or state says it too
    assert place_of(pipeline, "Pakistani Rangers arrested dozens of party workers in raids across Hyderabad, the "
                              "second-largest city in Sindh province, on Wednesday.", day="2019-11-04") == {
        ("Hyderabad", "PAK")}
    assert place_of(pipeline, "Police arrested 20 opposition activists in Alexandria, Virginia, on Sunday.") == {
        ("Alexandria", "USA")}
    # a valley is a place noun: the region its of-phrase names holds it, and gives its victims their country
    events = pipeline.code_text("Indian artillery fire killed five civilians in the Neelum valley of "
                                "Pakistan-administered Kashmir on Sunday.", "2019-10-20")
    assert {(e.source.country, e.target.code) for e in events} == {("IND", "PAKCVL")}, events
    # guards: with no country said, the name keeps its first place; a demonym of a side says nothing of it
    assert place_of(pipeline, "Militias in Tripoli attacked an army convoy on Sunday.") == {("Tripoli", "LBY")}
    assert place_of(pipeline, "Canadian diplomats met British officials in London on Sunday.") == {
        ("London", "GBR")}


def test_scoring_and_merging_accept_a_place_near_the_gold(gazetteer):
    white_house = gazetteer.lookup("White House")
    assert same_place(white_house, {"name": "Washington", "country": "USA"}, gazetteer)
    assert same_place(gazetteer.lookup("northern Gaza"), {"name": "Gaza", "country": "PSE"}, gazetteer)
    assert not same_place(gazetteer.lookup("Moscow"), {"name": "Saint Petersburg", "country": "RUS"}, gazetteer)
    assert 8 < distance_km(white_house.lat, white_house.lon, 38.8, -77.1) < 20
    idlib, saraqib = gazetteer.lookup("Idlib"), gazetteer.lookup("Saraqib")
    as_place = lambda p: (p.name, p.country, p.feature, p.lat, p.lon)  # noqa: E731
    assert _places_agree(as_place(idlib), as_place(saraqib))  # a region and a town inside it
    assert not _places_agree(as_place(gazetteer.lookup("Geneva")), as_place(gazetteer.lookup("Reykjavik")))


def test_places_on_the_second_place_set(pipeline):
    # tests/data/places_heldout: 100 sentences written after the place rules, 60 with a place and 40 that
    # name a place the event is not at; first scored before any rule looked at it (25/34 places right)
    from pathlib import Path

    from parley.evaluate import evaluate_files
    report = evaluate_files([str(Path(__file__).parent / "data" / "places_heldout")], pipeline=pipeline)
    (places, scored), (no_place, unplaced) = report.attributes["place"], report.attributes["no place"]
    assert places / scored >= 0.9 and no_place / unplaced >= 0.95, report.attributes


def test_a_with_clause_on_an_act_happens_where_the_act_does(pipeline):
    # the mediation told in the "with" clause is in Jeddah too, not only the talks
    events = pipeline.code_text("Sudan's army and the RSF began talks in Jeddah on Saturday, with Saudi mediators "
                                "shuttling between the two delegations.", "2023-07-10")
    mediation = {(e.location.name, e.location.country) if e.location else None for e in events if e.code == "045"}
    assert mediation == {("Jeddah", "SAU")}, events
