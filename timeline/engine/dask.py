"""The Dask engine: the local engine's parse, partition by partition, on the workers of a Dask cluster.

`cluster` connects to a scheduler's address or starts a `LocalCluster` of worker processes on this machine
(parsing is pure Python: one thread per process, one process per core). `map_parts` runs one task per
partition, with a progress line, and gives the results in partition order. Which task (io.partitions:
read a partition, run `engine.local` over it, write its Parquet parts) is the caller's.

What survives what: an exception inside a task (a disk, not an article: `local.outcome` turns a failing
article into a report line) is retried TASK_RETRIES times; a worker that dies (killed, out of memory) has its
partitions run again on the others by the scheduler, up to Dask's `distributed.scheduler.allowed-failures`
(3) times per partition. A partition's result is counted once, from the run that completed.
Dask is imported only here, only when this engine is used.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from .. import errors

TASK_RETRIES = 2  # a partition whose task raised is tried this many times more before the run fails
CONNECT_TIMEOUT = "30s"  # how long to wait for a scheduler to answer
REDRAW_SECONDS = 0.2  # the progress line is redrawn at most this often
BAR_WIDTH = 30
CLUSTER_LOGS = logging.CRITICAL  # a LocalCluster's own logs: at shutdown its workers log heartbeats that found the
# scheduler gone, which is noise; what matters (a partition that fails) the engine reports itself


@contextmanager
def cluster(scheduler: str | None = None, workers: int | None = None, timeout: str = CONNECT_TIMEOUT) -> Iterator[Any]:
    """A Dask client: of the scheduler at `scheduler` (tcp://HOST:PORT, waited for `timeout`), else of a new
    LocalCluster of `workers` processes (default: one per core), closed on exit."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except OSError as exc:
            raise errors.TimelineError(errors.NO_SCHEDULER, address=scheduler, detail=exc) from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=":0", silence_logs=CLUSTER_LOGS) as local, \
            Client(local) as client:
        yield client


def worker_count(client) -> int:
    """How many tasks the cluster runs at once (its worker threads)."""
    return sum(client.nthreads().values()) or 1


def dashboard_link(client) -> str | None:
    """The address of the cluster's dashboard, when its scheduler serves one (it can: it has bokeh)."""
    if "dashboard" not in client.scheduler_info().get("services", {}):
        return None
    return client.dashboard_link if client.run_on_scheduler(_has_bokeh) else None


def _has_bokeh() -> bool:
    return importlib.util.find_spec("bokeh") is not None


def map_parts(client, task: Callable, parts: Sequence, progress: bool = True, stream: IO | None = None) -> list:
    """`task(part)` for every part on the cluster; the results in the parts' order. Each part has a `size`
    (bytes, for the progress line) and a `describe()` (for a failure), and each result an `articles` count
    (for the rate)."""
    from distributed import as_completed

    stream = stream or sys.stderr
    line = Progress(sum(p.size for p in parts), worker_count(client), stream if progress else None)
    link = dashboard_link(client)
    if progress and link:
        print(f"timeline: Dask dashboard: {link}", file=stream)
    futures = client.map(task, parts, retries=TASK_RETRIES, pure=False)
    position = {f.key: i for i, f in enumerate(futures)}
    results: list = [None] * len(parts)
    try:
        for future, result in as_completed(futures, with_results=True):
            results[position[future.key]] = result
            line.done(parts[position[future.key]].size, result.articles)
    except Exception as exc:
        for future in futures:
            future.cancel()
        failed = next((parts[position[f.key]] for f in futures if f.status == "error"), None)
        raise errors.TimelineError(errors.PART_FAILED, part=failed.describe() if failed else "?",
                                   detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        line.close()
    return results


class Progress:
    """A progress line on a terminal: the share of the input done (by bytes), articles, articles per second.
    Elsewhere (a log, a pipe) only the closing summary."""

    def __init__(self, total_bytes: int, workers: int, stream: IO | None):
        self.total, self.workers, self.stream = max(total_bytes, 1), workers, stream
        self.bytes = self.articles = 0
        self.started = self.drawn = time.monotonic()
        self.live = bool(stream is not None and stream.isatty())

    def done(self, size: int, articles: int) -> None:
        self.bytes += size
        self.articles += articles
        if self.live and (time.monotonic() - self.drawn >= REDRAW_SECONDS or self.bytes >= self.total):
            self.drawn = time.monotonic()
            share = min(self.bytes / self.total, 1.0)
            bar = "#" * round(share * BAR_WIDTH)
            print(f"\r[{bar:<{BAR_WIDTH}}] {share:4.0%}  {self.articles:,} articles  {self.rate():,.0f} articles/s",
                  end="", file=self.stream, flush=True)

    def rate(self) -> float:
        return self.articles / max(time.monotonic() - self.started, 1e-9)

    def close(self) -> None:
        if self.stream is None:
            return
        if self.live:
            print(file=self.stream)
        seconds = time.monotonic() - self.started
        print(f"timeline: {self.articles:,} articles in {seconds:.1f} s ({self.rate():,.0f} articles/s) on "
              f"{self.workers} Dask worker{'s' if self.workers != 1 else ''}", file=self.stream)
