"""Engines code a stream of documents into events: `local` in this process, `ray` in worker actors on a
Ray cluster (`engine/ray.py`, imported only when used). Both hand the coded documents back, in input order,
to one callback (a `Sink`), so the output and the database are the same whichever engine ran."""
from .local import code_local
from .resume import Resume
from .sink import Sink

ENGINES = ("local", "ray")

__all__ = ["ENGINES", "Resume", "Sink", "code_local"]
