"""Articles per second: the local engine, and the Dask engine on 1 and 2 workers, on the same articles.

    .venv/bin/python bench/bench_dask.py [--corpus DIR] [--articles N] [--workers 1 2] [--repeats R]
                                         [--scheduler tcp://HOST:PORT --tmp SHARED_DIR]

Writes N articles (the bulk corpus repeated, each copy its own id) to a temporary JSONL file, then times
  - the local engine (engine.local.run) in this process, into a Parquet file;
  - the Dask engine (io.partitions.parse_to_parts) on a LocalCluster of each number of worker processes
    (one thread each), into Parquet parts; or, with --scheduler, on that cluster as it is.
Start-up is left out of every figure: each engine first parses a few articles (loading the lexicons and the
gazetteer; on Dask, on every worker), and a cluster is started before its clock starts. Each is timed R times
and the best time kept (other work on the machine only ever slows a run down); the load average is printed
before and after, since on a shared machine it decides the figures. Prints articles per second, the events
(which must be the same for all), and the speed-up of each worker count over one worker (on 2 cores, 2
workers must reach TARGET_SPEEDUP). The input file must be where the workers can read it: with --scheduler,
give --tmp on storage they share.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_extract import load  # noqa: E402 - the same corpus, read the same way
from timeline.engine import dask as dask_engine  # noqa: E402
from timeline.engine.local import run  # noqa: E402
from timeline.io.formats import EventWriter  # noqa: E402
from timeline.io.partitions import DaskRun, parse_to_parts  # noqa: E402
from timeline.io.readers import read_inputs  # noqa: E402
from timeline.parse import mentions  # noqa: E402
from timeline.schema import NAMES  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
TARGET_SPEEDUP = 1.6  # 2 workers over 1, on 2 cores
WARM_ARTICLES = 20  # parsed first by every engine (and worker), off the clock


def write_articles(corpus: Path, n: int, target: Path) -> int:
    articles = load(corpus)
    with open(target, "w", encoding="utf-8") as fh:
        for i, article in zip(range(n), itertools.cycle(articles)):
            fh.write(json.dumps({**article, "id": f"{article['id']}#{i}"}, ensure_ascii=False) + "\n")
    return target.stat().st_size


def warm(path: str) -> int:
    """Parse the first articles of `path` (lexicons and gazetteer loaded): on this process or a worker."""
    return sum(len(mentions(a)) for a in itertools.islice(read_inputs([path]), WARM_ARTICLES))


def time_local(source: Path, out: Path, repeats: int) -> tuple[float, int]:
    """(best seconds, events) of the local engine over the file, into a Parquet file."""
    warm(str(source))
    best = float("inf")
    for _ in range(repeats):
        writer = EventWriter(out, "parquet", NAMES)
        start = time.perf_counter()
        tally = run(read_inputs([source]), [writer])
        writer.close()
        best = min(best, time.perf_counter() - start)
    return best, tally.rows


def time_dask(source: Path, out: Path, how: DaskRun, repeats: int) -> tuple[float, int, int]:
    """(best seconds, events, workers) of Dask runs, the cluster started and warmed before the clock."""
    with dask_engine.cluster(how.scheduler, how.workers) as client:
        client.run(warm, str(source))
        workers = dask_engine.worker_count(client)
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            tally = parse_to_parts([source], out, how, client=client)
            best = min(best, time.perf_counter() - start)
        return best, tally.rows, workers


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="LocalCluster sizes to time")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each engine; the best is kept")
    parser.add_argument("--scheduler", help="time this cluster instead of LocalClusters")
    parser.add_argument("--tmp", type=Path, help="folder for the input and the parts (shared with the workers)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        source = Path(tmp) / "articles.jsonl"
        size = write_articles(args.corpus, args.articles, source)
        print(f"{args.articles} articles ({size / 1e6:.1f} MB) from {args.corpus}; best of {args.repeats}; {load()}")
        seconds, events = time_local(source, Path(tmp) / "local.parquet", args.repeats)
        local_rate = args.articles / seconds
        print(f"local engine:      {seconds:6.2f} s  {local_rate:7,.0f} articles/s  {events} events")
        runs = [DaskRun(args.scheduler, None, progress=False)] if args.scheduler else \
            [DaskRun(None, n, progress=False) for n in args.workers]
        rates = {}
        for how in runs:
            seconds, dask_events, workers = time_dask(source, Path(tmp) / f"parts-{how.workers}", how, args.repeats)
            rates[workers] = args.articles / seconds
            same = "same events" if dask_events == events else f"EVENTS DIFFER from the local engine's {events}"
            print(f"dask, {workers} worker{'s' if workers > 1 else ' '}:   {seconds:6.2f} s  {rates[workers]:7,.0f} "
                  f"articles/s  {dask_events} events ({same}); {rates[workers] / local_rate:.2f}x local")
        if 1 in rates:
            for workers, rate in sorted(rates.items()):
                if workers > 1:
                    verdict = "" if workers != 2 else \
                        f" (target >= {TARGET_SPEEDUP}: {'met' if rate / rates[1] >= TARGET_SPEEDUP else 'NOT met'})"
                    print(f"speed-up of {workers} workers over 1: {rate / rates[1]:.2f}x{verdict}")
        print(load())


if __name__ == "__main__":
    main()
