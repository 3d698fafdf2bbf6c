"""Schemathesis against the API's own OpenAPI schema, in process (ASGI): for any input the schema allows
(and many it does not), no endpoint answers 5xx, and every answer has a documented status code, content
type and shape. The write endpoint is fuzzed too, with the server's token, over a database of the
example articles."""
from __future__ import annotations

import warnings

import pytest
import schemathesis
from conftest import EXAMPLES
from hypothesis import HealthCheck, settings

from schemathesis.specs.openapi.checks import positive_data_acceptance

from parley.dedup import rebuild
from parley.ingest import IngestError, read_inputs
from parley.store import Store

warnings.filterwarnings("ignore", message="Using `httpx`")

from parley.api import create_app  # noqa: E402

TOKEN = "fuzz-t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
READS = settings(max_examples=25, deadline=None, database=None,
                 suppress_health_check=list(HealthCheck))
WRITES = settings(READS, max_examples=15)  # each example codes up to 100 documents


@pytest.fixture(scope="module")
def fuzz_app(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    documents = [d for d in read_inputs([str(EXAMPLES)]) if not isinstance(d, IngestError)]
    with Store(path) as store:
        store.save(list(pipeline.code_documents(documents)))
        store.refresh_actors()
        rebuild(store.con)
    app = create_app(path, token=TOKEN, pipeline_factory=lambda: pipeline)
    yield app
    app.state.db.close()


def _schema():
    """The schema does not depend on the data: read it from an app over an empty in-memory database
    (schemathesis' lazy `from_fixture` loader does not work with this pytest), call the real app per test."""
    app = create_app(":memory:", token=TOKEN)
    try:
        return schemathesis.openapi.from_dict(app.openapi())
    finally:
        app.state.db.close()


schema = _schema()
READ_OPERATIONS, WRITE_OPERATIONS = schema.exclude(method="POST"), schema.include(method="POST")

# Rules the schema cannot state (an order between two fields, distinct ids in a list) and texts that turn
# out to hold no article: a 422 naming them is the right answer to a request the schema allows.
SEMANTIC_REJECTIONS = ("date_to is before date_from", "two documents share an id", "empty document",
                       "not valid Unicode", "document too large", "no article text")


def valid_data_accepted(ctx, response, case):
    """schemathesis' positive_data_acceptance, except for the rejections above."""
    if response.status_code == 422 and any(rule in response.json()["error"] for rule in SEMANTIC_REJECTIONS):
        return None
    return positive_data_acceptance(ctx, response, case)


def call_and_validate(case, app, **kwargs):
    case.operation.schema.app = app  # for the checks that send requests of their own (no token, other methods)
    try:
        response = case.call_and_validate(app=app, excluded_checks=[positive_data_acceptance],
                                          additional_checks=[valid_data_accepted], **kwargs)
    finally:
        case.operation.schema.app = None
    assert response.status_code < 500, response.text
    return response


@READ_OPERATIONS.parametrize()
@READS
def test_reads_never_fail_and_match_the_schema(case, fuzz_app):
    call_and_validate(case, fuzz_app)


@WRITE_OPERATIONS.parametrize()
@WRITES
def test_posting_documents_never_fails_and_matches_the_schema(case, fuzz_app):
    response = call_and_validate(case, fuzz_app, headers=AUTH)
    if response.status_code == 200:  # what was stored is whole: the document with exactly its events
        cur = fuzz_app.state.db.store.con.cursor()
        try:
            for posted in response.json()["documents"]:
                if posted["status"] == "stored":
                    stored = cur.execute("SELECT n_events, (SELECT count(*) FROM events WHERE doc_id = ?)"
                                         " FROM documents WHERE doc_id = ?", [posted["doc_id"]] * 2).fetchone()
                    assert stored == (len(posted["events"]), len(posted["events"])), posted["doc_id"]
        finally:
            cur.close()


def test_the_schema_documents_errors_and_the_token():
    raw = schema.raw_schema
    post = raw["paths"]["/api/documents"]["post"]
    assert {"401", "413", "422"} <= set(post["responses"]) and post["security"]
    events = raw["paths"]["/api/events"]["get"]["responses"]
    assert events["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ApiErrorOut")
    assert "404" in raw["paths"]["/api/events/{event_id}"]["get"]["responses"]
