"""Data objects passed between pipeline stages.

Every object that comes from text keeps character offsets into the stored document text, so an
analyst can always get back to the evidence.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Document:
    """One article as ingested: cleaned text plus what we know about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file path (and line) it came from
    date: date | None = None
    date_precision: str | None = None  # day | month | year
    date_inferred: bool = False
    doc_type: str | None = None  # news | analysis | opinion | other

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Actor:
    text: str
    code: str | None
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    start: int = 0  # character offsets into the document text
    end: int = 0

    @property
    def absent(self) -> bool:
        """No actor at all: the target of an event that names none ("France raised its terrorism alert")."""
        return not (self.text or self.code or self.sector)

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in ("text", "code", "name", "country", "org")}


@dataclass
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    doc_id: str
    sentence_index: int
    source: Actor
    target: Actor
    code: str
    root: str
    quad_class: int
    goldstein: float | None
    plover: str | None
    modality: str
    date: date | None
    date_precision: str
    location: Location | None
    evidence: str
    evidence_span: tuple[int, int]
    trigger: str
    trigger_span: tuple[int, int]
    pattern: str
    confidence: float
    doc_type: str | None = None  # the type of the document it comes from, so opinion can be filtered out
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.event_id:
            key = "|".join(
                [self.doc_id, str(self.sentence_index), str(self.source.code), str(self.target.code),
                 self.code, str(self.trigger_span[0])]
            )
            self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "source": self.source.to_json(),
            "target": None if self.target.absent else self.target.to_json(),  # an event that names no target
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "modality": self.modality,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": self.location.to_json() if self.location else None,
            "evidence": self.evidence,
            "evidence_span": list(self.evidence_span),
            "trigger": self.trigger,
            "trigger_span": list(self.trigger_span),
            "pattern": self.pattern,
            "confidence": self.confidence,
            "doc_type": self.doc_type,
        }


@dataclass
class Quote:
    """Words attributed to a speaker: a direct quotation or indirect speech ("Lavrov said that ...")."""

    doc_id: str
    kind: str  # direct | indirect
    text: str
    span: tuple[int, int]  # offsets of the quoted words (without quotation marks) in the document text
    speaker: Actor | None
    date: date | None
    date_precision: str
    event_ids: list[str] = field(default_factory=list)  # events the quote reports
    quote_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.quote_id:
            key = f"{self.doc_id}|{self.kind}|{self.span[0]}|{self.span[1]}"
            self.quote_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict:
        return {
            "quote_id": self.quote_id,
            "doc_id": self.doc_id,
            "kind": self.kind,
            "text": self.text,
            "span": list(self.span),
            "speaker": self.speaker.to_json() | {"span": [self.speaker.start, self.speaker.end]}
            if self.speaker else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "event_ids": self.event_ids,
        }
