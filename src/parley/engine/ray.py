"""The `ray` engine: partitions of documents coded by worker actors on a Ray cluster.

The driver reads the inputs (reporting bad ones) and cuts the documents into partitions; each actor loads
the pipeline once and turns a partition into Parquet shards (`shards.py`); the driver then hands the
partitions' coded documents back in input order, so the events and the database are those of the local
engine. Each actor has at most two partitions in hand (one coding, one waiting), so workers never wait for
the driver and the driver never holds more than a few partitions.

Without an address, Ray is started on this machine listening on 127.0.0.1 only, with usage statistics off;
with one, the driver joins that cluster, whose nodes need Parley installed and the shard folder in reach
(a shared path or an object-store URI).
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from ..model import Document
from ..pipeline import CodedDocument, Pipeline
from .shards import read_partition, write_partition

DEFAULT_PARTITION_SIZE = 100
IN_HAND = 2  # partitions an actor holds at once
LOCAL_ONLY = {
    "RAY_USAGE_STATS_ENABLED": "0",  # report nothing over the network
    # Keep 127.0.0.1 as the node's address: on Linux Ray otherwise swaps it for the machine's LAN address
    # and its servers listen there.
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
}


def start_local(cpus: int | None = None) -> None:
    """Start Ray on this machine for this process: loopback only, no dashboard, no usage reports."""
    os.environ.update(LOCAL_ONLY)  # before Ray starts its processes, which inherit it
    import ray
    from ray._private import ray_constants

    ray_constants.ENABLE_RAY_CLUSTER = False  # read when Ray is imported: the same for a Ray imported before
    ray.init(address="local", num_cpus=cpus or os.cpu_count(), include_dashboard=False,
             _node_ip_address="127.0.0.1", log_to_driver=False, logging_level="error")


class Coder:
    """A worker: loads the pipeline once, then codes partitions into shards."""

    def __init__(self, actor_files: list[str], pattern_files: list[str], shards: str, batch_size: int) -> None:
        self.pipeline = Pipeline(actor_files=actor_files, pattern_files=pattern_files)
        self.shards, self.batch_size = shards, batch_size

    def ready(self) -> bool:
        return True

    def code(self, name: str, documents: list[Document]) -> str:
        write_partition(self.shards, name, list(self.pipeline.code_documents(documents, self.batch_size)))
        return name


class RayEngine:
    """A pool of `workers` Coder actors on the connected cluster (one CPU each)."""

    def __init__(self, workers: int, shards: str, actor_files: list[str] = (), pattern_files: list[str] = (),
                 batch_size: int = 8) -> None:
        import ray

        coder = ray.remote(num_cpus=1)(Coder)
        self.shards = shards
        self.coders = [coder.remote(list(actor_files), list(pattern_files), shards, batch_size)
                       for _ in range(workers)]

    def ready(self) -> None:
        """Wait until every worker has loaded its pipeline."""
        import ray

        ray.get([c.ready.remote() for c in self.coders])

    def code(self, documents: Iterable[Document], emit: Callable[[CodedDocument], None],
             partition_size: int = DEFAULT_PARTITION_SIZE) -> None:
        """Code the documents, calling `emit` for each coded one in input order."""
        import ray

        run = uuid.uuid4().hex[:8]  # runs writing to one folder do not overwrite each other's shards
        in_hand: dict = {}  # ObjectRef -> (partition number, coder)
        held = {id(c): 0 for c in self.coders}
        finished: dict[int, str] = {}
        next_out = 0

        def collect(block: bool) -> None:
            nonlocal next_out
            ready, _ = ray.wait(list(in_hand), num_returns=1, timeout=None if block else 0)
            for ref in ready:
                number, coder = in_hand.pop(ref)
                held[id(coder)] -= 1
                finished[number] = ray.get(ref)
            while next_out in finished:
                for coded in read_partition(self.shards, finished.pop(next_out)):
                    emit(coded)
                next_out += 1

        for number, partition in enumerate(_partitions(documents, partition_size)):
            while len(in_hand) >= IN_HAND * len(self.coders):
                collect(block=True)
            coder = min(self.coders, key=lambda c: held[id(c)])
            held[id(coder)] += 1
            in_hand[coder.code.remote(f"part-{run}-{number:06d}", partition)] = (number, coder)
            collect(block=False)
        while in_hand:
            collect(block=True)

    def close(self) -> None:
        import ray

        for coder in self.coders:
            ray.kill(coder)


def code_ray(documents: Iterable[Document], emit: Callable[[CodedDocument], None], *, shards: str,
             address: str | None = None, workers: int | None = None, actor_files: list[str] = (),
             pattern_files: list[str] = (), batch_size: int = 8,
             partition_size: int = DEFAULT_PARTITION_SIZE) -> None:
    """Code on the Ray cluster at `address` (or on one started here); `workers` defaults to its CPUs."""
    import ray

    started = not ray.is_initialized()
    if started and address is None:
        start_local(workers)
    elif started:
        ray.init(address=address, log_to_driver=False, logging_level="error")
    try:
        engine = RayEngine(workers or int(ray.cluster_resources().get("CPU", 1)), shards, actor_files,
                           pattern_files, batch_size)
        try:
            engine.code(documents, emit, partition_size)
        finally:
            engine.close()
    finally:
        if started:
            ray.shutdown()


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    documents = iter(documents)
    while partition := list(islice(documents, size)):
        yield partition
