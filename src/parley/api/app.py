"""The FastAPI application: JSON endpoints under /api, the dashboard at /, the schema at /openapi.json.

`create_app(db_path)` is all a server needs; `parley serve` runs it with uvicorn. Reads are open;
the one write, `POST /api/documents`, needs `Authorization: Bearer TOKEN` when a token is set, and
otherwise is accepted from loopback clients only.
"""
from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable
from contextlib import asynccontextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Annotated

from duckdb import DuckDBPyConnection
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.openapi.utils import get_openapi
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles

from . import queries
from .database import CodingError, Database
from .errors import ApiError, documented
from .errors import install as install_errors
from .limits import BodyLimit, NoSniff
from .params import (
    CODE,
    DYAD,
    ActorQuery,
    DocumentQuery,
    DocumentsIn,
    EventFilters,
    MergedFilters,
    NetworkQuery,
    PlaceFilters,
    SeriesQuery,
)
from .spans import highlight_spans

WEB = Path(__file__).resolve().parent.parent / "web"
MAX_BODY_BYTES = 2_000_000
# The dashboard loads nothing from elsewhere and runs no inline script: article text can never run.
DASHBOARD_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
                 "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _reader(request: Request):
    with request.app.state.db.reading() as cur:
        yield cur


Cursor = Annotated[DuckDBPyConnection, Depends(_reader)]


def _default_pipeline():
    from ..pipeline import Pipeline  # heavy import: only when a document is posted

    return Pipeline()


def create_app(db_path: str | Path, token: str | None = None, pipeline_factory: Callable = _default_pipeline,
               max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    db = Database(str(db_path), pipeline_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        db.open()
        yield
        db.close()

    app = FastAPI(title="Parley API", version=version("parley"), lifespan=lifespan, responses=documented(422),
                  docs_url=None, redoc_url=None,
                  description="Political events coded from news (CAMEO): who did what to whom, when and where.")
    app.openapi = lambda: _openapi(app)
    app.state.db = db
    install_errors(app)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(NoSniff)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    def writer(request: Request) -> None:
        given = request.headers.get("authorization", "")
        if token is not None:
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                raise ApiError(401, "a valid 'Authorization: Bearer TOKEN' header is needed to post documents",
                               "authorization", {"WWW-Authenticate": "Bearer"})
        elif not _is_loopback(request.client.host if request.client else ""):
            raise ApiError(403, "posting documents from another host needs a token: start the server with --token")

    def found(item: dict | None, what: str, key: str) -> dict:
        if item is None:
            raise ApiError(404, f"no {what} {key!r}")
        return item

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the copy `make vendor` installs from npm: the docs load nothing from the internet."""
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="Parley API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css", swagger_favicon_url="data:,",
                                   swagger_ui_parameters={"validatorUrl": None})  # no badge from swagger.io

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB / "static" / "index.html", headers={"Content-Security-Policy": DASHBOARD_CSP})

    @app.get("/health", tags=["meta"])
    def health(cur: Cursor) -> dict:
        cur.execute("SELECT 1").fetchone()
        return {"status": "ok"}

    @app.post("/api/documents", tags=["write"], dependencies=[Depends(writer)], responses=documented(401, 403, 413),
              openapi_extra={"security": [{"bearer": []}] + ([] if token is not None else [{}])})
    def post_documents(body: DocumentsIn) -> dict:
        """Code up to 100 documents and store them with their events; a same-id document is replaced."""
        try:
            return {"documents": db.code_and_store(body.documents)}
        except CodingError as error:
            raise ApiError(422, f"{error.field}: {error}", error.field) from error

    @app.get("/api/events", tags=["events"])
    def events(cur: Cursor, filters: Annotated[EventFilters, Query()]) -> dict:
        """Events newest first; filters combine with AND."""
        return queries.list_events(cur, filters)

    @app.get("/api/events/{event_id}", tags=["events"], responses=documented(404))
    def event(cur: Cursor, event_id: str) -> dict:
        return found(queries.get_event(cur, event_id), "event", event_id)

    @app.get("/api/merged-events", tags=["events"])
    def merged_events(cur: Cursor, filters: Annotated[MergedFilters, Query()]) -> dict:
        """Deduplicated events, the most reported first."""
        return queries.list_merged(cur, filters)

    @app.get("/api/merged-events/{merged_id}", tags=["events"], responses=documented(404))
    def merged_event(cur: Cursor, merged_id: str) -> dict:
        return found(queries.get_merged(cur, merged_id), "merged event", merged_id)

    @app.get("/api/actors", tags=["actors"])
    def actors(cur: Cursor, query: Annotated[ActorQuery, Query()]) -> dict:
        return queries.list_actors(cur, query.q, query.limit, query.offset)

    @app.get("/api/actors/{code}", tags=["actors"], responses=documented(404))
    def actor(cur: Cursor, code: Annotated[str, PathParam(pattern=CODE)]) -> dict:
        return found(queries.get_actor(cur, code.upper()), "actor", code)

    @app.get("/api/documents", tags=["documents"])
    def documents(cur: Cursor, query: Annotated[DocumentQuery, Query()]) -> dict:
        return queries.list_documents(cur, query.doc_type, query.limit, query.offset)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], responses=documented(404))
    def document(cur: Cursor, doc_id: str) -> dict:
        """The text with its events, quotes and highlight spans (code-point offsets into `text`)."""
        item = found(queries.get_document(cur, doc_id), "document", doc_id)
        item["spans"] = highlight_spans(item["events"], item["quotes"])
        return item

    @app.get("/api/dyads/{dyad}/series", tags=["analysis"])
    def dyad_series(cur: Cursor, dyad: Annotated[str, PathParam(pattern=DYAD)],
                    query: Annotated[SeriesQuery, Query()]) -> dict:
        """Events between two code prefixes per period, in each direction and by quad class."""
        a, b = dyad.upper().split("-")
        return {"a": a, "b": b, "interval": query.interval,
                "periods": queries.dyad_series(cur, a, b, query.interval, query.date_from, query.date_to)}

    @app.get("/api/overview", tags=["analysis"])
    def overview(cur: Cursor) -> dict:
        return queries.overview(cur)

    @app.get("/api/network", tags=["analysis"])
    def network(cur: Cursor, query: Annotated[NetworkQuery, Query()]) -> dict:
        return queries.network(cur, query)

    @app.get("/api/places", tags=["analysis"])
    def places(cur: Cursor, filters: Annotated[PlaceFilters, Query()]) -> dict:
        """Located events per place, for the map; takes the event filters."""
        return queries.places(cur, filters)

    return app


def _openapi(app: FastAPI) -> dict:
    """FastAPI's schema, plus what it cannot know: the bearer token, and that an optional query parameter
    left blank (as an HTML form sends it) counts as absent."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {})["securitySchemes"] = {"bearer": {
            "type": "http", "scheme": "bearer",
            "description": "The server's --token; without one, posting is open to loopback clients only"}}
        for operation in (op for path in schema["paths"].values() for op in path.values()):
            for parameter in operation.get("parameters", []):
                alternatives = parameter["schema"].get("anyOf", [])
                if parameter["in"] == "query" and {"type": "null"} in alternatives:
                    alternatives.append({"type": "string", "pattern": r"^\s*$"})
        app.openapi_schema = schema
    return app.openapi_schema


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
