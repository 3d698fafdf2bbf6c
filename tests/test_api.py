"""The HTTP API over a real database: the example articles, both seed articles and two articles of
our own (one full of markup, one reporting the same expulsion from another outlet), coded by the
pipeline, stored, and merged by dedup, as `parley code` does."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from datetime import date
from urllib.parse import quote

import duckdb
import httpx
import pytest
from conftest import EXAMPLES, SEEDS, need_shared

from parley.dedup import rebuild
from parley.ingest import IngestError, make_document, read_inputs
from parley.store import Store

warnings.filterwarnings("ignore", message="Using `httpx`")  # starlette's TestClient notice
from fastapi.testclient import TestClient

from parley.api import create_app

XSS_ID = "xss<script>.txt"
XSS_TITLE = '<img src=x onerror="window.__parleyXss = 3">Russia expels Polish diplomats'
XSS_TEXT = ('MOSCOW, March 4, 2019 (Parley Wire) - Russia expelled two Polish diplomats '
            '<script>window.__parleyXss = 1</script> on Monday. Poland condemned Russia '
            '<img src=x onerror="window.__parleyXss = 2"> on Tuesday.')
SECOND_OUTLET = ("WARSAW, March 4, 2019 - Russia expelled two Polish diplomats on Monday, Polish officials said, "
                 "in retaliation for a similar move.")
LOOPBACK = ("127.0.0.1", 50000)


def build_database(path, pipeline) -> None:
    """Code the test articles into a new database at `path` and merge their events."""
    need_shared()
    documents = [d for d in read_inputs([str(EXAMPLES), str(SEEDS)]) if not isinstance(d, IngestError)]
    documents.append(make_document(XSS_ID, "test", text=XSS_TEXT, title=XSS_TITLE, source="Parley Wire",
                                   doc_date=date(2019, 3, 4)))
    documents.append(make_document("second-outlet", "test", text=SECOND_OUTLET, title="Moscow expels Poles",
                                   source="Other Outlet", doc_date=date(2019, 3, 4)))
    with Store(path) as store:
        store.save(list(pipeline.code_documents(documents)))
        store.refresh_actors()
        rebuild(store.con)


@pytest.fixture(scope="session")
def api_db(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    build_database(path, pipeline)
    return path


@pytest.fixture(scope="module")
def client(api_db):
    with TestClient(create_app(api_db)) as test_client:
        yield test_client


@pytest.fixture
def sql(client):
    """Ask the database directly, for the figures the API must agree with."""
    cur = client.app.state.db.store.con.cursor()
    yield lambda query, *params: cur.execute(query, params).fetchall()
    cur.close()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


# --- events -------------------------------------------------------------------------------------------

def test_events_newest_first_with_total_and_pages(client, sql):
    total = sql("SELECT count(*) FROM events")[0][0]
    first = get(client, "/api/events?limit=10")
    assert first["total"] == total > 40 and first["limit"] == 10 and len(first["events"]) == 10
    dates = [e["date"] for e in first["events"]]
    assert dates == sorted(dates, reverse=True)
    second = get(client, "/api/events?limit=10&offset=10")
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in second["events"]}
    assert second["events"][0]["date"] <= first["events"][-1]["date"]
    everything = get(client, "/api/events?limit=500")
    assert len(everything["events"]) == total
    assert get(client, f"/api/events?offset={total}")["events"] == []


def test_actor_filter_matches_code_prefixes_on_either_side(client, sql):
    found = get(client, "/api/events?actor=rus&limit=500")
    expected = sql("SELECT count(*) FROM events WHERE source_code LIKE 'RUS%' OR target_code LIKE 'RUS%'")[0][0]
    assert found["total"] == len(found["events"]) == expected > 5
    assert all(e["source_code"].startswith("RUS") or (e["target_code"] or "").startswith("RUS") for e in found["events"])
    assert {"RUSGOV", "RUS"} <= {e["source_code"] for e in found["events"]} | {e["target_code"] for e in found["events"]}
    as_source = get(client, "/api/events?source=RUS&limit=500")["events"]
    assert as_source and all(e["source_code"].startswith("RUS") for e in as_source)
    as_target = get(client, "/api/events?target=RUSGOV")["events"]
    assert as_target and all(e["target_code"] == "RUSGOV" for e in as_target)


def test_dyad_filter_takes_both_directions(client):
    events = get(client, "/api/events?dyad=USA-CHN")["events"]
    pairs = {(e["source_code"][:3], e["target_code"][:3]) for e in events}
    assert pairs == {("USA", "CHN"), ("CHN", "USA")}


@pytest.mark.parametrize("param, value, column", [
    ("code", "161", "code"), ("root", "04", "root"), ("quad_class", "4", "quad_class"),
    ("modality", "planned", "modality"), ("doc_type", "opinion", "doc_type"),
])
def test_exact_filters(client, sql, param, value, column):
    found = get(client, f"/api/events?{param}={value}&limit=500")
    expected = sql(f"SELECT count(*) FROM events WHERE CAST({column} AS VARCHAR) = ?", value)[0][0]
    assert found["total"] == len(found["events"]) == expected > 0
    assert {str(e[column]) for e in found["events"]} == {value}


def test_filters_combine(client):
    events = get(client, "/api/events?actor=USA&root=04&modality=planned")["events"]
    assert events and all(e["root"] == "04" and e["modality"] == "planned" for e in events)
    assert get(client, "/api/events?actor=USA&doc_type=opinion&quad_class=2")["total"] == 0


def test_date_range_and_place(client):
    events = get(client, "/api/events?date_from=2022-01-01&date_to=2022-12-31&limit=500")["events"]
    assert events and all("2022-01-01" <= e["date"] <= "2022-12-31" for e in events)
    paris = get(client, "/api/events?place=paris")["events"]
    assert paris and {e["location_name"] for e in paris} == {"Paris"}
    in_usa = get(client, "/api/events?place=usa")["events"]
    assert in_usa and {e["location_country"] for e in in_usa} == {"USA"}


def test_text_search_is_a_case_insensitive_substring(client, sql):
    found = get(client, "/api/events?q=EXPELLED")
    assert found["total"] == sql("SELECT count(*) FROM events WHERE evidence ILIKE '%expelled%'")[0][0] >= 3
    assert all("expelled" in e["evidence"].lower() for e in found["events"])
    # LIKE wildcards are taken literally
    assert get(client, "/api/events?q=expel%25d")["total"] == 0
    assert get(client, "/api/events?q=__parleyXss")["total"] == 2


def test_list_rows_carry_title_and_mentions_of_their_merged_event(client):
    events = get(client, "/api/events?actor=RUS&code=161&date_from=2019-03-04&date_to=2019-03-04")["events"]
    assert {e["doc_id"] for e in events} == {XSS_ID, "second-outlet"}
    assert len({e["merged_id"] for e in events}) == 1
    assert {e["merged_mentions"] for e in events} == {2}
    assert {e["doc_title"] for e in events} == {XSS_TITLE, "Moscow expels Poles"}


def test_one_event_with_document_and_mentions(client):
    listed = get(client, "/api/events?actor=RUS&code=161&date_from=2019-03-04&date_to=2019-03-04")["events"][0]
    event = get(client, f"/api/events/{listed['event_id']}")
    assert event["evidence"] and event["doc_date"] == "2019-03-04" and event["doc_source"] in ("Parley Wire", "Other Outlet")
    assert event["merged"]["articles"] == 2
    assert {m["doc_id"] for m in event["mentions"]} == {XSS_ID, "second-outlet"}
    assert {m["doc_title"] for m in event["mentions"]} == {XSS_TITLE, "Moscow expels Poles"}
    assert all("expelled" in m["evidence"] for m in event["mentions"])
    missing = get(client, "/api/events/nope", 404)
    assert missing == {"error": "no event 'nope'", "field": None}


def test_merged_events_most_reported_first_with_mentions(client, sql):
    merged = get(client, "/api/merged-events?limit=500")
    assert merged["total"] == sql("SELECT count(*) FROM merged_events")[0][0] > 0
    articles = [m["articles"] for m in merged["merged_events"]]
    assert articles == sorted(articles, reverse=True) and articles[0] == 2
    top = get(client, f"/api/merged-events/{merged['merged_events'][0]['merged_id']}")
    assert top["merged_event"]["mentions"] == len(top["mentions"]) == 2
    assert {m["source"] for m in top["mentions"]} == {"Parley Wire", "Other Outlet"}
    russian = get(client, "/api/merged-events?actor=RUS&limit=500")["merged_events"]
    assert russian and all("RUS" in (m["source_code"] or "")[:3] + (m["target_code"] or "")[:3] for m in russian)
    assert get(client, "/api/merged-events?doc_type=news", 422)["field"] == "doc_type"
    assert get(client, "/api/merged-events/nope", 404)["error"] == "no merged event 'nope'"


# --- actors, documents ------------------------------------------------------------------------------------

def test_actors_search_and_one_actor(client, sql):
    found = get(client, "/api/actors?q=rus&limit=2")
    assert found["total"] == sql("SELECT count(*) FROM actors WHERE code ILIKE '%rus%' OR name ILIKE '%rus%'")[0][0]
    assert len(found["actors"]) == 2 and found["actors"][0]["events"] >= found["actors"][1]["events"]
    actor = get(client, "/api/actors/rusgov")
    assert actor["code"] == "RUSGOV"
    involved = sql("SELECT count(*) FROM events WHERE source_code = 'RUSGOV' OR target_code = 'RUSGOV'")[0][0]
    assert sum(r["as_source"] + r["as_target"] for r in actor["by_root"]) >= involved
    assert actor["partners"][0]["partner"] == "USAGOV"
    assert get(client, "/api/actors/NOBODY", 404)["error"] == "no actor 'NOBODY'"
    assert get(client, "/api/actors/RUS-GOV", 422)["field"] == "code"


def test_documents_list_and_type_filter(client, sql):
    listed = get(client, "/api/documents?limit=5")
    assert listed["total"] == sql("SELECT count(*) FROM documents")[0][0] and len(listed["documents"]) == 5
    assert "text" not in listed["documents"][0] and listed["documents"][0]["snippet"]
    opinion = get(client, "/api/documents?doc_type=opinion")["documents"]
    assert [d["doc_id"] for d in opinion] == ["summit_column_2016.txt"]


def test_document_with_highlight_spans(client):
    doc = get(client, "/api/documents/paris_meeting_analysis_2018.txt")
    text = doc["text"]
    assert doc["events"] and doc["quotes"]
    kinds = {s["kind"] for s in doc["spans"]}
    assert kinds == {"event", "actor", "quote"}
    triggers = {(e["trigger_start"], e["trigger_end"]) for e in doc["events"]}
    for span in doc["spans"]:
        piece = text[span["start"]:span["end"]]
        if span["kind"] == "event":
            assert (span["start"], span["end"]) in triggers and span["event_id"]
        elif span["kind"] == "quote":
            assert piece in {q["text"] for q in doc["quotes"]}
        else:
            names = {e["source_text"] for e in doc["events"]} | {e["target_text"] for e in doc["events"]} | {
                q["speaker_text"] for q in doc["quotes"]}
            assert piece.lower() in {n.lower() for n in names if n}
    assert any(text[s["start"]:s["end"]] == "Putin" and s["label"] == "RUSGOV" for s in doc["spans"])
    assert get(client, "/api/documents/missing.txt", 404)["field"] is None


def test_article_markup_round_trips_as_text(client):
    doc = get(client, "/api/documents/" + quote(XSS_ID, safe=""))
    assert doc["doc_id"] == XSS_ID and doc["title"] == XSS_TITLE
    assert "<script>window.__parleyXss = 1</script>" in doc["text"]
    assert '<img src=x onerror="window.__parleyXss = 2">' in doc["text"]
    assert any("<script>" in e["evidence"] for e in doc["events"])


# --- analysis ---------------------------------------------------------------------------------------------

def test_dyad_series_counts_per_period_direction_and_quad_class(client, sql):
    series = get(client, "/api/dyads/usa-rus/series?interval=month")
    assert (series["a"], series["b"], series["interval"]) == ("USA", "RUS", "month")
    periods = series["periods"]
    expected = sql("SELECT count(*) FROM events WHERE date IS NOT NULL AND ((source_code LIKE 'USA%' AND target_code LIKE"
                   " 'RUS%') OR (source_code LIKE 'RUS%' AND target_code LIKE 'USA%'))")[0][0]
    assert sum(p["events"] for p in periods) == expected > 5
    for p in periods:
        assert p["period"].endswith("-01")
        assert p["events"] == p["a_to_b"]["events"] + p["b_to_a"]["events"] == sum(p["by_quad_class"].values())
        assert p["goldstein"] is None or -10 <= p["goldstein"] <= 10
    forward = sql("SELECT count(*) FROM events WHERE date IS NOT NULL AND source_code LIKE 'USA%' AND target_code LIKE 'RUS%'")
    assert sum(p["a_to_b"]["events"] for p in periods) == forward[0][0]
    weekly = get(client, "/api/dyads/USA-RUS/series?interval=week&date_from=2018-01-01&date_to=2018-12-31")["periods"]
    assert weekly and all(date.fromisoformat(p["period"]).weekday() == 0 for p in weekly)
    assert all("2017-12-25" <= p["period"] <= "2018-12-31" for p in weekly)
    assert get(client, "/api/dyads/USA-RUS/series?interval=year", 422)["field"] == "interval"
    assert get(client, "/api/dyads/USA/series", 422)["field"] == "dyad"


def test_overview_agrees_with_the_tables(client, sql):
    overview = get(client, "/api/overview")
    for table in ("documents", "events", "merged_events", "actors", "quotes"):
        assert overview["counts"][table] == sql(f"SELECT count(*) FROM {table}")[0][0]
    assert overview["top_dyads"][0] == {**overview["top_dyads"][0], "a": "RUS", "b": "USA"}
    assert sum(q["events"] for q in overview["by_quad_class"]) == overview["counts"]["events"]
    assert {t["doc_type"] for t in overview["by_doc_type"]} >= {"news", "analysis", "opinion"}
    dates = [e["date"] for e in overview["latest_events"]]
    assert len(dates) == 10 and dates == sorted(dates, reverse=True)


def test_network_edges_and_nodes(client):
    network = get(client, "/api/network?min_events=2")
    assert network["edges"] and all(e["events"] >= 2 for e in network["edges"])
    codes = {n["code"] for n in network["nodes"]}
    assert codes == {e["source"] for e in network["edges"]} | {e["target"] for e in network["edges"]}
    assert ("USAGOV", "RUSGOV") in {(e["source"], e["target"]) for e in network["edges"]}
    dated = get(client, "/api/network?date_from=2023-01-01")
    assert {n["code"] for n in dated["nodes"]} <= {"USAGOV", "CHNGOV", "USA", "CHN", "APEC"}


def test_places_for_the_map(client, sql):
    places = get(client, "/api/places")["places"]
    by_name = {p["location_name"]: p for p in places}
    assert by_name["Paris"]["events"] == sql("SELECT count(*) FROM events WHERE location_name = 'Paris'")[0][0]
    assert all(p["lat"] is not None and p["lon"] is not None for p in places)
    russian = get(client, "/api/places?actor=RUS")["places"]
    assert russian and len(russian) < len(places)


# --- validation -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, field", [
    ("/api/events?date_from=2020-13-01", "date_from"),
    ("/api/events?date_to=yesterday", "date_to"),
    ("/api/events?date_from=2021-01-01&date_to=2020-01-01", "date_to"),
    ("/api/events?limit=501", "limit"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?quad_class=5", "quad_class"),
    ("/api/events?quad_class=x", "quad_class"),
    ("/api/events?modality=certain", "modality"),
    ("/api/events?doc_type=blog", "doc_type"),
    ("/api/events?root=1", "root"),
    ("/api/events?actor=RUS%27%20OR%201%3D1", "actor"),
    ("/api/places?actor=a%C2%85", "actor"),  # a code with a trailing Unicode line break (found by schemathesis)
    # a Unicode line break alone is no blank field to the published schema, so no absent one (found by schemathesis)
    ("/api/events?date_to=%C2%85", "date_to"),
    ("/api/events?date_to=2020-01-01%C2%85", "date_to"),  # the schema's date format allows nothing around it
    ("/api/places?actor=%C2%85", "actor"),
    ("/api/events?dyad=USA", "dyad"),
    ("/api/events?q=" + "x" * 201, "q"),
    ("/api/events?acter=RUS", "acter"),
    ("/api/actors?limit=1000", "limit"),
    ("/api/documents?doc_type=blog", "doc_type"),
    ("/api/network?min_events=0", "min_events"),
    ("/api/places?date_from=2020-02-30", "date_from"),
])
def test_bad_parameters_are_422_naming_the_field(client, url, field):
    body = get(client, url, 422)
    assert body["field"] == field and field in body["error"]


def test_blank_form_fields_count_as_absent(client, sql):
    assert get(client, "/api/events?actor=&q=&date_from=&quad_class=")["total"] == sql("SELECT count(*) FROM events")[0][0]


def test_openapi_schema_docs_and_dashboard(client):
    schema = get(client, "/openapi.json")
    assert {"/api/events", "/api/events/{event_id}", "/api/merged-events", "/api/documents", "/api/overview",
            "/api/network", "/api/places", "/api/dyads/{dyad}/series", "/health"} <= set(schema["paths"])
    docs = client.get("/docs")  # Swagger UI from the vendored npm copy, nothing from a CDN
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text and "https://" not in docs.text
    page = client.get("/")
    assert page.status_code == 200 and "script-src" not in page.headers["content-security-policy"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert '<main id="view">' in page.text
    assert get(client, "/health") == {"status": "ok"}
    assert get(client, "/no/such/page", 404)["error"]


def test_an_empty_database_answers_every_endpoint(tmp_path):
    with TestClient(create_app(tmp_path / "empty.duckdb")) as empty:
        assert get(empty, "/api/events") == {"total": 0, "limit": 50, "offset": 0, "events": []}
        assert get(empty, "/api/events?q=x&actor=RUS")["total"] == 0
        assert get(empty, "/api/merged-events")["total"] == 0
        assert get(empty, "/api/actors")["total"] == 0
        assert get(empty, "/api/documents")["total"] == 0
        assert get(empty, "/api/dyads/USA-RUS/series")["periods"] == []
        assert get(empty, "/api/network") == {"nodes": [], "edges": []}
        assert get(empty, "/api/places") == {"places": []}
        overview = get(empty, "/api/overview")
        assert set(overview["counts"].values()) == {0} and overview["latest_events"] == []


# --- posting documents ------------------------------------------------------------------------------------

@pytest.fixture
def writable(api_db, pipeline, tmp_path):
    """A copy of the test database, so posts do not change what the other tests read."""
    path = tmp_path / "posted.duckdb"
    shutil.copy(api_db, path)
    loads = []

    def factory():
        loads.append(1)
        return pipeline

    return path, factory, loads


ARTICLE = {"id": "api-1", "title": "Sanctions", "date": "2021-06-21", "source": "Test Wire", "url": "https://example.org/1",
           "text": "The European Union imposed new sanctions on Belarus on Monday, foreign ministers said."}


def test_posting_codes_stores_and_merges(writable):
    path, factory, loads = writable
    app = create_app(path, token="s3cret", pipeline_factory=factory)
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(app, client=LOOPBACK) as api:
        assert loads == []  # the pipeline loads on the first post, not before
        posted = api.post("/api/documents", json={"documents": [ARTICLE]}, headers=auth)
        assert posted.status_code == 200, posted.text
        [result] = posted.json()["documents"]
        assert result["doc_id"] == "api-1" and result["status"] == "stored"
        assert any(e["source"]["code"] == "EU" and e["target"]["code"] == "BLR" for e in result["events"])
        stored = get(api, "/api/events?doc_type=news&date_from=2021-06-21&date_to=2021-06-21&source=EU&limit=500")["events"]
        assert "api-1" in {e["doc_id"] for e in stored}
        assert all(e["merged_id"] for e in stored)  # merged like `parley code` does
        assert get(api, "/api/documents/api-1")["source"] == "Test Wire"
        again = api.post("/api/documents", json=ARTICLE | {"title": "Sanctions (updated)"}, headers=auth)
        assert again.status_code == 200 and again.json()["documents"][0]["status"] == "stored"
        assert get(api, "/api/documents/api-1")["title"] == "Sanctions (updated)"
        assert get(api, "/api/documents?limit=500")["total"] == get(api, "/api/overview")["counts"]["documents"]
        copy = api.post("/api/documents", json=ARTICLE | {"id": "api-2"}, headers=auth).json()["documents"][0]
        assert copy == {"doc_id": "api-2", "status": "duplicate", "duplicate_of": "api-1", "events": []}
    assert loads == [1]


def test_posting_needs_the_token_when_one_is_set(writable):
    path, factory, loads = writable
    with TestClient(create_app(path, token="s3cret", pipeline_factory=factory), client=LOOPBACK) as api:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
            refused = api.post("/api/documents", json=ARTICLE, headers=headers)
            assert refused.status_code == 401 and refused.json()["field"] == "authorization"
            assert refused.headers["www-authenticate"] == "Bearer"
    assert loads == []


def test_without_a_token_only_loopback_may_post(writable):
    path, factory, _ = writable
    with TestClient(create_app(path, pipeline_factory=factory), client=("203.0.113.9", 40000)) as remote:
        assert remote.post("/api/documents", json=ARTICLE).status_code == 403
    with TestClient(create_app(path, pipeline_factory=factory), client=("::1", 40000)) as local:
        assert local.post("/api/documents", json=ARTICLE).status_code == 200


def test_post_limits_and_field_errors(writable):
    path, factory, loads = writable
    with TestClient(create_app(path, pipeline_factory=factory, max_body_bytes=50_000), client=LOOPBACK) as api:
        too_big = api.post("/api/documents", json=ARTICLE | {"text": "word " * 20_000})
        assert too_big.status_code == 413 and too_big.json()["field"] == "body"
        assert "50,000 bytes" in too_big.json()["error"]
        streamed = api.post("/api/documents", content=(b"x" * 10_000 for _ in range(10)),
                            headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        many = api.post("/api/documents", json={"documents": [{"id": str(i), "text": "x"} for i in range(101)]})
        assert many.status_code == 422 and many.json()["field"] == "documents"
        for body, field in [
            (ARTICLE | {"date": "2021-02-30"}, "documents[0].date"),
            ({"documents": [ARTICLE, {"id": "b"}]}, "documents[1].text"),
            (ARTICLE | {"doc_type": "blog"}, "documents[0].doc_type"),
            (ARTICLE | {"colour": "red"}, "documents[0].colour"),
            (ARTICLE | {"text": "   "}, "documents[0].text"),
            ({"documents": [ARTICLE, ARTICLE]}, "body"),
            ([ARTICLE], "body"),
        ]:
            answer = api.post("/api/documents", json=body)
            assert answer.status_code == 422 and answer.json()["field"] == field, (body, answer.text)
        broken = api.post("/api/documents", content=b'{"id": ', headers={"content-type": "application/json"})
        assert broken.status_code == 422 and broken.json()["field"] == "body"
    assert len(loads) <= 1


def test_the_database_is_left_usable_by_the_cli(writable):
    """The app closes its connection on shutdown, so the file can be opened again."""
    path, factory, _ = writable
    with TestClient(create_app(path, pipeline_factory=factory)):
        pass
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_parley_serve_serves_the_database_with_the_token_from_the_environment(api_db, tmp_path):
    path = tmp_path / "served.duckdb"
    shutil.copy(api_db, path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "parley", "serve", "--db", str(path), "--port", str(port)],
                              env=os.environ | {"PARLEY_TOKEN": "t0ken"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()
                time.sleep(0.2)
        assert httpx.get(base + "/api/events?actor=RUS").json()["total"] > 5
        assert httpx.post(base + "/api/documents", json=ARTICLE).status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_parley_serve_explains_a_locked_database(api_db, tmp_path):
    path = tmp_path / "locked.duckdb"
    shutil.copy(api_db, path)
    hold = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run([sys.executable, "-m", "parley", "serve", "--db", str(path)], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 1 and f"cannot open {path}" in result.stderr
    finally:
        holder.kill()
        holder.wait()
