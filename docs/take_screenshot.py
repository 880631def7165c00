"""Refresh docs/screenshot.png from the running app: `sh run.sh app` in one shell, then
`.venv/bin/python docs/take_screenshot.py [URL]` in another (needs Debian's chromium)."""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8501"
OUT = Path(__file__).with_name("screenshot.png")

with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
    page = browser.new_page(viewport={"width": 1500, "height": 1150})
    page.goto(URL)
    points = page.locator(".js-plotly-plot .scatterlayer .points path")
    points.first.wait_for(timeout=90_000)
    for i in range(points.count()):  # open the evidence of an Arabic event
        points.nth(i).click(force=True)
        page.wait_for_selector(".evidence", timeout=30_000)
        if page.locator(".evidence p").first.get_attribute("dir") == "rtl":
            break
    page.wait_for_timeout(1500)
    page.screenshot(path=str(OUT), full_page=True)
    browser.close()
print(OUT)
