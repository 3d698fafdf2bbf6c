"""NLP: the spaCy English pipeline, loaded once per process."""
from .parser import MODEL_NAME, load_nlp

__all__ = ["MODEL_NAME", "load_nlp"]
