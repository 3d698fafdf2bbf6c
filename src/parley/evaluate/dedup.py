"""Pairwise precision and recall of event merging, on articles whose real events are known.

Gold records: `{id, date, source, title, text, gold: [{event, source, target, root, date}]}`. Each coded
event that matches a gold event of its article (source and target country or group, CAMEO root) takes
that event's label; over all pairs of labelled events, a pair merged into one event is right when the
two carry the same label. Events that match no gold event are reported but not paired.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from ..dedup import DEFAULT_SIMILARITY, DEFAULT_WINDOW_DAYS, Mention, merge_mentions, story_ids
from ..model import Document, Event
from .scorer import LevelScore, _root_in, split_gold_code


@dataclass
class DedupReport:
    articles: int = 0
    events: int = 0
    labelled: int = 0
    gold_events: int = 0
    merged_events: int = 0
    stories: int = 0
    pairs: LevelScore = field(default_factory=LevelScore)
    fragments: dict[str, int] = field(default_factory=dict)  # gold event -> merged events its mentions fell in

    def to_json(self) -> dict:
        return {"articles": self.articles, "events": self.events, "labelled_events": self.labelled,
                "gold_events": self.gold_events, "merged_events": self.merged_events, "stories": self.stories,
                "pairwise": self.pairs.to_json(), "fragments": dict(sorted(self.fragments.items()))}


def is_dedup_record(record: dict) -> bool:
    return isinstance(record.get("gold"), list) and all(isinstance(g, dict) and "event" in g for g in record["gold"])


def _label(event: Event, gold: list[dict]) -> str | None:
    for expected in gold:
        source, target = split_gold_code(expected["source"])[0], split_gold_code(expected["target"])[0]
        if (_root_in(event.source, {source}) == source and _root_in(event.target, {target}) == target
                and event.root == str(expected["root"])[:2]):
            return expected["event"]
    return None


def score_dedup(records: list[dict], pipeline, window_days: int = DEFAULT_WINDOW_DAYS,
                similarity: float = DEFAULT_SIMILARITY) -> DedupReport:
    report = DedupReport(articles=len(records))
    documents = [Document(id=str(r["id"]), text=r["text"], title=r.get("title"), source=r.get("source"),
                          date=date.fromisoformat(r["date"]), date_precision="day") for r in records]
    stories = story_ids(((d.id, d.text) for d in documents), similarity)
    gold = {str(r["id"]): r["gold"] for r in records}
    mentions, labels = [], {}
    for document, coded in zip(documents, pipeline.code_documents(documents)):
        for event in coded.events:
            location = event.location
            mentions.append(Mention(
                event.event_id, event.doc_id, event.sentence_index, event.source.code, event.target.code, event.code,
                event.root, event.modality, event.date, event.date_precision,
                location.name if location else None, location.country if location else None,
                location.feature if location else None, event.confidence, document.source, document.date,
                stories[document.id], event.source.org or event.source.country,
                event.target.org or event.target.country, lat=location.lat if location else None,
                lon=location.lon if location else None))
            labels[event.event_id] = _label(event, gold[event.doc_id])
    merged = merge_mentions(mentions, window_days)
    cluster_of = {m.event_id: i for i, event in enumerate(merged) for m in event.mentions}
    labelled = [e for e, label in labels.items() if label]
    for a, b in combinations(labelled, 2):
        same_gold, same_merged = labels[a] == labels[b], cluster_of[a] == cluster_of[b]
        report.pairs.tp += same_gold and same_merged
        report.pairs.fp += same_merged and not same_gold
        report.pairs.fn += same_gold and not same_merged
    for event_id in labelled:
        report.fragments.setdefault(labels[event_id], set()).add(cluster_of[event_id])
    report.fragments = {k: len(v) for k, v in report.fragments.items()}
    report.events, report.labelled = len(mentions), len(labelled)
    report.gold_events = len({g["event"] for r in records for g in r["gold"]})
    report.merged_events, report.stories = len(merged), len(set(stories.values()))
    return report
