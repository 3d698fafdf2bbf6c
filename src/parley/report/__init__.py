"""Analyst briefs: a dyad's events in a window as Background, Analysis, Assessment and Evidence."""
from .brief import Assessment, Brief, Evidence, KeyEvent, MonthPoint, Period, build_brief

__all__ = ["Assessment", "Brief", "Evidence", "KeyEvent", "MonthPoint", "Period", "build_brief"]
