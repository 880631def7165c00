"""The store at scale: a million mentions, merged, and the app's filtered queries against the 200 ms target.

    .venv/bin/python bench/bench_store.py [--corpus DIR] [--mentions N] [--repeats R]

Parses the bulk corpus once, then copies its mentions (new ids, articles and
days spread over ten years, so that no copy merges with another) until there
are N of them, loads them into a fresh store as one import, rebuilds the events
(merge + corrections), then adds a day's news (50 mentions on one day) and rebuilds again (only the
partitions they touch), and times the queries the app sends for five filters (a
year of one type, a place and a language, an actor, a search, a month): its table
(the first 1,000 events), the count line, the chart's counts per period, the
counts beside each filter choice; and, for scale, the whole view as a download
reads it. Prints each query's median time of R runs against the target, and the
load and rebuild times.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.engine.local import Collector, run  # noqa: E402
from timeline.filters import EventFilter  # noqa: E402
from timeline.io.readers import read_inputs  # noqa: E402
from timeline.present.chart import MAX_LANES  # noqa: E402
from timeline.present.view import TABLE_ROWS, bucket_for  # noqa: E402
from timeline.store.db import Store  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
TARGET_MS = 200
SPAN_DAYS = 3650  # ten years of news
DAY_OF_NEWS = 50  # mentions a day's ingest adds


def synthetic(mentions: list, n: int, first: int = 0, on: date | None = None) -> list:
    """n mentions: the parsed ones again and again, each copy its own article, on its own day (or all `on` one
    day: a day's news); copies are numbered from `first`."""
    out = []
    for copy, m in zip(range(first, first + n), itertools.cycle(mentions)):
        day = on or date(2010, 1, 1) + timedelta(days=(copy * 7919) % SPAN_DAYS)  # a prime stride spreads the copies
        out.append(replace(m, mention_id=f"{m.mention_id[:8]}{copy:08x}", article_id=f"{m.article_id}#{copy}",
                           date=day if m.date else None, published=day, announced_by=None, announces=None))
    return out


def timed(action, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    collected = Collector()
    run(read_inputs(sorted(args.corpus.glob("*.jsonl"))), [collected])
    rows = synthetic(collected.rows, args.mentions)
    print(f"{len(collected.rows)} mentions parsed from {args.corpus}, copied to {len(rows):,}")
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        store.add_mentions(rows, "bench")
        print(f"load: {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        built = store.rebuild()
        print(f"first rebuild (merge {built.mentions:,} mentions into {built.events:,} events): "
              f"{time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        store.add_mentions(synthetic(collected.rows, DAY_OF_NEWS, first=len(rows), on=date(2015, 6, 1)), "a day")
        built = store.rebuild()
        print(f"rebuild after a day's news ({DAY_OF_NEWS} new mentions on one day: {built.partitions} partitions, "
              f"{built.mentions:,} mentions merged again): {time.perf_counter() - start:.1f} s")
        some_actor = store.counts("actor")[0][0]
        queries = {
            "withdrawals in one year": EventFilter(start=date(2015, 1, 1), end=date(2015, 12, 31), event_types=["withdrawal"]),
            "one place, Arabic": EventFilter(places=["Iraq"], langs=["ar"]),
            "one actor": EventFilter(actors=[some_actor]),
            "search one word": EventFilter(search="القوات"),
            "a month, every type": EventFilter(start=date(2016, 3, 1), end=date(2016, 3, 31)),
        }
        worst = 0.0
        print(f"{'':26} {'table':>9} {'count':>9} {'chart':>9} {'choices':>9}   (ms; the whole view, for a download)")
        for name, spec in queries.items():
            low, high = store.date_bounds(spec)
            bucket = bucket_for((low, high)) if low else "year"
            app = {"table": lambda spec=spec: store.events_table(spec, limit=TABLE_ROWS),
                   "count": lambda spec=spec: store.count(spec),
                   "chart": lambda spec=spec: store.aggregate(spec, bucket, "event_type", MAX_LANES),
                   "choices": lambda spec=spec: [store.counts(c, spec) for c in ("event_type", "actor", "place", "lang")]}
            ms = {part: timed(query, args.repeats)[0] for part, query in app.items()}
            whole_ms, frame = timed(lambda spec=spec: store.events_table(spec), args.repeats)
            worst = max(worst, *ms.values())
            print(f"{name:26} " + " ".join(f"{v:9.1f}" for v in ms.values())
                  + f"   ({whole_ms:.0f} ms for {len(frame):,} events)")
        verdict = "met" if worst < TARGET_MS else "NOT met"
        print(f"target: every filtered query for the app under {TARGET_MS} ms with {len(rows):,} mentions: "
              f"{verdict} (slowest {worst:.0f} ms)")


if __name__ == "__main__":
    main()
