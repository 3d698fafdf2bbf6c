"""What the API accepts: query parameters and request bodies as pydantic models.

Validation happens here, before any SQL runs, so a bad date, number or enumeration is a 422 that
names the parameter instead of a database error. Codes are upper-cased and empty values (what an
HTML form sends for a blank field) count as absent.
"""
from __future__ import annotations

import datetime
import re
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..ingest.doctype import DOC_TYPES

Modality = Literal["asserted", "planned", "hypothetical", "negated", "alleged"]
DocType = Literal[DOC_TYPES]  # type: ignore[valid-type]
Interval = Literal["day", "week", "month"]

CODE = r"^[A-Za-z0-9]{1,16}$"
DYAD = r"^[A-Za-z0-9]{1,16}-[A-Za-z0-9]{1,16}$"
MAX_DOCUMENTS = 100


# A blank field is one the published schema's pattern `^\s*$` matches, read as JSON Schema reads `\s`
# (ECMA-262): Python's str.strip() also strips U+0085 and U+001C-U+001F, which that pattern does not match.
_BLANK = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*")


def is_blank(value) -> bool:
    """A string the schema's blank pattern matches: an HTML form's empty field, counted as absent."""
    return isinstance(value, str) and _BLANK.fullmatch(value) is not None


class Params(BaseModel):
    """Base of the query models: unknown parameters are refused (a typo must not silently match all)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_absent(cls, value):
        return None if is_blank(value) else value


class Page(Params):
    limit: int = Field(50, ge=1, le=500, description="Rows per page (at most 500).")
    offset: int = Field(0, ge=0, le=10_000_000, description="Rows to skip.")


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?")


def iso_date_only(value):
    """Dates are written YYYY-MM-DD (a time after it is ignored, as in a JSONL feed): pydantic alone would
    also take a number ("0" as 1970-01-01). Nothing around it is stripped: the schema's date format has none."""
    if isinstance(value, datetime.date) or value is None:
        return value
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise ValueError("expected a date written YYYY-MM-DD")
    return value[:10]


class DateRange(Params):
    date_from: datetime.date | None = Field(None, description="First day included (YYYY-MM-DD).")
    date_to: datetime.date | None = Field(None, description="Last day included (YYYY-MM-DD).")

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _iso(cls, value):
        return None if is_blank(value) else iso_date_only(value)

    @field_validator("date_to")
    @classmethod
    def _ordered(cls, value, info: ValidationInfo):
        if value and info.data.get("date_from") and info.data["date_from"] > value:
            raise ValueError("date_to is before date_from")
        return value


class MergedFilters(DateRange, Page):
    """Filters that exist on both `events` and `merged_events`."""

    actor: str | None = Field(None, pattern=CODE, description="Source or target code starting with this (RUS matches RUSGOV).")
    source: str | None = Field(None, pattern=CODE, description="Source code starting with this.")
    target: str | None = Field(None, pattern=CODE, description="Target code starting with this.")
    dyad: str | None = Field(None, pattern=DYAD, description="Two code prefixes, either direction: USA-RUS.")
    code: str | None = Field(None, pattern=r"^\d{2,4}$", description="Full CAMEO code, e.g. 042.")
    root: str | None = Field(None, pattern=r"^\d{2}$", description="CAMEO root, 01 to 20.")
    quad_class: int | None = Field(None, ge=1, le=4, description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.")
    modality: Modality | None = None
    place: str | None = Field(None, max_length=100, description="Place name or ISO3 country of the event's location.")
    q: str | None = Field(None, max_length=200, description=(
        "Words in the evidence sentence: each must begin a word there, case- and accent-insensitive"
        " (sanction finds sanctioned); a word written with punctuation (U.S., al-Assad) must appear as written."))

    @field_validator("actor", "source", "target", "dyad", mode="before")
    @classmethod
    def _upper(cls, value):
        # not stripped: the pattern the schema publishes must be the one applied ("a\x85" is no code)
        return value.upper() if isinstance(value, str) and not is_blank(value) else None


class EventFilters(MergedFilters):
    doc_type: DocType | None = Field(None, description="Type of the document the event comes from.")


class PlaceFilters(EventFilters):
    limit: int = Field(1000, ge=1, le=5000, description="Places at most (the busiest first).")


class ActorQuery(Page):
    q: str | None = Field(None, max_length=100, description="Part of the actor code or name.")


class DocumentQuery(Page):
    doc_type: DocType | None = None


class SeriesQuery(DateRange):
    interval: Interval = "month"


class NetworkQuery(DateRange):
    min_events: int = Field(1, ge=1, le=1_000_000, description="Edges with fewer events are left out.")
    limit: int = Field(200, ge=1, le=2000, description="Edges at most (the heaviest first).")


class DocumentIn(BaseModel):
    """One article to code; the same fields as a line of a JSONL feed."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=500)
    text: str = Field(min_length=1)
    title: str | None = Field(None, max_length=2000)
    date: datetime.date | None = None
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)
    doc_type: DocType | None = None

    _iso = field_validator("date", mode="before")(iso_date_only)


class DocumentsIn(BaseModel):
    """`{"documents": [...]}`, or one document on its own."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DOCUMENTS)

    @model_validator(mode="before")
    @classmethod
    def _single(cls, value):
        return {"documents": [value]} if isinstance(value, dict) and "documents" not in value else value

    @model_validator(mode="after")
    def _distinct_ids(self):
        ids = [d.id for d in self.documents]
        if len(set(ids)) != len(ids):
            raise ValueError("two documents share an id")
        return self
