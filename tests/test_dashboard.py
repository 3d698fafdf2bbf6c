"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against the real server
(uvicorn on a free loopback port) over the test database of test_api.py. Every request the page
makes is checked to stay on that server: the dashboard must work offline."""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
import uvicorn
from conftest import ROOT
from test_api import XSS_ID, build_database

from parley.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VENDOR = ROOT / "src" / "parley" / "web" / "static" / "vendor"
ARTIFACTS = ROOT / "tests" / "artifacts"

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: apt-get install -y --no-install-recommends chromium", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("dashboard") / "dashboard.duckdb"
    build_database(path, pipeline)
    app = create_app(path)
    port = free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    cur = app.state.db.store.con.cursor()
    yield {"url": f"http://127.0.0.1:{port}", "sql": lambda q, *p: cur.execute(q, p).fetchall()}
    cur.close()
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A fresh page that may talk to our server only; it records stray requests and script errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.stray, page.errors = [], []
    origin = urlparse(server["url"]).netloc

    def guard(route):
        if urlparse(route.request.url).netloc == origin:
            route.continue_()
        else:
            page.stray.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and not _missing_vendor(msg) and page.errors.append(msg.text))
    yield page
    context.close()


def _missing_vendor(message) -> bool:
    """Without `make vendor` (npm) the dashboard runs without its chart and map libraries, as the Makefile warns:
    the browser's complaints about those missing files are expected, any other error is not."""
    where = (message.location or {}).get("url", "") + " " + message.text
    return not (VENDOR / "chart.umd.min.js").exists() and "/static/vendor/" in where


def open_view(page, server, route, ready):
    page.goto(server["url"] + "/#/" + route)
    page.wait_for_selector(f"body[data-ready='{ready}']")


needs_vendor = pytest.mark.skipif(not (VENDOR / "chart.umd.min.js").exists(),
                                  reason="no vendor libraries: run `make vendor` (npm)")


def test_overview_shows_the_database_counts(page, server):
    open_view(page, server, "", "overview")
    sql = server["sql"]
    for table in ("documents", "events", "merged_events", "actors", "quotes"):
        shown = page.inner_text(f"#count-{table} .value")
        assert shown == f"{sql(f'SELECT count(*) FROM {table}')[0][0]:,}"
    first_dyad = page.locator("section", has_text="Top dyads").locator("tbody tr").first.inner_text()
    assert first_dyad.startswith("RUS – USA")
    assert page.locator("section", has_text="Latest events").locator("tbody tr").count() == 10
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert not page.stray and not page.errors


def test_event_browser_filters_by_actor_and_pages(page, server):
    open_view(page, server, "events", "events")
    page.fill("#event-filters input[name=actor]", "RUS")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url(re.compile(r"#/events\?actor=RUS$"))
    page.wait_for_selector("body[data-ready='events']")
    rows = page.locator("#event-table tbody tr")
    expected = server["sql"]("SELECT count(*) FROM events WHERE source_code LIKE 'RUS%' OR target_code LIKE 'RUS%'")[0][0]
    assert rows.count() == expected
    for i in range(rows.count()):
        source, target = rows.nth(i).locator("td").nth(1).inner_text(), rows.nth(i).locator("td").nth(3).inner_text()
        assert source.startswith("RUS") or target.startswith("RUS")
    assert page.inner_text(".pager .range") == f"1–{expected} of {expected}"
    # one page of 5, then the next
    open_view(page, server, "events?actor=RUS&limit=5", "events")
    assert rows.count() == 5
    page.click(".pager a[rel=next]")
    page.wait_for_url(re.compile(r"offset=5"))
    page.wait_for_selector("body[data-ready='events']")
    assert page.inner_text(".pager .range") == f"6–10 of {expected}"
    assert not page.stray and not page.errors


def test_an_event_shows_its_evidence_and_mentions(page, server):
    open_view(page, server, "events?actor=RUS&code=161&date_from=2019-03-04&date_to=2019-03-04", "events")
    page.locator("#event-table tbody tr").first.locator("a").first.click()
    page.wait_for_selector("body[data-ready='event']")
    assert page.inner_text("blockquote mark.hl-event") == "expelled"
    facts = dict(zip(page.locator("dl.facts dt").all_inner_texts(), page.locator("dl.facts dd").all_inner_texts()))
    assert facts["source"].startswith("RUS ") and facts["target"].startswith("POLGOV ")
    assert facts["date"] == "2019-03-04 (day)" and facts["merged event"] == "2 articles, 2 sources"
    mentions = page.locator("section", has_text="Mentions").locator("tbody tr")
    assert mentions.count() == 2
    assert {"Parley Wire", "Other Outlet"} == {mentions.nth(i).locator("td").nth(1).inner_text() for i in range(2)}
    assert page.evaluate("window.__parleyXss") is None
    assert not page.stray and not page.errors


def test_document_reader_highlights_and_never_runs_article_markup(page, server):
    open_view(page, server, "document/" + quote(XSS_ID, safe=""), "document")
    text = page.inner_text("#doc-text")
    assert "<script>window.__parleyXss = 1</script>" in text
    assert '<img src=x onerror="window.__parleyXss = 2">' in text
    assert page.inner_text("h1").startswith('<img src=x onerror="window.__parleyXss = 3">')
    assert page.locator("#view script, #view img").count() == 0
    triggers = page.locator("#doc-text .hl-event")
    assert triggers.count() >= 2 and triggers.first.is_visible()
    assert {triggers.nth(i).inner_text() for i in range(triggers.count())} >= {"expelled", "condemned"}
    assert page.locator("#doc-text .hl-actor", has_text="Russia").first.is_visible()
    page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert page.evaluate("window.__parleyXss") is None
    # a seed article: actors, events and quotes all highlighted
    open_view(page, server, "document/paris_meeting_analysis_2018.txt", "document")
    for kind in ("event", "actor", "quote"):
        assert page.locator(f"#doc-text .hl-{kind}").first.is_visible()
    assert page.locator("#doc-text .hl-actor", has_text="Putin").first.get_attribute("title").endswith("RUSGOV")
    assert not page.stray and not page.errors


@needs_vendor
def test_dyad_page_draws_the_timeline_chart(page, server):
    open_view(page, server, "dyad/USA-RUS?interval=month", "dyad")
    canvas = page.locator("canvas#dyad-chart")
    box = canvas.bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    drawn = page.evaluate("""() => { const chart = Chart.getChart(document.getElementById('dyad-chart'));
        return chart.data.datasets.slice(0, 4).reduce((n, d) => n + d.data.reduce((a, b) => a + b, 0), 0); }""")
    expected = server["sql"]("SELECT count(*) FROM events WHERE date IS NOT NULL AND ((source_code LIKE 'USA%' AND target_code"
                             " LIKE 'RUS%') OR (source_code LIKE 'RUS%' AND target_code LIKE 'USA%'))")[0][0]
    assert drawn == expected
    painted = page.evaluate("""() => { const c = document.getElementById('dyad-chart');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i]) n++; return n; }""")
    assert painted > 1000
    assert not page.stray and not page.errors


@needs_vendor
def test_map_has_country_outlines_and_a_marker_per_place(page, server):
    open_view(page, server, "map", "map")
    places = server["sql"]("SELECT count(DISTINCT (location_name, location_country, lat, lon)) FROM events WHERE lat IS NOT NULL")[0][0]
    assert page.locator("#map path.place-marker").count() == places > 3
    assert page.locator("#map .leaflet-overlay-pane path").count() > 100  # countries + markers
    page.locator("#map path.place-marker").first.click()
    assert "events" in page.inner_text(".leaflet-popup-content")
    assert not page.stray and not page.errors


def test_network_draws_actors_and_edges(page, server):
    open_view(page, server, "network?min_events=2", "network")
    nodes = page.locator("#network g.node")
    labels = {nodes.nth(i).locator("text").text_content() for i in range(nodes.count())}
    assert {"USAGOV", "RUSGOV"} <= labels
    assert page.locator("#network line.edge").count() >= 2
    nodes.filter(has_text="RUSGOV").locator("circle").click()
    page.wait_for_url(re.compile(r"#/events\?actor=RUSGOV"))
    assert not page.stray and not page.errors


def test_without_the_vendor_libraries_the_data_still_shows(page, server):
    page.route("**/static/vendor/**", lambda route: route.abort())
    open_view(page, server, "dyad/USA-RUS", "dyad")
    assert "chart library is missing" in page.inner_text(".warning")
    assert page.locator("section", has_text="Per period").locator("tbody tr").count() > 0
    open_view(page, server, "map", "map")
    assert "map library is missing" in page.inner_text(".warning")
    assert page.locator("section", has_text="Places").locator("tbody tr").count() > 3
    assert not page.stray
