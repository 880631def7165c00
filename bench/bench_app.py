"""The app at scale: how long the chart takes to appear, and to redraw after a filter change, in headless
Chromium, with 10k, 100k and 1M events; and the app process's peak memory.

    .venv/bin/python bench/bench_app.py [--sizes 0 10000 100000 1000000] [--dir DIR] [--runs 3]

The demo (size 0, the first chart a visitor of `sh run.sh app` sees) and, for each size, writes an events file (generated: bursts of events over 25 years in 120 places, some dated only
to the month or the year, some with troop numbers; every event its own type, day and place, and evidence of made-up words, so that
none merge), builds a store from it with `timeline ingest` (the path `--data` takes; timed, but not part of the
figures), starts `streamlit run app.py -- --db STORE --data FILE` and drives Debian's Chromium through
Playwright:
- first render: from opening the page to the chart drawn (the first page after the server starts, which
  also checks the data file, and then new pages, median of --runs);
- filter redraw: from picking an event type in the sidebar to the new chart drawn (median of --runs);
- memory: the app process's peak resident set (VmHWM) at the end.
Needs /usr/bin/chromium; files are kept in --dir (default: a temporary directory) so that a second run
skips generating and ingesting.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TYPES = ("withdrawal", "deployment", "announcement", "meeting", "agreement")
START, DAYS = date(2000, 1, 1), 25 * 365
BURSTS = 40  # periods of dense news
VOCABULARY, SENTENCE_WORDS = 20_000, 8  # made-up words: two sentences share almost none, so no two events merge
TARGETS = {"first render": 3.0, "filter redraw": 1.0}  # seconds, for 10k and 100k events
TARGETS_1M = {"first render": 5.0}
MEMORY_TARGET_MB = 1500
CHART = ".st-key-timeline_chart .js-plotly-plot"
ANY_CHART = "() => !!document.querySelector('.js-plotly-plot .main-svg .scatterlayer')"  # the app before this work
BEFORE = "b46ed04"  # the commit the presentation issue measured (first render 4.6 s demo, 68.5 s at 100k events)
BEFORE_UP_TO = 100_000  # the app before took a minute at 100k events; at 1M it is not waited for
BEFORE_TIMEOUT_MS = 300_000
DRAWN = f"() => {{ const gd = document.querySelector('{CHART}'); return !!(gd && gd._fullData && gd._fullData.length " \
        "&& gd.querySelector('.main-svg') && gd.data !== window.__drawnBefore " \
        "&& !document.querySelector('[data-stale=true]')); }"  # a new figure drawn, and the app's run over


def generate(n: int, path: Path, seed: int = 7) -> None:
    """n events, JSON lines, each its own (type, day, place) and unlike evidence, so that the store's merge keeps
    them apart."""
    rng = random.Random(seed)
    places = [c["en"][0] for c in json.loads((ROOT / "timeline/parse/entities/world.json").read_text())["countries"].values()][:120]
    actors = [f"{first} {last}" for first in ("Adel", "Sarah", "John", "Omar", "Leila", "Peter", "Huda", "Mark", "Rami",
                                              "Anna", "Karim", "Lucy", "Tariq", "Emma", "Yusuf")
              for last in ("Haddad", "Miller", "Khan", "Smith", "Nasser", "Brown", "Saleh", "Green", "Aziz", "Gray")]
    bursts = [(rng.randrange(DAYS), rng.randrange(10, 200)) for _ in range(BURSTS)]
    vocabulary = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(VOCABULARY)]
    seen: set[tuple] = set()
    with open(path, "w", encoding="utf-8") as out:
        while len(seen) < n:
            centre, width = rng.choice(bursts) if rng.random() < 0.6 else (rng.randrange(DAYS), DAYS)
            day = START + timedelta(days=min(DAYS - 1, max(0, int(rng.gauss(centre, width / 3)))))
            kind, place = rng.choice(TYPES), rng.choice(places)
            if (kind, day, place) in seen:
                continue
            seen.add((kind, day, place))
            precision = rng.choices(("day", "month", "year"), (90, 7, 3))[0]
            shown = day.replace(day=1) if precision == "month" else day.replace(month=1, day=1) if precision == "year" else day
            words = " ".join(rng.choice(vocabulary) for _ in range(SENTENCE_WORDS))
            record = {"article_id": f"bench-{len(seen)}", "event_type": kind, "date": shown.isoformat(),
                      "date_precision": precision, "status": rng.choice(("completed", "scheduled", "ongoing")),
                      "actor": rng.choice(actors), "location": place, "place": place, "lang": rng.choice(("en", "ar")),
                      "sentence": f"{place}: {words}.",
                      "date_reference": "latest date in text" if rng.random() < 0.03 else "published"}
            if rng.random() < 0.02:
                before = rng.randrange(500, 20000)
                record.update(troops_from=before, troops_to=before - rng.randrange(100, 500))
            out.write(json.dumps(record) + "\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def first_render(browser, url: str, drawn: str = DRAWN) -> float:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(drawn, timeout=BEFORE_TIMEOUT_MS, polling=50)
    seconds = time.perf_counter() - start
    page.close()
    return seconds


def filter_redraw(browser, url: str, runs: int) -> list[float]:
    """Pick an event type in the sidebar, clear it, pick it again ... `runs` times; time each until the new chart
    is drawn."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(url)
    page.wait_for_function(DRAWN, timeout=300_000, polling=50)
    page.wait_for_selector(".st-key-type input", timeout=60_000)
    times = []
    for i in range(runs):
        page.evaluate(f"() => {{ window.__drawnBefore = document.querySelector('{CHART}').data; }}")
        start = time.perf_counter()
        if i % 2 == 0:
            page.locator(".st-key-type input").click()
            page.get_by_role("option", name=re.compile(f"^({'|'.join(TYPES)}) ")).first.click()  # not "Select all"
            page.keyboard.press("Escape")
            page.get_by_text("Timeline of events").click()  # the list closed
        else:
            page.locator(".st-key-type [aria-label='Clear all']").click()
        picked = "true" if i % 2 == 0 else "false"  # the address follows once the app's run is over
        try:
            page.wait_for_function(f"() => new URLSearchParams(location.search).has('type') === {picked} && "
                                   f"({DRAWN})()", timeout=120_000, polling=20)
        except Exception:
            page.screenshot(path=str(Path(tempfile.gettempdir()) / "bench-app-failure.png"))
            raise RuntimeError(f"filter change {i + 1}: no new chart within 120 s at {page.url} "
                               f"({tempfile.gettempdir()}/bench-app-failure.png shows the page)") from None
        times.append(time.perf_counter() - start)
        page.wait_for_timeout(300)
    page.close()
    return times


BASELINE_APP = """import plotly.graph_objects as go, streamlit as st
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])), key="timeline_chart")
"""  # what any Streamlit page with one Plotly chart costs on this machine now: the floor under every figure


def serve(script: Path, *args: str) -> tuple[subprocess.Popen, str]:
    """`streamlit run script -- args` on a free port, with the package of the script's own checkout."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(script.parent)}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1",
                               "--browser.gatherUsageStats", "false", *(["--", *args] if args else [])],
                              cwd=script.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    return server, url


def baseline(folder: Path, runs: int) -> float:
    """First render of a Streamlit page that holds nothing but one small Plotly chart (median of runs)."""
    script = folder / "baseline_app.py"
    script.write_text(BASELINE_APP)
    server, url = serve(script)
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            first_render(browser, url)
            seconds = statistics.median(first_render(browser, url) for _ in range(runs))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return seconds


def before(rev: str, n: int, folder: Path) -> tuple[float, float]:
    """First render of the app as it was at `rev` (the issue's baseline: 4.6 s for the demo, 68.5 s for 100k
    events when it was filed), on the same events, in the same run: the first page after the server starts and
    one more, as for today's app. Its checkout is extracted into `folder`."""
    checkout = folder / f"app-{rev}"
    if not checkout.exists():
        checkout.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
    server, url = serve(checkout / "app.py", *(["--data", str(folder / f"events-{n}.jsonl")] if n else []))
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            cold, warm = first_render(browser, url, ANY_CHART), first_render(browser, url, ANY_CHART)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return warm, cold


def bench(n: int, folder: Path, runs: int) -> dict:
    """n events generated, or (n = 0) the demo in data/."""
    events = [folder / f"events-{n}.jsonl"] if n else [ROOT / "data" / "seed-iraq-2020-11.txt",
                                                       ROOT / "data" / "curated-events.jsonl"]
    store = folder / f"store-{n or 'demo'}.duckdb"
    if n and not events[0].exists():
        generate(n, events[0])
    ingest_s = None
    if not store.exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline", "ingest", "--quiet", "--db", str(store), *map(str, events)],
                       cwd=ROOT, check=True)
        ingest_s = time.perf_counter() - start
    server, url = serve(ROOT / "app.py", "--db", str(store), "--data", *map(str, events))
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            cold = first_render(browser, url)
            warm = [first_render(browser, url) for _ in range(runs)]
            redraw = filter_redraw(browser, url, runs)
            browser.close()
        memory = peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"events": n, "ingest_s": ingest_s, "first_cold": cold, "first": statistics.median(warm),
            "redraw": statistics.median(redraw), "redraw_all": redraw, "peak_mb": memory}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 10_000, 100_000, 1_000_000],
                        help="numbers of events; 0 is the demo in data/")
    parser.add_argument("--dir", type=Path, help="where the events files and stores are kept (default: temporary)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", default=BEFORE, metavar="REV",
                        help=f"the commit whose app is the baseline, measured in the same run up to {BEFORE_UP_TO:,} "
                             "events ('' to skip it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; a page with one small "
              f"Plotly chart and nothing else: {baseline(folder, args.runs):.2f} s to first render", flush=True)
        print(f"{'events':>9} | {'first render':>12} | {'first (cold)':>12} | {'filter redraw':>13} | {'app peak':>9} | "
              f"ingest | {'before (' + args.before + ')' if args.before else ''}")
        for n in args.sizes:
            r = bench(n, folder, args.runs)
            then = ("{:.2f} s ({:.2f} s cold)".format(*before(args.before, n, folder))
                    if args.before and n <= BEFORE_UP_TO else "")
            targets = TARGETS if n < 1_000_000 else TARGETS_1M
            verdict = [f"{name} {'met' if value < targets[name] else 'NOT met'}"
                       for name, value in (("first render", r["first"]), ("filter redraw", r["redraw"])) if name in targets]
            verdict.append(f"memory {'met' if r['peak_mb'] < MEMORY_TARGET_MB else 'NOT met'}")
            ingest = f"{r['ingest_s']:.0f} s" if r["ingest_s"] is not None else "(kept)"
            label = f"{n:,}" if n else "demo"
            print(f"{label:>9} | {r['first']:>10.2f} s | {r['first_cold']:>10.2f} s | {r['redraw']:>11.2f} s | "
                  f"{r['peak_mb']:>6.0f} MB | {ingest} | {then} | {'; '.join(verdict)}", flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    main()
