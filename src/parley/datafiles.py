"""The tab-separated data files shipped in the package (`<package>/data/*.tsv`): one reader for all of them."""
from __future__ import annotations

import csv
from importlib import resources


def data_rows(package: str, name: str) -> list[dict[str, str]]:
    """The rows of `parley.<package>`'s data/`name`, keyed by its header; `#` lines are comments, and quotes are
    text (an example column may start with one)."""
    text = resources.files(f"parley.{package}").joinpath(f"data/{name}").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
