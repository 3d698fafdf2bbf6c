"""Store: the embedded DuckDB database and the event exports."""
from .db import Store
from .export import FORMATS, EventWriter

__all__ = ["FORMATS", "EventWriter", "Store"]
