"""Quotes: direct quotations and indirect speech, each with its speaker."""
from .extract import FoundQuote, direct_quote_spans, find_quotes

__all__ = ["FoundQuote", "direct_quote_spans", "find_quotes"]
