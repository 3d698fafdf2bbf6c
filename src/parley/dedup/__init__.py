"""Dedup: near-duplicate articles grouped into stories, and one merged event per real event."""
from .merge import DEFAULT_WINDOW_DAYS, MergedEvent, Mention, merge_mentions
from .rebuild import DedupSummary, rebuild
from .stories import DEFAULT_SIMILARITY, story_ids

__all__ = ["DEFAULT_SIMILARITY", "DEFAULT_WINDOW_DAYS", "DedupSummary", "MergedEvent", "Mention", "merge_mentions",
           "rebuild", "story_ids"]
