"""HTTP API and dashboard over a Parley database: `create_app(db_path)`, served by `parley serve`."""
from .app import create_app

__all__ = ["create_app"]
