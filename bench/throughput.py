"""Throughput and memory of the whole pipeline against spaCy parsing alone, in one run.

Printed as ratios against the baseline measured in the same process, since machines here are noisy:
- throughput: documents/s and words/s of `Pipeline.code_documents` vs `nlp.pipe` on the same texts
  (target: the pipeline keeps >= 80% of spaCy-alone throughput);
- memory: resident memory after 1,000 and after N (default 10,000) streamed documents
  (target: flat, within 10%).

The documents are built from our own example articles and regression corpus (no third-party text).

    python bench/throughput.py [--docs 600] [--stream 10000] [--rounds 2]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parley.ingest import read_inputs  # noqa: E402
from parley.model import Document  # noqa: E402
from parley.pipeline import Pipeline  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * 4096 / 2**20


def sentences() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.jsonl")):
        found += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    for item in read_inputs([str(ROOT / "examples" / "articles")]):
        if isinstance(item, Document):
            found += [s for s in re.split(r"(?<=[.!?])\s+", item.text) if len(s) > 20]
    return found


def make_documents(pool: list[str], n: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [Document(id=f"bench-{seed}-{i}", text=" ".join(rng.sample(pool, rng.randint(6, 18))),
                     date=date(2018, 10, 23), date_precision="day") for i in range(n)]


def timed(run, documents) -> float:
    start = time.perf_counter()
    run(documents)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=600, help="documents per throughput round")
    parser.add_argument("--stream", type=int, default=10000, help="documents streamed for the memory check")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    args = parser.parse_args()

    pipeline = Pipeline()
    pool = sentences()
    documents = make_documents(pool, args.docs, seed=1)
    words = sum(len(d.text.split()) for d in documents)

    def spacy_alone(docs):
        for _ in pipeline.nlp.pipe((d.text for d in docs), batch_size=8):
            pass

    def whole_pipeline(docs):
        for _ in pipeline.code_documents(docs, batch_size=8):
            pass

    # Memory first, on a fresh process: resident memory after 1,000 documents against the peak after it.
    stream = (d for i in range(args.stream) for d in make_documents(pool, 1, seed=1000 + i))
    at_1000, peak_after, events = None, 0.0, 0
    for n, coded in enumerate(pipeline.code_documents(stream, batch_size=8), 1):
        events += len(coded.events)
        if n == 1000:
            at_1000 = rss_mb()
        elif n > 1000 and n % 250 == 0:
            peak_after = max(peak_after, rss_mb())

    whole_pipeline(documents[:20])  # warm both paths up
    baseline, ours = [], []
    for _ in range(args.rounds):
        baseline.append(timed(spacy_alone, documents))
        ours.append(timed(whole_pipeline, documents))
    base_s, ours_s = min(baseline), min(ours)
    print(f"throughput on {len(documents)} documents ({words:,} words), best of {args.rounds} rounds")
    print(f"  spaCy alone     {len(documents) / base_s:8.1f} docs/s {words / base_s:10.0f} words/s")
    print(f"  whole pipeline  {len(documents) / ours_s:8.1f} docs/s {words / ours_s:10.0f} words/s")
    print(f"  ratio pipeline/spaCy: {base_s / ours_s:.2f}  (target >= 0.80)")
    print(f"memory while streaming {args.stream} documents ({events} events)")
    if at_1000 and peak_after:
        print(f"  RSS after 1000: {at_1000:.0f} MB, peak from 1000 to {args.stream}: {peak_after:.0f} MB, "
              f"growth {peak_after / at_1000 - 1:+.1%}  (target within 10%)")


if __name__ == "__main__":
    main()
