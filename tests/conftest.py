"""Shared fixtures: one Pipeline for the whole session (spaCy loads once), and the shared data paths."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"
CORPUS = ROOT / "tests" / "data" / "corpus"
EXAMPLES = ROOT / "examples" / "articles"


def need_shared() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared is not beside the checkout")


@pytest.fixture(scope="session")
def pipeline():
    from parley.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_2016() -> str:
    need_shared()
    return (SEEDS / "summit_column_2016.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def seed_2018() -> str:
    need_shared()
    return (SEEDS / "paris_meeting_analysis_2018.txt").read_text("utf-8")
