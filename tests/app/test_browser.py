"""A real browser (Playwright driving Debian's Chromium) against the running app."""
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from support import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI needs /usr/bin/chromium for the browser tests: apt-get install chromium fonts-noto-core")
    pytest.skip("no /usr/bin/chromium here: install Debian's chromium (and fonts-noto-core) to run the browser tests",
                allow_module_level=True)

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the app did not start within 60 s")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(server)
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path", timeout=90_000)
        yield page
        browser.close()


def count_line(page) -> str:
    return page.locator("text=/events shown/").first.inner_text()


def test_chart_point_opens_arabic_evidence_right_to_left(page):
    points = page.locator(".js-plotly-plot .scatterlayer .points path")
    assert points.count() > 10
    arabic = None
    for i in range(points.count()):
        points.nth(i).click(force=True)
        page.wait_for_selector(".evidence", timeout=30_000)
        card = page.locator(".evidence p").first
        if card.get_attribute("dir") == "rtl":
            arabic = card
            break
    assert arabic is not None, "no Arabic event among the chart's points"
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic.inner_text())


def test_table_row_opens_its_evidence_after_a_chart_pick(page):
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first row's selection box (rows are drawn on a canvas)
    page.wait_for_function("() => document.querySelector('.evidence') && "
                           "document.querySelector('.evidence').innerText.includes('2010-08-01')", timeout=30_000)


def test_search_filter_changes_the_count(page):
    before = count_line(page)
    box = page.get_by_label("Search the evidence")
    box.fill("Afghanistan")
    box.press("Enter")
    page.wait_for_function("b => !document.body.innerText.includes(b)", arg=before, timeout=30_000)
    after = count_line(page)
    shown, total = int(after.split()[0]), int(after.split()[2])
    assert 0 < shown < total
