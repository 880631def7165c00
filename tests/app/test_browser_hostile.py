"""Input is shown as text, everywhere: Markdown and HTML in every field of an event and in an article id make the
browser fetch nothing and render nothing; the spreadsheet export runs no formula. A server of its own."""
import json

import pytest
from browser_support import CHART, chromium, event_points, need_chromium, point_position, served, wait_for_chart

need_chromium()
pytestmark = pytest.mark.browser
TRAP = "127.0.0.1:8799"  # nothing listens there: a request to it is a page that rendered input as markup
EVENT = {"article_id": f"![a](http://{TRAP}/a.png)", "event_type": "meeting", "date": "2021-03-01",
         "actor": f"**bold** <img src=http://{TRAP}/b.png>", "location": "<script>alert(1)</script>",
         "place": f"[link](http://{TRAP}/c)", "sentence": f"=1+1 <img src=http://{TRAP}/d.png> ![e](http://{TRAP}/e.png)",
         "title": f"<b>title</b> ![f](http://{TRAP}/f.png)", "url": "javascript:alert(1)", "lang": "en"}
ARTICLE = {"id": f"![x](http://{TRAP}/pixel.png)", "title": "no text here"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from timeline.store.db import Store

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "events.jsonl").write_text(json.dumps(EVENT) + "\n", encoding="utf-8")
    (folder / "articles.jsonl").write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    with Store.open(folder / "store.duckdb") as store:
        store.ingest_files([folder / "events.jsonl", folder / "articles.jsonl"])
        store.rebuild()
    with served(folder / "store.duckdb") as url:
        yield url


def test_markdown_and_html_in_every_field_are_shown_as_text(server, tmp_path):
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
        trapped = []
        context.route(f"http://{TRAP}/**", lambda route: (trapped.append(route.request.url), route.abort()))
        page = context.new_page()
        page.goto(server + "/?lanes=place")
        wait_for_chart(page)
        page.get_by_text("1 inputs could not be read").click()
        page.wait_for_selector(f"text=![x](http://{TRAP}/pixel.png)", timeout=30_000)
        name, i = event_points(page)[0]
        x, y = point_position(page, name, i)
        page.mouse.move(x, y)  # the hover label
        page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
        hover = page.locator(".hoverlayer").first.text_content()
        assert f"<img src=http://{TRAP}/b.png>" in hover
        page.mouse.click(x, y)
        page.wait_for_timeout(1500)
        card = page.locator(".evidence").inner_text()
        assert f"<img src=http://{TRAP}/d.png>" in card and f"<b>title</b>" in card and "**bold**" in card
        assert page.locator(".evidence a").count() == 0  # a javascript: address is no link
        ticks = page.evaluate(f"() => [...document.querySelectorAll('{CHART} .ytick text')].map(t => t.textContent)")
        assert f"[link](http://{TRAP}/c)" in ticks
        assert page.evaluate(f"() => document.querySelectorAll('img[src*=\"{TRAP.split(':')[1]}\"]').length") == 0
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Download CSV (Excel)").click()
        data = (tmp_path / "events.csv")
        download.value.save_as(data)
        text = data.read_bytes()
        assert text.startswith("\ufeff".encode()) and b"'=1+1" in text
        page.wait_for_timeout(1000)
        assert trapped == []
        context.close()
