"""Per-document indexes for what spaCy rebuilds on every call: `Doc.sents`, `Token.sent` and `Doc.ents` make
new spans each time they are read, and coding one document reads them thousands of times. `index_document`
computes them once and installs spaCy's own hooks, so every later `.sent` and `.sents` is a lookup."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_ENTITIES = "parley_entities"
_ENTITY_AT = "parley_entity_at"


def index_document(doc: Doc) -> Doc:
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    doc.user_hooks["sents"] = lambda _: iter(sentences)
    doc.user_token_hooks["sent"] = lambda token: sentences[bisect_right(starts, token.i) - 1]
    doc.user_span_hooks["sent"] = lambda span: sentences[bisect_right(starts, span.start) - 1]
    entities = tuple(doc.ents)
    doc.user_data[_ENTITIES] = entities
    doc.user_data[_ENTITY_AT] = {i: ent for ent in entities for i in range(ent.start, ent.end)}
    return doc


def entities(doc: Doc) -> tuple[Span, ...]:
    cached = doc.user_data.get(_ENTITIES)
    return cached if cached is not None else tuple(doc.ents)  # an empty index is an index


def entities_in(span: Span) -> list[Span]:
    """The named entities of a sentence (`Span.ents`, without rebuilding the document's)."""
    return [e for e in entities(span.doc) if span.start <= e.start and e.end <= span.end]


def entity_at(token: Token) -> Span | None:
    """The named entity this token is part of, if any."""
    index = token.doc.user_data.get(_ENTITY_AT)
    if index is not None:
        return index.get(token.i)
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def proper_name(token: Token) -> Span:
    """A proper noun with the proper nouns compounded before it: "Deir Ezzor", "Bandar Abbas"."""
    words = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    return token.doc[words[0].i if words else token.i:token.i + 1]
