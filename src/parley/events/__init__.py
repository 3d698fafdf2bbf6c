"""Events: the CAMEO table, the pattern lexicon, modality and the dependency-based coder."""
from .cameo import cameo_table, lookup
from .lexicon import load_event_lexicon

__all__ = ["cameo_table", "load_event_lexicon", "lookup"]
