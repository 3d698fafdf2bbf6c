"""Precision, recall and F1 of the coder on gold records, at three levels of detail.

- full: source (root + sector), target (root + sector) and the full CAMEO code;
- country-root: source country, target country, CAMEO root (the level PETRARCH papers report);
- root: CAMEO root only.
Matching is a multiset intersection per record, so a duplicated event costs precision.

Records may also carry gold quotes (`quotes`) or a gold document type (`doc_type`); those are
scored as attributes, and a record without `expected` is not scored for events.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import pycountry

from ..datafiles import data_rows
from ..events.cameo import intended_acts, stated_intent
from ..ingest.doctype import classify as classify_doc_type
from ..model import Document, Event, Quote
from ..places import distance_km

LEVELS = ("full", "country-root", "root")


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[str, str]]:
    return sorted(((r["prefix"], r["root"]) for r in data_rows("evaluate", "code_aliases.tsv")), key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _organisation_keys() -> frozenset[str]:
    text = resources.files("parley.actors").joinpath("data/organisations.tsv").read_text("utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4096)
def split_gold_code(code: str | None, sector: str | None = None) -> tuple[str | None, str | None]:
    """("USAGOV") -> ("USA", "GOV"); ("IGOUNOMIL") -> ("UN", "MIL"); ("AUMIL") -> ("AU", "MIL"); ("---LEG") -> (None,
    "LEG")."""
    if not code:
        return None, None
    code = code.strip().upper()
    for prefix, root in _aliases():
        if code.startswith(prefix):
            rest = code[len(prefix):]
            return root, sector_of(sector) or (rest[:3] or None)
    if code.startswith("---"):
        return None, sector_of(sector) or (code[3:6] or None)
    if code in _organisation_keys():  # a group's key is its own root, though it begins like a country's (POLISARIO)
        return code, sector_of(sector)
    if code[:-3] in _organisation_keys() and code[-3:].isalpha():  # a body's key and a sector: "AUMIL"
        return code[:-3], sector_of(sector) or code[-3:]
    if pycountry.countries.get(alpha_3=code[:3]) or code[:3] in ("XKX", "PSE"):
        return code[:3], sector_of(sector) or (code[3:6] or None)
    return code, sector_of(sector)


def sector_of(sector: str | None) -> str | None:
    sector = (sector or "").strip()
    return sector[:3].upper() if sector and sector[:3].isalpha() else None


@dataclass
class GoldEvent:
    source: tuple[str | None, str | None]
    target: tuple[str | None, str | None]
    code: str

    def key(self, level: str) -> tuple:
        if level == "full":
            return (self.source, self.target, self.code)
        if level == "country-root":
            return (self.source[0], self.target[0], self.code[:2])
        return (self.code[:2],)


def gold_events(record: dict) -> list[GoldEvent]:
    found = []
    for expected in record.get("expected") or []:
        code = (expected.get("code") or "").strip()
        if not code or not code[:2].isdigit():
            continue
        found.append(GoldEvent(split_gold_code(expected.get("source"), expected.get("source_sector")),
                               split_gold_code(expected.get("target"), expected.get("target_sector")), code))
    return found


# Generic codes some gold sets (PLOVER's GSR) use for every body without a country: international
# organisations and NGOs (IGO), transnational armed groups (IMG).
_STATELESS_ARMED_SECTORS = {"REB", "CRM", "INS"}


@lru_cache(maxsize=1)
def _org_parents() -> dict[str, str]:
    return {r["org"]: r["parent"] for r in data_rows("evaluate", "org_parents.tsv")}


def _root_in(actor, gold_roots: set) -> str | None:
    """Our actor's root in the gold's vocabulary: a group's key where the gold names groups (HAMAS),
    its country where the gold names countries (PSE), IGO/IMG where the gold lumps stateless bodies,
    the parent organisation where the gold names it and not the body (the UN for the UN refugee agency)."""
    if actor.org and actor.org in gold_roots:
        return actor.org
    parent = _org_parents().get(actor.org) if actor.org else None
    if parent and parent in gold_roots:
        return parent
    if actor.org and not actor.country:
        generic = "IMG" if (actor.sector or "")[:3] in _STATELESS_ARMED_SECTORS else "IGO"
        if generic in gold_roots:
            return generic
    return actor.country or actor.org


def predicted_events(events: Iterable[Event], gold: list[GoldEvent] = (), either_reading: bool = False
                     ) -> list[GoldEvent]:
    """Our events in the gold's terms. With `either_reading`, a planned act or a stated intent is scored under
    whichever of CAMEO's two notations for a declared future act its gold uses: the act ("will visit Paris" as 042,
    "agreed to lift sanctions" as 085, as PETRARCH2's tests code them) or the intent (036 and 0354, as the CAMEO
    manual's examples do)."""
    roots = {g.source[0] for g in gold} | {g.target[0] for g in gold}
    # an actor we could not name a code for claims no country, so it is neither right nor wrong; an event
    # with no target at all ("France raised its terrorism alert") is scored against gold with none
    found = []
    for e in events:
        if not e.source.code or not (e.target.code or e.target.absent):
            continue
        event = GoldEvent((_root_in(e.source, roots), e.source.sector), (_root_in(e.target, roots), e.target.sector),
                          e.code)
        if either_reading:
            readings = [stated_intent(e.code)] if e.modality == "planned" else (
                intended_acts(e.code) if e.modality == "asserted" else [])
            dyad_roots = {g.code[:2] for g in gold if g.key("country-root")[:2] == event.key("country-root")[:2]}
            if e.code[:2] not in dyad_roots:
                event.code = next((r for r in readings if r[:2] in dyad_roots), e.code)
        found.append(event)
    return found


@dataclass
class LevelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class RecordResult:
    id: str
    text: str
    missed: list[tuple]
    wrong: list[tuple]


@dataclass
class Report:
    name: str
    records: int = 0
    skipped: int = 0
    levels: dict[str, LevelScore] = field(default_factory=lambda: {level: LevelScore() for level in LEVELS})
    per_root: dict[str, LevelScore] = field(default_factory=dict)
    confusions: Counter = field(default_factory=Counter)  # (gold root, coded root) for the same dyad
    modality_matched: int = 0
    modality_right: int = 0
    # "date (day)", "date (month)", "date (year)", "place", "no place": [right, scored] on matched events
    attributes: dict[str, list[int]] = field(default_factory=dict)
    results: list[RecordResult] = field(default_factory=list)
    quote_misses: list[tuple] = field(default_factory=list)  # (record id, quote, gold speaker, what went wrong)
    dedup: object | None = None  # a DedupReport, for gold sets of articles with known real events

    def tally(self, name: str, right: bool) -> None:
        counts = self.attributes.setdefault(name, [0, 0])
        counts[0] += bool(right)
        counts[1] += 1

    def to_json(self) -> dict:
        return {
            "name": self.name, "records": self.records, "skipped": self.skipped,
            "levels": {k: v.to_json() for k, v in self.levels.items()},
            "per_root": {k: v.to_json() for k, v in sorted(self.per_root.items())},
            "modality_accuracy": round(self.modality_right / self.modality_matched, 4) if self.modality_matched else None,
            "attributes": {k: {"right": r, "scored": n, "accuracy": round(r / n, 4) if n else None}
                           for k, (r, n) in sorted(self.attributes.items())},
            "confusions": [{"gold": g, "coded": c, "count": n} for (g, c), n in self.confusions.most_common()],
            **({"dedup": self.dedup.to_json()} if self.dedup else {}),
        }


def _score(report: Report, gold: list[GoldEvent], predicted: list[GoldEvent]) -> tuple[list, list]:
    missed: list = []
    wrong: list = []
    for level in LEVELS:
        g = Counter(e.key(level) for e in gold)
        p = Counter(e.key(level) for e in predicted)
        tp = sum((g & p).values())
        score = report.levels[level]
        score.tp += tp
        score.fp += sum(p.values()) - tp
        score.fn += sum(g.values()) - tp
        if level == "country-root":
            missed = list((g - p).elements())
            wrong = list((p - g).elements())
            for gold_key in missed:  # the same dyad coded under another root
                other = next((w for w in wrong if w[:2] == gold_key[:2]), None)
                if other is not None:
                    report.confusions[(gold_key[2], other[2])] += 1
            for key in set(g) | set(p):
                per = report.per_root.setdefault(key[2], LevelScore())
                hit = min(g[key], p[key])
                per.tp += hit
                per.fp += p[key] - hit
                per.fn += g[key] - hit
    return missed, wrong


_UNCLAIMED_MODALITIES = {"negated", "hypothetical", "alleged"}


def score_records(name: str, records: list[dict], pipeline) -> Report:
    report = Report(name)
    documents = []
    for record in records:
        if record.get("evaluate") is False or record.get("expected_error"):
            report.skipped += 1
            continue
        try:
            day = date.fromisoformat(str(record.get("date", ""))[:10])
        except ValueError:
            day = None
        documents.append((record, Document(id=str(record["id"]), text=record["text"], date=day,
                                           date_precision="day" if day else None, title=record.get("title"),
                                           doc_type=classify_doc_type(record["text"], record.get("title")))))
    # Gold sets that record no modality (PETRARCH's, PLOVER's) code only events that took place or are
    # planned; a negated or hypothetical event is no claim against them, nor is an alleged one: CAMEO codes
    # "accused the rebels of violating the ceasefire" as the accusation (112), which we code as well.
    with_modality = any(e.get("modality") for record, _ in documents for e in record.get("expected") or [])
    coded = pipeline.code_documents(d for _, d in documents)
    for (record, _), result in zip(documents, coded):
        report.records += 1
        if "quotes" in record:
            _score_quotes(report, record, result.quotes)
        if "doc_type" in record:
            report.tally("document type", result.document.doc_type == record["doc_type"])
        if "expected" not in record:
            continue
        gold = gold_events(record)
        events = [e for e in result.events if with_modality or e.modality not in _UNCLAIMED_MODALITIES]
        predicted = predicted_events(events, gold, either_reading=not with_modality)
        missed, wrong = _score(report, gold, predicted)
        _score_modality(report, record, result.events)
        _score_when_where(report, record, result.events, pipeline.gazetteer)
        if missed or wrong:
            report.results.append(RecordResult(str(record["id"]), record["text"], missed, wrong))
    return report


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the shorter span: a quote found with or without its closing comma matches."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(1, min(a[1] - a[0], b[1] - b[0]))


def _same_speaker(actor, gold_code: str | None) -> bool:
    """The same actor at the gold's level of detail: "Russia" said it (RUS) is RUSGOV speaking, a NATO
    official (NATOGOV) is NATO; a stated sector must agree (RUSOPP is not RUSGOV)."""
    if not gold_code:
        return actor is None or actor.code is None
    if actor is None or actor.code is None:
        return False
    root, sector = split_gold_code(gold_code)
    return _root_in(actor, {root}) == root and (not sector or not actor.sector or actor.sector == sector)


def _score_quotes(report: Report, record: dict, quotes: list[Quote]) -> None:
    """Gold quotes found (span overlap of at least half), their speakers, and quotes we found that are none."""
    text = record["text"]
    matched: set[int] = set()
    for expected in record["quotes"]:
        start = text.find(expected["quote"])
        gold_span = (start, start + len(expected["quote"]))
        index = next((i for i, q in enumerate(quotes) if i not in matched and _overlap(q.span, gold_span) >= 0.5),
                     None)
        report.tally("quote found", index is not None)
        speaker = quotes[index].speaker if index is not None else None
        speaker_code = speaker.code if speaker else None
        right = index is not None and _same_speaker(speaker, expected.get("speaker_code"))
        if index is not None:
            matched.add(index)
            report.tally("quote speaker (found quotes)", right)
        report.tally("quote found with its speaker", right)
        if not right:
            report.quote_misses.append((str(record["id"]), expected["quote"][:70], expected.get("speaker_code"),
                                        "not found" if index is None else f"speaker {speaker_code}"))
    for i, quote in enumerate(quotes):
        report.tally("quote precision", i in matched)
        if i not in matched:
            report.quote_misses.append((str(record["id"]), quote.text[:70], None, "not in gold"))


def _matching_event(expected: dict, events: list[Event]) -> Event | None:
    """The coded event for a gold event: same source and target country (or group) and root."""
    source = split_gold_code(expected.get("source"))[0]
    target = split_gold_code(expected.get("target"))[0]
    return next((e for e in events if source in (e.source.country, e.source.org)
                 and target in (e.target.country, e.target.org) and e.root == str(expected.get("code", ""))[:2]), None)


def _score_modality(report: Report, record: dict, events: list[Event]) -> None:
    for expected in record.get("expected") or []:
        if not expected.get("modality"):
            continue
        event = _matching_event(expected, events)
        if event is not None:
            report.modality_matched += 1
            report.modality_right += event.modality == expected["modality"]


_GOLD_PRECISION = {10: "day", 7: "month", 4: "year"}


def _score_when_where(report: Report, record: dict, events: list[Event], gazetteer) -> None:
    """Dates and places of the coded events that match a gold event which gives them."""
    for expected in record.get("expected") or []:
        if "event_date" not in expected and "place" not in expected:
            continue
        event = _matching_event(expected, events)
        if event is None:
            continue
        gold_date = str(expected.get("event_date") or "")
        precision = _GOLD_PRECISION.get(len(gold_date))
        if precision:
            coded = event.date.isoformat()[:len(gold_date)] if event.date else ""
            report.tally(f"date ({precision})", coded == gold_date)
        if "place" in expected:
            gold_place = expected["place"]
            if gold_place is None:
                report.tally("no place", event.location is None)
            else:
                report.tally("place", same_place(event.location, gold_place, gazetteer))


_NEARBY_KM = 25


def same_place(coded, gold: dict, gazetteer) -> bool:
    """Right name and country. The name is right when it is the gold's, or the same place by another name
    or with a direction ("northern Gaza" for Gaza), or lies within 25 km of it (the White House for
    Washington)."""
    if coded is None or coded.country != gold.get("country"):
        return False
    name = str(gold.get("name", ""))
    if coded.name.lower() == name.lower():
        return True
    ours, theirs = gazetteer.base(coded.name) or coded, gazetteer.base(name)
    if theirs is None:
        return False
    if (ours.name, ours.country) == (theirs.name, theirs.country):
        return True
    points = (ours.lat, ours.lon, theirs.lat, theirs.lon)
    return None not in points and distance_km(*points) <= _NEARBY_KM


def read_gold(path: str) -> list[tuple[str, list[dict]]]:
    """A gold file, or every .jsonl file of a folder, as (name, records)."""
    target = Path(path)
    files = sorted(target.rglob("*.jsonl")) if target.is_dir() else [target]
    out = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            out.append((str(file), [json.loads(line) for line in handle if line.strip()]))
    return out


def evaluate_files(paths: list[str], pipeline=None, progress_console=None) -> Report:
    """Score all records of the given files and folders together; a folder counts as one set."""
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    records: list[dict] = []
    for path in paths:
        for _, file_records in read_gold(path):
            records.extend(file_records)
    name = ", ".join(paths)
    from .dedup import is_dedup_record, score_dedup

    merged = [r for r in records if is_dedup_record(r)]
    records = [r for r in records if not is_dedup_record(r)]
    status = progress_console.status(f"coding {len(records) + len(merged)} gold records") if progress_console else None
    with status or _nothing():
        report = score_records(name, records, pipeline)
        if merged:
            report.dedup = score_dedup(merged, pipeline)
            report.records += len(merged)
    return report


@contextmanager
def _nothing():
    yield


def render_report(report: Report, console, verbose: bool = False) -> None:
    console.print(f"{report.name}: {report.records} records ({report.skipped} skipped)", highlight=False)
    if any(report.levels[level].tp + report.levels[level].fn + report.levels[level].fp for level in LEVELS):
        _render_events(report, console)
    for name, (right, scored) in sorted(report.attributes.items()):
        console.print(f"{name} right on {right}/{scored} ({right / scored:.1%})")
    if report.dedup:
        d, pairs = report.dedup, report.dedup.pairs
        console.print(f"event merging: pairwise precision {pairs.precision:.3f}, recall {pairs.recall:.3f}, "
                      f"F1 {pairs.f1:.3f} ({d.labelled} of {d.events} coded events match one of {d.gold_events} "
                      f"real events; {d.merged_events} merged events; {d.stories} stories from {d.articles} articles)",
                      highlight=False)
    if verbose:
        _render_misses(report, console)


def _render_events(report: Report, console) -> None:
    from rich.table import Table

    table = Table(title="events")
    for column in ("level", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right" if column != "level" else "left")
    for level, score in report.levels.items():
        table.add_row(level, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}",
                      str(score.tp), str(score.fp), str(score.fn))
    console.print(table)
    roots = Table(title="per CAMEO root (country-root level)")
    for column in ("root", "precision", "recall", "F1", "gold", "coded"):
        roots.add_column(column, justify="right")
    for root, score in sorted(report.per_root.items()):
        roots.add_row(root, f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}",
                      str(score.tp + score.fn), str(score.tp + score.fp))
    console.print(roots)
    if report.confusions:
        top = ", ".join(f"{g}->{c} x{n}" for (g, c), n in report.confusions.most_common(12))
        console.print(f"root confusions (gold->coded, same dyad): {top}", highlight=False)
    if report.modality_matched:
        console.print(f"modality right on {report.modality_right}/{report.modality_matched} matched events "
                      f"({report.modality_right / report.modality_matched:.1%})")


def _render_misses(report: Report, console) -> None:
    for result in report.results:
        console.print(f"[bold]{result.id}[/bold] {result.text}", highlight=False)
        for key in result.missed:
            console.print(f"   missed {key}", highlight=False)
        for key in result.wrong:
            console.print(f"   wrong  {key}", highlight=False)
    for record_id, quote, speaker, problem in report.quote_misses:
        console.print(f"[bold]{record_id}[/bold] quote {quote!r} (gold speaker {speaker}): {problem}",
                      highlight=False)
