"""Evaluate: score the coder against gold-coded sentences (`parley evaluate`)."""
from .scorer import Report, evaluate_files, render_report, score_records

__all__ = ["Report", "evaluate_files", "render_report", "score_records"]
