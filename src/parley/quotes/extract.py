"""Find quotes in a parsed document and the token that names each speaker.

Direct quotes are found on the text (straight and curly marks; a quote that runs on into a paragraph
opening with a new mark is one quote). Their speaker is the subject of a verb of speaking next to the
quote: in the same sentence ("...," Putin said / said Putin / Putin said: "..."), in the sentence that
introduces it ("Putin had this to say:"), or, for a paragraph that is nothing but a quote, the speaker
of the quote just before it (the newspaper convention). Indirect speech is the clause a verb of speaking
governs ("Lavrov said that Moscow would respond") or the sentence an "according to X" phrase attributes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_MIN_WORDS = 3  # shorter quoted words are scare quotes ("so-called "peace plan"") unless attributed


@dataclass
class FoundQuote:
    start: int  # the quoted words, without the marks
    end: int
    kind: str  # direct | indirect
    speaker: Token | None  # the token naming the speaker, if any
    verb: Token | None  # the verb of speaking


def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, without its marks."""
    spans = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at = None
    for number, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if open_at is not None and text[p_start] in _OPENING + _STRAIGHT:
            i += 1  # the mark that reopens a quote running on from the paragraph before
        while i < p_end:
            char = text[i]
            if char in _OPENING and open_at is None:
                open_at = i + 1
            elif char in _CLOSING and open_at is not None:
                spans.append((open_at, i))
                open_at = None
            elif char == _STRAIGHT:
                if open_at is None and i + 1 < p_end and not text[i + 1].isspace():
                    open_at = i + 1
                elif open_at is not None:
                    spans.append((open_at, i))
                    open_at = None
            i += 1
        if open_at is not None:
            following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
            if following is not None and _closes_later(text, paragraphs[number + 1:number + 4]):
                continue  # a quote running over paragraphs that do not reopen it, closed further on
            if following is None or text[following] not in _OPENING + _STRAIGHT:
                end = p_end
                while end > open_at and text[end - 1].isspace():
                    end -= 1
                if len(text[open_at:end].split()) >= 8:  # a quote whose closing mark was lost
                    spans.append((open_at, end))
                open_at = None
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _closes_later(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Is the next quotation mark in these paragraphs a closing one?"""
    for start, end in paragraphs:
        for i in range(start, end):
            if text[i] in _CLOSING:
                return True
            if text[i] in _OPENING:
                return False
            if text[i] == _STRAIGHT:
                return i + 1 >= end or text[i + 1].isspace() or text[i + 1] in ".,;:!?"
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of a verb of speaking, through "had this to say" and "was careful to say"."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if current.dep_ in ("xcomp", "acomp", "acl", "relcl", "conj", "advcl") and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def _speech_verbs(tokens, speech_verbs: set[str], outside: tuple[int, int]) -> list[Token]:
    start, end = outside
    return [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in speech_verbs
            and not start <= t.idx < end and not any(c.dep_ == "neg" for c in t.children)]


def _attribution(doc: Doc, start: int, end: int, speech_verbs: set[str]) -> tuple[Token | None, Token | None]:
    """The verb of speaking and its subject for a direct quote at [start, end)."""
    inside = (start, end)
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return None, None
    sentences = {first[0].sent.start: first[0].sent, first[-1].sent.start: first[-1].sent}
    if doc.text[start:end].rstrip().endswith(","):  # '"...," said Putin.' may be cut into two sentences
        after = [t for t in doc[first.end:first.end + 4] if not t.is_punct and not t.is_space][:1]
        if after and after[0].sent.start not in sentences:
            sentences[after[0].sent.start] = after[0].sent
    candidates = []
    for sentence in sentences.values():
        for verb in _speech_verbs(sentence, speech_verbs, inside):
            subject = _subject(verb)
            if subject is not None and not start <= subject.idx < end:
                candidates.append((min(abs(verb.idx - end), abs(verb.idx - start)), verb, subject))
    if candidates:
        _, verb, subject = min(candidates, key=lambda c: c[0])
        return verb, subject
    # "Putin had this to say about the victory:" followed by the quote
    earlier = [t for t in doc[max(0, first.start - 4):first.start] if t.idx < start - 1 and not t.is_space
               and t.text not in _OPENING + _STRAIGHT]
    if earlier:
        before = earlier[-1].sent
        verbs = _speech_verbs(before, speech_verbs, inside)
        if verbs and before.end >= earlier[-1].i:
            subject = _subject(verbs[-1])
            if subject is not None:
                return verbs[-1], subject
    return None, None


def _clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether"))):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _indirect(sentence: Span, speech_verbs: set[str], quoted: list[tuple[int, int]]) -> list[FoundQuote]:
    found = []

    def overlaps(span):
        return any(s < span[1] and span[0] < e for s, e in quoted)

    for verb in _speech_verbs(sentence, speech_verbs, (0, 0)):
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            span = _clause_span(list(clause.subtree))
            subject = _subject(verb)
            if span and subject is not None and not overlaps(span) and not (span[0] <= subject.idx < span[1]):
                found.append(FoundQuote(span[0], span[1], "indirect", subject, verb))
    for according in (t for t in sentence if t.lower_ == "according" and t.dep_ == "prep"):
        source = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        if source is None:
            continue
        attribution = set(t.i for t in according.subtree)
        rest = [t for t in sentence if t.i not in attribution]
        # only a contiguous clause before or after the attribution: "According to X, ..." / "..., according to X."
        if rest and (rest[-1].i < according.i or rest[0].i > max(attribution)):
            span = _clause_span(rest)
            if span and not overlaps(span):
                found.append(FoundQuote(span[0], span[1], "indirect", source, according))
    return found


def find_quotes(doc: Doc, speech_verbs: set[str]) -> list[FoundQuote]:
    """Direct quotes, then indirect speech outside them, in text order."""
    text = doc.text
    quotes: list[FoundQuote] = []
    previous: FoundQuote | None = None
    for start, end in direct_quote_spans(text):
        verb, speaker = _attribution(doc, start, end, speech_verbs)
        if speaker is None and previous is not None and previous.speaker is not None and _stands_alone(text, start, end):
            verb, speaker = previous.verb, previous.speaker  # a paragraph of quote continues the last speaker
        if speaker is None and len(text[start:end].split()) < _MIN_WORDS + 2:
            continue  # short, unattributed: emphasis or a scare quote
        if len(text[start:end].split()) < _MIN_WORDS and verb is None:
            continue
        quote = FoundQuote(start, end, "direct", speaker, verb)
        quotes.append(quote)
        previous = quote
    quoted = [(q.start - 1, q.end + 1) for q in quotes]
    for sentence in doc.sents:
        quotes.extend(_indirect(sentence, speech_verbs, quoted))
    return sorted(quotes, key=lambda q: q.start)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Is the quote the whole of its paragraph(s)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start - 1].strip() and len(text[end + 1:line_end].strip()) <= 1
