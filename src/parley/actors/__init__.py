"""Actors: the actor lexicon (data files) and the matcher that finds and resolves actor mentions."""
from .lexicon import Lexicon
from .mentions import PhraseIndex, find_mentions, resolve

__all__ = ["Lexicon", "PhraseIndex", "find_mentions", "resolve"]
