"""Hostile text in the real browser: an events file whose every field is an attack (the user's own data is
stored as written) and an uploaded article full of markup. Nothing executes (no dialog, no flag set by a payload,
no injected element), and the text is shown as text: in the evidence card, the axis labels and the hover label."""
import json

import pytest
from browser_support import ARGS, CHROMIUM, need_chromium, served

need_chromium()
pytestmark = pytest.mark.browser

# each payload would set window.__xss (and open a dialog) if it ran
IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SCRIPT = "<script>window.__xss=2;alert(2)</script>"
LINK = '<a href="javascript:window.__xss=3;alert(3)">click</a>'
SVG = '<svg onload="window.__xss=4;alert(4)"></svg>'
ATTACK = f"{IMG}{SCRIPT}{LINK}{SVG}<b>bold</b>"
INJECTED = "img[src='x'], svg[onload], a[href^='javascript' i], [onerror], [onclick], [onload], [onmouseover]"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("xss")
    events = folder / "events.jsonl"
    events.write_text(json.dumps({
        "article_id": f"article {ATTACK}", "event_type": "withdrawal", "date": "2021-03-01", "date_precision": "day",
        "status": "completed", "actor": f"Army {ATTACK}", "location": f"Town {ATTACK}", "place": f"Town {ATTACK}",
        "sentence": f"Troops left the town. {ATTACK}", "lang": "en", "title": f"Title {ATTACK}",
        "url": "javascript:window.__xss=5", "quantity": 300}) + "\n", encoding="utf-8")
    with served(folder / "store.duckdb", "--data", str(events)) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.dialogs = []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot .scatterlayer .points path", timeout=90_000)
        yield page
        browser.close()


def nothing_ran(page) -> None:
    assert page.dialogs == []
    assert page.evaluate("() => window.__xss") is None
    found = page.evaluate(f"() => [...document.querySelectorAll({json.dumps(INJECTED)})].map(e => e.outerHTML.slice(0, 200))")
    assert found == []
    assert page.evaluate("() => [...document.scripts].filter(s => s.textContent.includes('__xss')).length") == 0


def test_the_evidence_card_shows_an_attack_as_text(page):
    page.locator(".js-plotly-plot .scatterlayer .points path").first.click(force=True)
    page.wait_for_selector(".evidence", timeout=30_000)
    card = page.locator(".evidence").first
    text = card.inner_text()
    assert "Troops left the town. " + IMG in text and SCRIPT in text and LINK in text
    assert card.locator("a").count() == 0  # the javascript: url is no link
    assert card.locator("b").count() == 1  # the card's own <b> (the event type), not the article's
    nothing_ran(page)


def test_axis_labels_and_hover_labels_show_an_attack_as_text(page):
    page.get_by_test_id("stRadioGroup").get_by_text("place", exact=True).click()
    page.wait_for_function("() => [...document.querySelectorAll('.ytick text')].some(t => t.textContent.includes('<img'))",
                           timeout=30_000)
    page.locator(".js-plotly-plot .scatterlayer .points path").first.hover(force=True)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
    hover = page.locator(".hoverlayer .hovertext").first
    assert "<script>" in hover.text_content() and hover.locator("a, img").count() == 0
    nothing_ran(page)


def test_an_uploaded_article_full_of_markup_runs_nothing(page):
    article = (f"Troops leave {ATTACK}\n\n{ATTACK}The army withdrew 300 soldiers from the northern town on Tuesday, "
               f"the defence ministry announced. {ATTACK}")
    page.locator("input[type=file]").first.set_input_files(
        files=[{"name": "hostile <img src=x onerror=alert(9)>.txt", "mimeType": "text/plain", "buffer": article.encode()}])
    page.wait_for_selector("text=/1 articles: 1 new/", timeout=60_000)
    page.wait_for_function("() => Number((/ of (\\d+) events/.exec(document.body.innerText) || [0, 0])[1]) > 1",
                           timeout=30_000)  # its events joined the one of the events file
    nothing_ran(page)
