"""NLP: the spaCy English pipeline, loaded once per process, parsing paragraph by paragraph."""
from .parser import MODEL_NAME, load_nlp, parse_documents, split_paragraphs

__all__ = ["MODEL_NAME", "load_nlp", "parse_documents", "split_paragraphs"]
