"""Highlight spans for the document reader: where the events, actors and quotes sit in the text.

Offsets count Unicode code points of `documents.text`, as the database stores them. Event triggers,
quotes and quote speakers have stored offsets; event actors do not (only `source_text` and
`target_text`), so they are found by a word-bounded search inside the event's evidence sentence: the
source nearest before the trigger, the target nearest after it.
"""
from __future__ import annotations

import re


def highlight_spans(events: list[dict], quotes: list[dict]) -> list[dict]:
    spans = []
    for event in events:
        spans.append(_span(event["trigger_start"], event["trigger_end"], "event",
                           f"{event['code']} {event['source_code'] or '?'} → {event['target_code'] or '?'}",
                           event_id=event["event_id"]))
        for side, before in (("source", True), ("target", False)):
            found = _find_actor(event, event[f"{side}_text"], before)
            if found:
                spans.append(_span(*found, "actor", event[f"{side}_code"] or event[f"{side}_text"]))
    for quote in quotes:
        spans.append(_span(quote["start_char"], quote["end_char"], "quote",
                           f"{quote['kind']} quote: {quote['speaker_code'] or quote['speaker_text'] or 'unknown speaker'}",
                           quote_id=quote["quote_id"]))
        if quote["speaker_start"] is not None and quote["speaker_end"] is not None:
            spans.append(_span(quote["speaker_start"], quote["speaker_end"], "actor",
                               quote["speaker_code"] or quote["speaker_text"]))
    unique = {(s["start"], s["end"], s["kind"], s["label"]): s for s in spans if s["start"] < s["end"]}
    return sorted(unique.values(), key=lambda s: (s["start"], -s["end"], s["kind"]))


def _span(start: int, end: int, kind: str, label: str, **ids) -> dict:
    return {"start": start, "end": end, "kind": kind, "label": label, **ids}


def _find_actor(event: dict, text: str | None, before_trigger: bool) -> tuple[int, int] | None:
    if not text:
        return None
    evidence, offset = event["evidence"], event["evidence_start"]
    trigger = (event["trigger_start"] or offset) - offset
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", evidence, re.IGNORECASE)]
    if not hits:
        return None
    if before_trigger:
        near = [h for h in hits if h[1] <= trigger]
        start, end = near[-1] if near else hits[0]
    else:
        near = [h for h in hits if h[0] >= trigger]
        start, end = near[0] if near else hits[0]
    return offset + start, offset + end
