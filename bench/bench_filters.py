"""What a filter or an output format costs over plain extraction, in the same run.

    .venv/bin/python bench/bench_filters.py [--corpus DIR] [--articles N] [--repeats R]

Runs the real `timeline extract` (one core, whole process) on N articles of the
bulk corpus, plain and with each kind of filter and each output format, R times
each (the best run counts), and prints seconds, overhead over plain extraction
and peak memory. Target: any filter costs at most 20% over plain extraction.
Before the filters worked on event rows, `--type withdrawal` took ten times as
long as plain extraction (5.9 s against 0.6 s on the 780 bulk articles).
"""
from __future__ import annotations

import argparse

from bench_extract import DEFAULT_CORPUS, load, run_extract

TARGET_OVERHEAD = 0.20
FILTERS = {
    "--type withdrawal": ("--type", "withdrawal"),
    "--since/--until": ("--since", "2015-07-01", "--until", "2015-08-31"),
    "--place Iraq --lang ar": ("--place", "Iraq", "--lang", "ar"),
    "--actor": ("--actor", "Kerry"),
    "--search (Arabic)": ("--search", "القوات الأمريكية"),
}
FORMATS = {"--format csv": ("--format", "csv"), "--format parquet": ("--format", "parquet"),
           "--format xlsx": ("--format", "xlsx"), "--all-columns": ("--all-columns",)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each command; the fastest counts")
    args = parser.parse_args()
    articles = load(args.corpus)

    def best(options: tuple[str, ...]) -> tuple[float, float]:
        runs = [run_extract(articles, args.articles, options) for _ in range(args.repeats)]
        return min(r[0] for r in runs), max(r[1] for r in runs)

    plain, plain_mb = best(())
    print(f"{args.articles} articles, best of {args.repeats}, one core, start-up included")
    print(f"{'plain extraction (baseline)':28} {plain:6.2f} s            peak {plain_mb:4.0f} MB")
    worst = 0.0
    for name, options in {**FILTERS, **FORMATS}.items():
        seconds, peak = best(options)
        overhead = seconds / plain - 1
        if name in FILTERS:
            worst = max(worst, overhead)
        print(f"{name:28} {seconds:6.2f} s  {overhead:+6.1%}   peak {peak:4.0f} MB")
    verdict = "met" if worst <= TARGET_OVERHEAD else "NOT met"
    print(f"target: every filter within {TARGET_OVERHEAD:.0%} of plain extraction: {verdict} (worst {worst:+.1%})")


if __name__ == "__main__":
    main()
