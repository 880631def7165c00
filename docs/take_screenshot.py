"""Make the README's screenshots from the app itself, so that they stay true:

    .venv/bin/python docs/take_screenshot.py

Builds a store of the demo in a temporary directory, starts the app on it, and drives Debian's Chromium
(/usr/bin/chromium, with fonts-noto-core for Arabic) through Playwright:
- docs/screenshot.png: the desk at 1440x900, an Arabic event picked in the chart (its evidence right to left);
- docs/presentation.png: presentation mode at 1920x1080, a step with Arabic evidence.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.store.db import Store  # noqa: E402

DOCS = ROOT / "docs"
DEMO = [ROOT / "data" / "seed-iraq-2020-11.txt", ROOT / "data" / "curated-events.jsonl"]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CHART = ".st-key-timeline_chart .js-plotly-plot"
ARABIC_POINT = """() => {
    // the first single Arabic event on the chart: its position on the page
    const gd = document.querySelector('.st-key-timeline_chart .js-plotly-plot');
    const types = ['withdrawal', 'deployment', 'announcement', 'meeting', 'agreement'];
    const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
    for (const d of gd._fullData) {
        if (d.type !== 'scatter' || !types.includes(d.name)) continue;
        for (const [i, point] of gd.calcdata[d.index].entries()) {
            if (/[\\u0600-\\u06ff]/.test(d.hovertext[i])) {
                return [box.left + gd._fullLayout.xaxis.c2p(point.x), box.top + gd._fullLayout.yaxis.c2p(point.y)];
            }
        }
    }
    return null;
}"""


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
                             "true", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
                            cwd=db.parent, env={**os.environ, "TIMELINE_DB": str(db)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(180):
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the app did not start")


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        with Store.open(db) as store:
            store.ingest_files(DEMO)
            store.rebuild()
        proc, url = serve(db)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(url)
                page.wait_for_function(f"() => document.querySelector('{CHART}')?._fullData?.length", timeout=120_000)
                x, y = page.evaluate(ARABIC_POINT)
                page.mouse.click(x, y)
                page.wait_for_function("() => document.querySelector('.evidence p[dir=rtl]')", timeout=60_000)
                page.mouse.move(5, 5)
                page.wait_for_timeout(1500)
                page.screenshot(path=str(DOCS / "screenshot.png"))
                page = browser.new_page(viewport={"width": 1920, "height": 1080})
                page.goto(f"{url}/?mode=present&lang=ar&step=2")
                page.wait_for_selector(".story-card", timeout=120_000)
                page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
                page.wait_for_timeout(1500)
                page.screenshot(path=str(DOCS / "presentation.png"))
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(DOCS / "screenshot.png", DOCS / "presentation.png")


if __name__ == "__main__":
    main()
