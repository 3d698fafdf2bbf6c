"""Latency of the HTTP API over a large database, against a bare DuckDB query in the same run.

Builds a temporary database of N synthetic events (default 1,000,000) with their documents, merged
events and mentions, all in DuckDB SQL from generate_series (seconds, no coding), and its word index
(`evidence_terms`, half a minute: the events went in by SQL, not through `Store.save`), then times typical
requests through the real application (FastAPI's TestClient: routing, validation, SQL, JSON) and a
bare `SELECT ... LIMIT 50` on a cursor as the baseline. Target: p95 < 100 ms for the event queries.

    python bench/api_latency.py [--events 1000000] [--requests 30] [--keep bench.duckdb]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
warnings.filterwarnings("ignore", message="Using `httpx`")  # TestClient's deprecation notice

from fastapi.testclient import TestClient

from parley.api import create_app
from parley.store import Store

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IRN", "ISR", "SYR", "TUR", "IND", "PAK", "PRK",
             "KOR", "JPN", "BLR", "POL", "EST", "LVA", "LTU", "ETH", "SDN", "VEN", "BRA"]
SECTORS = ["", "GOV", "MIL", "GOV", "OPP", "SPY", "LEG", "JUD", ""]
ORGS = ["NATO", "EU", "UN", "IS", "HAMAS", "TPLF"]
# (code, root, quad class, Goldstein, verb used in the evidence)
CAMEO = [("010", "01", 1, 0.0, "made a statement about"), ("036", "03", 1, 4.0, "offered to meet"),
         ("042", "04", 1, 1.9, "visited"), ("044", "04", 1, 2.5, "met"), ("046", "04", 1, 7.0, "negotiated with"),
         ("057", "05", 1, 8.0, "signed an agreement with"), ("071", "07", 2, 7.4, "sent economic aid to"),
         ("111", "11", 3, -2.0, "criticized"), ("112", "11", 3, -2.0, "accused"), ("130", "13", 3, -4.4, "threatened"),
         ("161", "16", 3, -4.0, "expelled diplomats of"), ("163", "16", 4, -8.0, "imposed an embargo on"),
         ("172", "17", 4, -5.0, "imposed sanctions on"), ("190", "19", 4, -10.0, "fought"),
         ("195", "19", 4, -10.0, "carried out air strikes against"), ("200", "20", 4, -10.0, "shelled")]
PLACES = [("Moscow", "RUS", 55.75, 37.62), ("Washington", "USA", 38.9, -77.04), ("Beijing", "CHN", 39.9, 116.4),
          ("Kyiv", "UKR", 50.45, 30.52), ("Paris", "FRA", 48.85, 2.35), ("Idlib", "SYR", 35.93, 36.63),
          ("Gaza", "PSE", 31.5, 34.47), ("Tehran", "IRN", 35.69, 51.42), ("Geneva", "CHE", 46.2, 6.14),
          ("Kharkiv", "UKR", 49.99, 36.23), ("Minsk", "BLR", 53.9, 27.57), ("Vilnius", "LTU", 54.69, 25.28)]
WORDS = ["ceasefire", "border", "talks", "summit", "missile", "election", "refugees", "pipeline", "treaty",
         "sanctions", "drills", "embassy", "protest", "oil", "grain", "nuclear", "troops", "aid", "trade", "port"]


def sql_list(values) -> str:
    return "[" + ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) + "]"


def pick(values_sql: str, count: int, seed: str) -> str:
    """An element of a SQL list chosen by a hash of the row number (deterministic, roughly uniform)."""
    return f"{values_sql}[1 + (hash({seed}) % {count})::INTEGER]"


def build(path: str, n_events: int) -> None:
    codes = [c + s for c in COUNTRIES for s in SECTORS] + ORGS
    # skew: the first countries appear far more often, as in real news
    weighted = codes[:len(SECTORS) * 4] * 6 + codes
    actors = sql_list(weighted)
    cameo = {k: sql_list([row[i] for row in CAMEO]) for i, k in enumerate(("code", "root", "quad", "gold", "verb"))}
    places = {k: sql_list([row[i] for row in PLACES]) for i, k in enumerate(("name", "country", "lat", "lon"))}
    words = sql_list(WORDS)
    n_docs = max(1, n_events // 10)
    with Store(path) as store:
        con = store.con
        con.execute(f"""
            INSERT INTO documents (doc_id, content_hash, title, source, date, date_precision, date_inferred, doc_type,
                                   text, n_events, story_id)
            SELECT 'doc-' || i, md5(i::VARCHAR), 'Synthetic article ' || i,
                   {pick(sql_list(['Parley Wire', 'Daily Bench', 'The Example Times', 'Loopback News']), 4, 'i * 3')},
                   DATE '2010-01-01' + (hash(i) % 5000)::INTEGER, 'day', false,
                   {pick(sql_list(['news', 'news', 'news', 'analysis', 'opinion', 'other']), 6, 'i * 5')},
                   'Synthetic article ' || i || '. ' || repeat('Words of a news article about politics. ', 8),
                   10, 'story-' || (i // 4)
            FROM generate_series(0, {n_docs - 1}) t(i)""")
        con.execute(f"""
            INSERT INTO events (event_id, doc_id, sentence_index, source_text, source_code, source_name,
                                source_country, target_text, target_code, target_name, target_country, code, root,
                                quad_class, goldstein, plover, modality, date, date_precision, location_name,
                                location_country, lat, lon, location_feature, evidence, evidence_start, evidence_end,
                                trigger, trigger_start, trigger_end, pattern, confidence, doc_type, merged_id)
            WITH base AS (
                SELECT i, (hash(i * 13) % {len(CAMEO)})::INTEGER + 1 AS k, (hash(i * 17) % {len(PLACES)})::INTEGER + 1 AS p,
                       {pick(actors, len(weighted), 'i * 7')} AS s, {pick(actors, len(weighted), 'i * 11')} AS t,
                       {pick(words, len(WORDS), 'i * 19')} AS w1, {pick(words, len(WORDS), 'i * 23')} AS w2
                FROM generate_series(0, {n_events - 1}) g(i))
            SELECT 'ev-' || i, 'doc-' || (i // 10), i % 10, s, s, s, CASE WHEN len(s) >= 3 AND s NOT IN {tuple(ORGS)} THEN s[1:3] END,
                   t, t, t, CASE WHEN len(t) >= 3 AND t NOT IN {tuple(ORGS)} THEN t[1:3] END,
                   {cameo['code']}[k], {cameo['root']}[k], {cameo['quad']}[k]::INTEGER, {cameo['gold']}[k]::DOUBLE,
                   'OTHER', {pick(sql_list(['asserted'] * 6 + ['planned', 'alleged', 'negated', 'hypothetical']), 10, 'i * 29')},
                   DATE '2010-01-01' + (hash(i // 10) % 5000)::INTEGER, 'document',
                   CASE WHEN i % 5 < 2 THEN {places['name']}[p] END, CASE WHEN i % 5 < 2 THEN {places['country']}[p] END,
                   CASE WHEN i % 5 < 2 THEN {places['lat']}[p]::DOUBLE END, CASE WHEN i % 5 < 2 THEN {places['lon']}[p]::DOUBLE END,
                   CASE WHEN i % 5 < 2 THEN 'city' END,
                   s || ' ' || {cameo['verb']}[k] || ' ' || t || ' over the ' || w1 || ' and the ' || w2 || ' on Monday.',
                   0, 80, 'verb', 5, 9, 'pattern', 0.8,
                   {pick(sql_list(['news', 'news', 'news', 'analysis', 'opinion', 'other']), 6, '(i // 10) * 5')},
                   CASE WHEN i % 10 < 6 THEN 'm-' || (i // 3) END
            FROM base""")
        con.execute("""
            INSERT INTO merged_events
            SELECT merged_id, min(event_id), any_value(source_code), any_value(source_name), any_value(target_code),
                   any_value(target_name), any_value(code), any_value(root), any_value(quad_class), any_value(goldstein),
                   any_value(plover), any_value(modality), min(date), 'day', any_value(location_name),
                   any_value(location_country), any_value(lat), any_value(lon), any_value(evidence),
                   count(DISTINCT doc_id), count(DISTINCT doc_id), count(*), 1, min(date), max(date)
            FROM events WHERE merged_id IS NOT NULL GROUP BY merged_id""")
        con.execute("""
            INSERT INTO event_mentions
            SELECT e.merged_id, e.event_id, e.doc_id, e.sentence_index, d.source, d.date, e.confidence
            FROM events e JOIN documents d USING (doc_id) WHERE e.merged_id IS NOT NULL""")
        store.refresh_actors()
        store.rebuild_terms()  # the events went in by SQL, not through Store.save: index their words
        con.execute("CHECKPOINT")


REQUESTS = [
    ("events: first page", "/api/events", True),
    ("events: actor=RUS", "/api/events?actor=RUS", True),
    ("events: dyad + 1 year", "/api/events?dyad=USA-RUS&date_from=2015-01-01&date_to=2015-12-31", True),
    ("events: root=19", "/api/events?root=19", True),
    ("events: q=ceasefire", "/api/events?q=ceasefire", True),
    ("events: q=ceasefire border (two words)", "/api/events?q=ceasefire%20border", True),
    ("events: q=sanction (word prefix)", "/api/events?q=sanction", True),
    ("events: q=talks + actor=RUS", "/api/events?q=talks&actor=RUS", True),
    ("events: actor+root+modality, page 5", "/api/events?actor=CHN&root=04&modality=planned&offset=200", True),
    ("merged events: first page", "/api/merged-events", True),
    ("event by id", "/api/events/ev-123457", True),
    ("document by id", "/api/documents/doc-4242", False),
    ("dyad series USA-RUS by month", "/api/dyads/USA-RUS/series?interval=month", False),
    ("actor RUSGOV", "/api/actors/RUSGOV", False),
    ("places", "/api/places", False),
    ("network (min 50 events)", "/api/network?min_events=50", False),
    ("overview", "/api/overview", False),
]


def timings(run, repeat: int) -> list[float]:
    for _ in range(2):
        run()  # warm caches
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        found.append((time.perf_counter() - start) * 1000)
    return found


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=30, help="timed requests per query")
    parser.add_argument("--keep", help="build (or reuse) the database at this path instead of a temporary one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="api_bench_") as tmp:
        path = args.keep or str(Path(tmp) / "bench.duckdb")
        if not Path(path).exists():
            start = time.perf_counter()
            build(path, args.events)
            print(f"built {args.events:,} events in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        app = create_app(path)
        with TestClient(app) as client:
            cur = app.state.db.store.con.cursor()
            counts = cur.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents),"
                                 " (SELECT count(*) FROM merged_events)").fetchone()
            print(f"API latency over {counts[0]:,} events, {counts[1]:,} documents, {counts[2]:,} merged events;"
                  f" {args.requests} requests each (ms)")
            base = timings(lambda: cur.execute("SELECT * FROM events LIMIT 50").fetchall(), args.requests)
            base95 = p95(base)
            print(f"  {'baseline: bare SELECT * FROM events LIMIT 50':44} p50 {statistics.median(base):7.1f}"
                  f"   p95 {base95:7.1f}")
            worst = 0.0
            for name, url, is_event_query in REQUESTS:
                def run(url=url):
                    response = client.get(url)
                    assert response.status_code == 200, (url, response.status_code, response.text[:200])
                found = timings(run, args.requests)
                high = p95(found)
                worst = max(worst, high) if is_event_query else worst
                print(f"  {name:44} p50 {statistics.median(found):7.1f}   p95 {high:7.1f}"
                      f"   p95/baseline {high / base95:6.1f}{'' if is_event_query else '   (not an event query)'}")
            cur.close()
        print(f"slowest event query p95: {worst:.1f} ms  (target < 100 ms) -> {'ok' if worst < 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
