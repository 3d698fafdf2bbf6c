"""One real event, many mentions: events from different articles that describe the same happening are
merged, as GDELT does, but with the evidence kept (each mention: article, sentence, outlet, date seen).

Two mentions are the same event when they have the same source and target (country or organisation:
"Japan" and "the Japanese government" are one side), the same CAMEO root,
the same kind of claim (asserted/planned/alleged against negated/hypothetical), dates within the
window, and places that do not contradict each other (Geneva and Reykjavik are two meetings; Geneva and
no place may be one). Mentions with a place and an exact day form the events first; mentions without a
place, then those dated only to a month or by their article, join the nearest event that fits.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..places import distance_km

DEFAULT_WINDOW_DAYS = 2
_UNREAL = {"negated", "hypothetical"}  # claims that nothing happened are never merged with events that did


@dataclass
class Mention:
    """One coded event as the merger sees it (a row of the events table with its document's facts)."""

    event_id: str
    doc_id: str
    sentence_index: int
    source_code: str | None
    target_code: str | None
    code: str
    root: str
    modality: str
    date: date | None
    date_precision: str | None
    location_name: str | None = None
    location_country: str | None = None
    location_feature: str | None = None
    confidence: float | None = None
    outlet: str | None = None  # the publisher (documents.source)
    date_seen: date | None = None  # the article's date
    story_id: str | None = None
    source_root: str | None = None  # the side: the organisation, else the country, else the code
    target_root: str | None = None
    row: dict = field(default_factory=dict)  # every other column, for the merged record
    lat: float | None = None
    lon: float | None = None

    @property
    def place(self) -> tuple:
        return (self.location_name, self.location_country, self.location_feature, self.lat, self.lon)


@dataclass
class MergedEvent:
    merged_id: str
    mentions: list[Mention]

    @property
    def representative(self) -> Mention:
        """The mention to show: an exact day first, then the most confident, then the earliest report."""
        return min(self.mentions, key=lambda m: (m.date_precision != "day", -(m.confidence or 0),
                                                 m.date_seen or date.max, m.event_id))

    @property
    def date(self) -> date | None:
        days = Counter(m.date for m in self.mentions if m.date_precision == "day" and m.date)
        if days:
            return min(days, key=lambda d: (-days[d], d))
        return self.representative.date

    @property
    def place(self) -> Mention | None:
        places = Counter(m.location_name for m in self.mentions if m.location_name)
        if not places:
            return None
        name = min(places, key=lambda p: (-places[p], p))
        return next(m for m in self.mentions if m.location_name == name)

    def counts(self) -> dict:
        seen = [m.date_seen for m in self.mentions if m.date_seen]
        return {
            "articles": len({m.doc_id for m in self.mentions}),
            "sources": len({m.outlet for m in self.mentions if m.outlet}),
            "mentions": len(self.mentions),
            "stories": len({m.story_id or m.doc_id for m in self.mentions}),
            "first_seen": min(seen) if seen else None,
            "last_seen": max(seen) if seen else None,
        }


Place = tuple  # (name, country, feature, lat, lon)
_SAME_SPOT_KM = 25  # the White House and Washington
_SAME_AREA_KM = 100  # Idlib province and Saraqib inside it
_POINTS = {"city", "building", "facility", "military base"}


def _places_agree(a: Place, b: Place) -> bool:
    """No place, the same place, a country and a place inside it, or a place and another near it (a city
    within 25 km, or anything within 100 km of a region)."""
    if not a[0] or not b[0] or a[0] == b[0]:
        return True
    if "country" in (a[2], b[2]):
        return a[1] == b[1]
    if None in (a[3], a[4], b[3], b[4]) or a[1] != b[1]:
        return False
    near = _SAME_SPOT_KM if a[2] in _POINTS and b[2] in _POINTS else _SAME_AREA_KM
    return distance_km(a[3], a[4], b[3], b[4]) <= near


@dataclass
class _Cluster:
    day: date | None
    place: Place
    members: list[Mention] = field(default_factory=list)

    def fits_place(self, mention: Mention) -> bool:
        return _places_agree(self.place, mention.place)


def _distance(cluster: _Cluster, mention: Mention) -> int | None:
    """Days between a mention and an event, or None when the mention's date cannot fall on it."""
    if cluster.day is None or mention.date is None:
        return 0 if cluster.day is None and mention.date is None else None
    if mention.date_precision == "month":
        return 0 if (cluster.day.year, cluster.day.month) == (mention.date.year, mention.date.month) else None
    if mention.date_precision == "document":  # dated only by the article: it happened before, within a week
        return 0 if 0 <= (mention.date - cluster.day).days <= 7 else None
    if mention.date_precision == "year":
        return 0 if cluster.day.year == mention.date.year else None
    return abs((cluster.day - mention.date).days)


def merge_mentions(mentions: Iterable[Mention], window_days: int = DEFAULT_WINDOW_DAYS) -> list[MergedEvent]:
    """Group mentions into real events; every mention ends in exactly one event."""
    groups: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        claim = mention.modality if mention.modality in _UNREAL else "real"
        side = (mention.source_root or mention.source_code, mention.target_root or mention.target_code)
        if None in side:  # an actor known only by name: no code to say two reports name the same one
            side = (mention.event_id,)
        groups.setdefault((*side, mention.root, claim), []).append(mention)
    merged: list[MergedEvent] = []
    for key, members in sorted(groups.items(), key=lambda item: tuple(str(k) for k in item[0])):
        for cluster in _cluster(members, window_days):
            merged.append(MergedEvent(_merged_id(key, cluster), cluster.members))
    return merged


def _cluster(members: list[Mention], window_days: int) -> list[_Cluster]:
    exact, vague = [], []
    for mention in members:
        (exact if mention.date_precision == "day" and mention.date else vague).append(mention)
    placed = sorted((m for m in exact if m.location_name), key=lambda m: (m.date, m.event_id))
    unplaced = sorted((m for m in exact if not m.location_name), key=lambda m: (m.date, m.event_id))
    vague.sort(key=lambda m: (str(m.date), m.event_id))
    clusters: list[_Cluster] = []
    for mention in placed + unplaced:
        best = _nearest(clusters, mention, window_days)
        if best is None:
            best = _Cluster(mention.date, mention.place)
            clusters.append(best)
        best.members.append(mention)
        if not best.place[0] and mention.location_name:
            best.place = mention.place
    for mention in vague:
        fitting = [c for c in clusters if _distance(c, mention) == 0 and c.fits_place(mention)]
        if fitting:
            max(fitting, key=lambda c: len(c.members)).members.append(mention)
        else:
            clusters.append(_Cluster(mention.date if mention.date_precision == "day" else None, mention.place,
                                     [mention]))
    return clusters


def _nearest(clusters: list[_Cluster], mention: Mention, window_days: int) -> _Cluster | None:
    fitting = [(d, -len(c.members), i, c) for i, c in enumerate(clusters)
               if (d := _distance(c, mention)) is not None and d <= window_days and c.fits_place(mention)]
    return min(fitting, key=lambda f: f[:3])[3] if fitting else None


def _merged_id(key: tuple, cluster: _Cluster) -> str:
    first = min(m.event_id for m in cluster.members)
    return hashlib.sha1("|".join([*map(str, key), first]).encode("utf-8")).hexdigest()[:16]
