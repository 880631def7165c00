"""Speed and memory of `timeline extract`, against `dateparser.search_dates` in the same run.

    .venv/bin/pip install -r bench/requirements.txt
    .venv/bin/python bench/bench_extract.py [--corpus DIR] [--articles N] [--baseline-articles M]

Writes N articles (the bulk corpus repeated) to a temporary JSONL file, runs the
real command line on it in a child process pinned to one core (wall time and
peak resident memory of that process), then times dateparser.search_dates with
the language given over the first M of the same articles in this process.
Prints articles per second for both, the ratio, and peak memory.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
TARGET_RATE, TARGET_RATIO, TARGET_MB = 1000, 20, 300


def load(corpus: Path) -> list[dict]:
    articles = []
    for path in sorted(corpus.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            articles += [json.loads(line) for line in fh if line.strip()]
    if not articles:
        sys.exit(f"no articles in {corpus}")
    return articles


def run_extract(articles: list[dict], n: int, options: tuple[str, ...] = ()) -> tuple[float, float, int]:
    """(seconds, peak MB, events) of one `timeline extract` process over n articles, with extra `options`."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "articles.jsonl", Path(tmp) / "events.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i, article in zip(range(n), itertools.cycle(articles)):
                fh.write(json.dumps({**article, "id": f"{article['id']}#{i}"}, ensure_ascii=False) + "\n")
        command = [sys.executable, "-m", "timeline", "extract", str(src), "--output", str(out), *options]
        if shutil.which("taskset"):
            command = ["taskset", "-c", "0", *command]  # one core
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak resident memory
        seconds = time.perf_counter() - start
        if status:
            sys.exit(f"timeline extract failed with status {status}")
        events = sum(1 for _ in open(out, encoding="utf-8")) if "--format" not in options else -1
    return seconds, usage.ru_maxrss / 1024, events


def run_dateparser(articles: list[dict], m: int) -> float:
    """Seconds for dateparser.search_dates over the first m articles, language given."""
    from dateparser.search import search_dates

    sample = articles[:m]
    start = time.perf_counter()
    for article in sample:
        search_dates(article["text"], languages=[article.get("lang") or "en"])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, nargs="+", default=[3000, 12000],
                        help="sizes of the extract runs (two sizes show that memory stays flat)")
    parser.add_argument("--baseline-articles", type=int, default=400, help="how many articles dateparser gets")
    args = parser.parse_args()
    articles = load(args.corpus)
    # the baseline sample alternates languages like the corpus does
    by_lang = [[a for a in articles if a.get("lang") == lang] for lang in ("ar", "en")]
    mixed = [a for pair in itertools.zip_longest(*by_lang) for a in pair if a]
    print(f"corpus: {len(articles)} articles from {args.corpus}")
    rates, peaks = [], []
    for n in args.articles:
        seconds, peak_mb, events = run_extract(articles, n)
        rates.append(n / seconds)
        peaks.append(peak_mb)
        print(f"timeline extract: {n} articles, {events} events in {seconds:.2f} s = {n / seconds:,.0f} articles/s "
              f"(whole process, start-up included); peak memory {peak_mb:.0f} MB")
    m = min(args.baseline_articles, len(mixed))
    dp_seconds = run_dateparser(mixed, m)
    dp_rate = m / dp_seconds
    print(f"dateparser.search_dates (languages given): {m} articles in {dp_seconds:.2f} s = {dp_rate:,.1f} articles/s")
    best = max(rates)
    print(f"ratio: timeline extract is {best / dp_rate:.1f}x dateparser per article")
    print(f"targets: >= {TARGET_RATE} articles/s: {'met' if best >= TARGET_RATE else 'NOT met'}; "
          f">= {TARGET_RATIO}x: {'met' if best / dp_rate >= TARGET_RATIO else 'NOT met'}; "
          f"peak < {TARGET_MB} MB: {'met' if max(peaks) < TARGET_MB else 'NOT met'} ({', '.join(f'{p:.0f}' for p in peaks)} MB)")


if __name__ == "__main__":
    main()
