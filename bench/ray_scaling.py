"""Scaling of the ray engine: the same generated documents coded with 1 Ray worker and with 2.

Ray is started on this machine (loopback only) with as many CPUs as the most workers asked for; each run
starts its workers, waits until every one has loaded the pipeline, then times the coding of all documents
(runs alternate between the worker counts and the best of each is kept, as the machine is shared):
partitions go to the workers, each writes its Parquet shards, and the driver reads the coded documents back
in input order (what `parley code --engine ray` does before storing). Printed: documents/s per run, the
scaling ratio (target >= 1.7 on 2 workers of a 2-core machine) and whether every run coded the same events.

The documents are built from our own example articles and regression corpus, as in bench/throughput.py.

    python bench/ray_scaling.py [--docs 480] [--partition-size 40] [--workers 1 2] [--rounds 2]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import psutil  # noqa: E402
from throughput import make_documents, sentences  # noqa: E402

from parley.engine.ray import RayEngine, start_local  # noqa: E402


def event_key(event) -> tuple:
    return (event.doc_id, event.sentence_index, event.source.code, event.target.code, event.code, event.modality,
            str(event.date), event.location.name if event.location else "", event.event_id)


def cpu_seconds(processes) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def run(workers: int, documents, partition_size: int) -> tuple[float, float, float, list[tuple]]:
    """(seconds to start the workers, seconds to code, share of the machine others used meanwhile, the
    sorted events). Others' share tells whether the ratio can be trusted on a shared machine."""
    events: list[tuple] = []
    with tempfile.TemporaryDirectory(prefix="parley-bench-shards-") as shards:
        start = time.perf_counter()
        engine = RayEngine(workers, shards)
        engine.ready()
        ours = [psutil.Process(), *psutil.Process().children(recursive=True)]
        machine, mine = psutil.cpu_times(), cpu_seconds(ours)
        started = time.perf_counter()
        try:
            engine.code(documents, lambda coded: events.extend(event_key(e) for e in coded.events), partition_size)
        finally:
            coded = time.perf_counter()
            busy = sum(getattr(psutil.cpu_times(), f) - getattr(machine, f) for f in ("user", "nice", "system"))
            others = max(0.0, busy - (cpu_seconds(ours) - mine)) / ((coded - started) * psutil.cpu_count())
            engine.close()
    return started - start, coded - started, others, sorted(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=480, help="documents coded by every run")
    parser.add_argument("--partition-size", type=int, default=40, help="documents per partition")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run, in order")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each count is kept")
    args = parser.parse_args()

    import ray

    documents = make_documents(sentences(), args.docs, seed=1)
    words = sum(len(d.text.split()) for d in documents)
    start_local(max(args.workers))
    best: dict[int, float] = {}
    found: list[list[tuple]] = []
    try:
        print(f"{len(documents)} documents ({words:,} words), partitions of {args.partition_size}, "
              f"{psutil.cpu_count()} CPUs, best of {args.rounds} rounds")
        for _ in range(args.rounds):
            for workers in args.workers:
                startup, seconds, others, events = run(workers, documents, args.partition_size)
                best[workers] = min(seconds, best.get(workers, seconds))
                found.append(events)
                print(f"  {workers} worker{'s' if workers > 1 else ' '}  {len(documents) / seconds:6.1f} docs/s "
                      f"{words / seconds:8.0f} words/s ({seconds:5.1f} s coding, {startup:4.1f} s starting; "
                      f"other processes used {others:4.0%} of the machine); {len(events)} events")
    finally:
        ray.shutdown()
    base = min(best)
    print("best: " + ", ".join(f"{w} worker(s) {len(documents) / s:.1f} docs/s" for w, s in sorted(best.items()))
          + f"; {len(documents) / best[base] / base:.1f} docs/s per worker with {base}")
    for workers in sorted(best):
        if workers != base:
            print(f"scaling {base} -> {workers} workers: {best[base] / best[workers]:.2f}x  "
                  f"(target >= {0.85 * workers / base:.2f})")
    same = all(events == found[0] for events in found)
    print(f"identical events in every run: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
