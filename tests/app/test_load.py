"""Nothing lost under load: twenty browser sessions filter and read while another uploads 1,000 articles, on
loopback. No session shows an error, and in the end the app counts exactly what a clean ingest of the same
files counts.

It is the longest test (six minutes on the project's two-core machine: the upload waits for the GIL after every
DuckDB call while twenty sessions rerun their scripts in the same process); `sh run.sh test -m "not load"` leaves
it out while you work.
"""
import asyncio
import re
import time

import pytest
from browser_support import ARGS, CHROMIUM, need_chromium, served
from support import DATA, invented_articles

from timeline.store.db import Store

need_chromium()
pytestmark = [pytest.mark.browser, pytest.mark.load]

READERS = 20
ARTICLES = 1_000
# words of the demo's events, none of the uploaded ones': each reader's view stays small while the store grows
SEARCHES = ["Esper", "Trump", "Miller", "العراق", "الخفاجي", "Biden", "evacuate", "Pentagon"]
WAIT_MS = 180_000  # for any one step: twenty sessions on two shared cores can take a while
UPLOAD_MS = 900_000  # the upload waits for the GIL after every DuckDB call while twenty scripts run (see above)
THINK_MS = 5_000  # a reader reads for a while before filtering again
ERRORS = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def expected_totals(tmp_path, feed) -> dict:
    """What a clean ingest of the demo and the same file stores (in a store of its own)."""
    with Store.open(tmp_path / "expected.duckdb") as store:
        store.ingest_files([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
        store.ingest_files([feed])
        store.rebuild()
        return store.totals()


def counts(text: str) -> tuple[int, int, int, int]:
    """(shown, events, mentions, articles) from the count line."""
    found = re.search(r"([\d,]+) of ([\d,]+) events match.*from ([\d,]+) mentions in ([\d,]+) articles", text)
    return tuple(int(n.replace(",", "")) for n in found.groups())


async def count_line(page) -> str:
    return await page.locator('[data-testid="stMarkdownContainer"]', has_text="events match").first.inner_text()


async def idle(page) -> None:
    """Until the script run the last action started has ended (Streamlit's status widget is gone)."""
    await page.wait_for_timeout(150)
    await page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")


async def open_page(browser, url: str):
    """A session with the app loaded: its count line and its filters drawn."""
    page = await browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(WAIT_MS)
    await page.goto(url, wait_until="commit")
    await page.locator(".st-key-q input").wait_for()
    return page


async def reader(page, number: int, uploaded: asyncio.Event, seen: list) -> None:
    """Search, read, search again, until the upload is done (and twice at least)."""
    rounds = 0
    while not uploaded.is_set() or rounds < 2:
        box = page.locator(".st-key-q input")
        await box.fill(SEARCHES[(number + rounds) % len(SEARCHES)])
        await box.press("Enter")
        await idle(page)
        assert await page.locator(ERRORS).count() == 0, await page.locator(ERRORS).first.inner_text()
        seen.append(counts(await count_line(page)))
        rounds += 1
        await page.wait_for_timeout(THINK_MS)


async def uploader(page, feed, uploaded: asyncio.Event) -> None:
    await page.locator("input[type=file]").first.set_input_files(str(feed))
    await page.wait_for_selector(f"text=/{ARTICLES} articles: {ARTICLES} new/", timeout=UPLOAD_MS)
    assert await page.locator(ERRORS).count() == 0
    uploaded.set()


async def session(url: str, feed) -> list:
    """Twenty-one users with the app open; one uploads while the others filter; then a new session looks."""
    from playwright.async_api import async_playwright

    seen: list = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        pages = [await open_page(browser, url) for _ in range(READERS + 1)]  # one after another: twenty-one
        # first loads at once only measure how long a busy machine takes to start them
        uploaded = asyncio.Event()
        await asyncio.gather(uploader(pages[0], feed, uploaded),
                             *(reader(page, n, uploaded, seen) for n, page in enumerate(pages[1:])))
        last = await open_page(browser, url)
        seen.append(counts(await count_line(last)))
        await browser.close()
    return seen


def test_twenty_sessions_read_while_another_uploads_a_thousand_articles(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(invented_articles(ARTICLES), encoding="utf-8")
    expected = expected_totals(tmp_path, feed)
    started = time.monotonic()
    with served(tmp_path / "store.duckdb") as url:
        seen = asyncio.run(session(url, feed))
    took = time.monotonic() - started
    final = seen[-1]
    assert final[1:] == (expected["events"], expected["mentions"], expected["articles"]), (final, expected)
    assert len(seen) > READERS * 2 and all(shown <= events for shown, events, _, _ in seen)
    print(f"{READERS} readers, {len(seen) - 1} rounds, {ARTICLES} articles uploaded: {took:.1f} s")
