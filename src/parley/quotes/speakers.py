"""Who "he", "the official" and "Hamdan" are when they speak: news names a speaker in full once
("senior Hamas official Osama Hamdan") and then by pronoun, bare title or surname. The antecedent is
the latest earlier actor mention, outside any quotation, that the short form can refer to."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.mentions import Mention
from ..datafiles import data_rows
from ..nlp.cache import entities

PERSON_PRONOUNS = {"he", "she"}
_PERSON_KINDS = {"person", "agent"}


@lru_cache(maxsize=1)
def referring_nouns() -> dict[str, set[str]]:
    """class -> lemmas (data/referring_nouns.tsv)."""
    classes: dict[str, set[str]] = {}
    for row in data_rows("quotes", "referring_nouns.tsv"):
        classes.setdefault(row["class"], set()).add(row["lemma"])
    return classes


def _outside(doc: Doc, mention: Mention, quoted: list[tuple[int, int]]) -> bool:
    at = doc[mention.anchor].idx
    return not any(start <= at < end for start, end in quoted)


def _names(doc: Doc, mention: Mention) -> set[str]:
    """The proper-name words of a mention's phrase ("Osama", "Hamdan")."""
    anchor = doc[mention.anchor]
    parts = [anchor, *(t for c in anchor.children if c.dep_ in ("appos", "compound", "flat") for t in c.subtree)]
    words = [t for t in parts if t.pos_ == "PROPN"]
    words += [t for t in doc[mention.start:mention.end] if t.pos_ == "PROPN"]
    return {t.text.lower() for t in words}


def _phrase(doc: Doc, mention: Mention) -> str:
    anchor = doc[mention.anchor]
    left = min([t.i for t in anchor.subtree if t.i <= anchor.i] + [mention.start])
    return doc[left:max(mention.end, anchor.i + 1)].text.lower()


def _is_person(doc: Doc, mention: Mention) -> bool:
    anchor = doc[mention.anchor]
    if anchor.tag_ in ("NNS", "NNPS") or anchor.lemma_.lower() in referring_nouns()["collective"]:
        return False
    return anchor.ent_type_ == "PERSON" or any(p.entry.kind in _PERSON_KINDS for p in mention.pieces)


def antecedent(doc: Doc, token: Token, mentions: dict[int, Mention], before: int,
               quoted: list[tuple[int, int]]) -> Mention | None:
    """The earlier mention `token` names again, looking back from character offset `before`."""
    people = [Mention(e.root.i) for e in entities(doc) if e.label_ == "PERSON" and e.root.i not in mentions]
    earlier = sorted((m for m in [*mentions.values(), *people]  # unknown names too: "Clinton" -> an earlier full name
                      if doc[m.anchor].idx < before and m.anchor != token.i and _outside(doc, m, quoted)),
                     key=lambda m: m.anchor, reverse=True)
    if token.lower_ in PERSON_PRONOUNS:  # the last person who was the subject of a recent sentence, else the last
        people = [m for m in earlier if _is_person(doc, m)]
        recent = doc.char_span(before, before, alignment_mode="expand") if before < len(doc.text) else None
        first = doc[max(0, (recent.start if recent is not None else len(doc)) - 1)].sent.start
        for _ in range(2):
            first = doc[max(0, first - 1)].sent.start
        subjects = [m for m in people if m.anchor >= first and doc[m.anchor].dep_ in ("nsubj", "nsubjpass")]
        main = [m for m in subjects if doc[m.anchor].head.dep_ == "ROOT"]  # the sentence's topic, not a reported one
        return next(iter(main or subjects or people), None)
    if token.pos_ == "PROPN":  # a surname: "Hamdan said" after "senior Hamas official Osama Hamdan"
        named = [m for m in earlier if token.lower_ in _names(doc, m)]
        return min(named, key=lambda m: (-len(m.pieces), m.anchor), default=None)  # the full first mention
    if token.lemma_.lower() in referring_nouns()["organisation"]:  # "the group said": the last organisation
        return next((m for m in earlier if any(p.entry.kind == "org" for p in m.pieces)
                     or any(p.entry.kind == "org" for i in m.inherited for p in i.pieces)), None)
    if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
        title = " ".join(t.lower_ for t in token.subtree if t.i <= token.i and t.lower_ != "the")
        return next((m for m in earlier if title in _phrase(doc, m)), None)  # "the secretary-general"
    return None
