"""What the browser tests share: Debian's Chromium (or a skip), the app served on a store of its own, and where a
chart's point is on the page."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from support import DATA, ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CHART = ".st-key-timeline_chart .js-plotly-plot"
START_TIMEOUT = 90


def need_chromium() -> None:
    """Skip the module where Debian's Chromium is absent, except under CI=true, where it must be there."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            raise RuntimeError("CI needs /usr/bin/chromium for the browser tests: apt-get install chromium fonts-noto-core")
        pytest.skip("no /usr/bin/chromium here: install Debian's chromium (and fonts-noto-core) to run the browser tests",
                    allow_module_level=True)


def demo_store(path: Path) -> Path:
    """A store with the demo, built before the app starts (so that a test knows its event ids)."""
    from timeline.store.db import Store

    with Store.open(path) as store:
        store.ingest_files([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
        store.rebuild()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(db: Path, *args: str, **settings: str):
    """The app on `db`, at a free port, until the block ends; `settings` are more environment variables."""
    port = free_port()
    env = {**os.environ, "TIMELINE_DB": str(db), "TIMELINE_AUTHOR": "tester", **settings}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false", *(["--", *args] if args else [])],
                            cwd=db.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + START_TIMEOUT
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    pytest.fail(f"the app did not start within {START_TIMEOUT} s")
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


def wait_for_chart(page, timeout: int = 90_000) -> None:
    page.wait_for_function(f"() => {{ const gd = document.querySelector('{CHART}'); "
                           "return !!(gd && gd._fullData && gd._fullData.length && gd.querySelector('.main-svg')); }",
                           timeout=timeout)


def point_position(page, trace_name: str, index: int = 0, chart: str = CHART) -> tuple[float, float]:
    """Where on the page point `index` of the chart's trace `trace_name` is drawn."""
    return tuple(page.evaluate("""([chart, name, i]) => {
        const gd = document.querySelector(chart);
        const t = gd._fullData.findIndex((d) => d.name === name && d.visible !== false && gd.calcdata[d.index].length > i);
        const point = gd.calcdata[t][i];
        const xa = gd._fullData[t].xaxis === 'x' ? gd._fullLayout.xaxis : gd._fullLayout.xaxis2;
        const ya = gd._fullLayout.yaxis;
        const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
        return [box.left + xa.c2p(point.x), box.top + ya.c2p(point.y)];
    }""", [chart, trace_name, index]))


def event_points(page, chart: str = CHART) -> list[tuple[str, int]]:
    """(trace name, point index) of every single event's mark on the chart."""
    return [tuple(p) for p in page.evaluate("""(chart) => {
        const gd = document.querySelector(chart);
        const types = ['withdrawal', 'deployment', 'announcement', 'meeting', 'agreement'];
        return gd._fullData.filter((d) => d.type === 'scatter' && types.includes(d.name))
            .flatMap((d) => gd.calcdata[d.index].map((p, i) => [d.name, i, p.x]))
            .filter(([, , x]) => Number.isFinite(x)).map(([name, i]) => [name, i]);
    }""", chart)]


def in_view(page, selector: str) -> bool:
    """Whether the element is on screen, whole, without scrolling."""
    return page.evaluate("""(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0; }""", selector)
