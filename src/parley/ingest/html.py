"""Main text and metadata of an HTML page, through trafilatura (no network access)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import trafilatura


@dataclass
class ExtractedPage:
    text: str
    title: str | None
    url: str | None
    source: str | None
    date: date | None


def extract_html(html: str) -> ExtractedPage | None:
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
    )
    if result is None or not (result.text or "").strip():
        return None
    page_date = None
    if result.date:
        try:
            page_date = date.fromisoformat(result.date[:10])
        except ValueError:
            page_date = None
    text = result.text.replace("\n", "\n\n")  # trafilatura gives one line per paragraph
    if result.title and not text.startswith(result.title):
        text = f"{result.title}\n\n{text}"
    return ExtractedPage(text=text, title=result.title, url=result.url, source=result.sitename, date=page_date)
