"""A real browser (Playwright driving Debian's Chromium) against the running app on the demo: the desk, the
zoom, stacks, presentation mode, the offline export and two editors at once. One server for the module."""
import re
from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import (CHART, chromium, demo_store, event_points, in_view, need_chromium, point_position,
                             served, wait_for_chart)

need_chromium()
pytestmark = pytest.mark.browser
DESK_SIZES = [(1440, 900), (1920, 1080)]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return demo_store(tmp_path_factory.mktemp("app") / "store.duckdb")


@pytest.fixture(scope="module")
def server(store):
    with served(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server):
    with chromium() as browser:
        yield browser


def open_page(browser, url: str, size=(1440, 900), context=None):
    page = context.new_page() if context else browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(url)
    wait_for_chart(page)
    return page


def query(page) -> dict:
    return parse_qs(urlparse(page.url).query)


def status(page) -> str:
    return page.locator("text=/events match/").first.inner_text()


@pytest.mark.parametrize("size", DESK_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_point_clicked_shows_its_evidence_in_sight_arabic_right_to_left(browser, server, size):
    page = open_page(browser, server, size)
    assert page.locator(".evidence").count() == 1  # a sentence before any click
    for name, i in event_points(page):
        x, y = point_position(page, name, i)
        page.mouse.click(x, y)
        page.wait_for_function("() => document.querySelector('.evidence p') && !document.querySelector('[data-stale=true]')")
        page.wait_for_timeout(800)
        card = page.locator(".evidence p").first
        if card.get_attribute("dir") == "rtl":
            break
    assert card.get_attribute("dir") == "rtl", "no Arabic event among the chart's points"
    assert card.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert any("\u0600" <= ch <= "\u06ff" for ch in card.inner_text())
    assert in_view(page, ".evidence"), "the evidence is below the fold"
    assert query(page).get("event")
    page.close()


def test_a_stack_lists_its_events_and_one_picked_opens(browser, server):
    page = open_page(browser, server)
    x, y = point_position(page, "several events")
    page.mouse.click(x, y)
    page.wait_for_selector("text=/events share this mark/", timeout=30_000)
    listing = page.locator(".st-key-evidence_panel [data-testid='stDataFrame']").first
    box = listing.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first row's selection box (rows are drawn on a canvas)
    page.wait_for_function("() => new URLSearchParams(location.search).get('event')", timeout=30_000)
    assert in_view(page, ".evidence")
    page.close()


ZOOM_IN_ADDRESS = ("() => { const q = new URLSearchParams(location.search); return q.get('from') && q.get('to') "
                   "&& !document.querySelector('[data-stale=true]'); }")  # both ends written, the app's run over


def test_wheel_zoom_is_kept_in_the_address_and_across_a_filter_change(browser, server):
    page = open_page(browser, server)
    page.wait_for_function(f"() => document.querySelector('{CHART}').__timelineZoom", timeout=30_000)  # the bridge
    x = page.evaluate(f"""() => {{ const gd = document.querySelector('{CHART}');  // 17 Nov 2020: withdrawals
        return gd.querySelector('.nsewdrag').getBoundingClientRect().left + gd._fullLayout.xaxis.l2p(Date.parse('2020-11-17')); }}""")
    box = page.locator(f"{CHART} .nsewdrag").first.bounding_box()
    page.mouse.move(x, box["y"] + box["height"] * 0.3)
    for _ in range(6):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(150)
    page.wait_for_function(ZOOM_IN_ADDRESS, timeout=30_000)
    zoom = query(page)
    page.locator(".st-key-type input").click()
    page.get_by_role("option", name=re.compile("^withdrawal")).click()
    page.keyboard.press("Escape")
    page.wait_for_function("() => new URLSearchParams(location.search).get('type') === 'withdrawal'", timeout=30_000)
    wait_for_chart(page)
    page.wait_for_function(ZOOM_IN_ADDRESS, timeout=30_000)
    page.wait_for_timeout(1500)
    after = query(page)
    assert after["from"] == zoom["from"] and after["to"] == zoom["to"]
    shown = page.evaluate(f"() => document.querySelector('{CHART}')._fullLayout.xaxis.range.map(d => d.slice(0, 10))")
    assert shown == [zoom["from"][0], zoom["to"][0]]
    page.close()


def test_a_table_row_opens_its_evidence(browser, server):
    page = open_page(browser, server)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)
    page.wait_for_function("() => document.querySelector('.evidence') && "
                           "document.querySelector('.evidence').innerText.includes('August 2010 (month)')", timeout=30_000)
    assert in_view(page, ".evidence")
    page.close()


def test_search_filter_changes_the_count_and_the_address(browser, server):
    page = open_page(browser, server)
    before = status(page)
    box = page.locator(".st-key-q input")
    box.fill("Afghanistan")
    box.press("Enter")
    page.wait_for_function("b => !document.body.innerText.includes(b)", arg=before, timeout=30_000)
    shown, total = [int(n) for n in re.findall(r"\d+", status(page))[:2]]
    assert 0 < shown < total
    assert query(page)["q"] == ["Afghanistan"]
    page.close()


def test_no_match_says_so(browser, server):
    page = open_page(browser, server)
    page.goto(server + "/?q=zzzqqq")
    page.wait_for_selector("text=/No events match/", timeout=60_000)
    assert "the search" in page.locator("text=/No events match/").first.inner_text()
    assert page.locator(CHART).count() == 0
    page.close()


def presentation_page(browser, server, query: str):
    """A wall screen's page in presentation mode, its card drawn."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{server}/?mode=present&{query}")
    page.wait_for_selector(".story-card", timeout=90_000)
    return page


def test_presentation_mode_fills_the_screen_steps_with_the_arrow_keys_and_the_address_follows(browser, server):
    page = presentation_page(browser, server, "type=withdrawal")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=90_000)
    page.wait_for_timeout(1000)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.count() == 0 or not sidebar.is_visible()
    assert not page.locator('[data-testid="stHeader"]').is_visible()
    assert page.evaluate("""() => [...document.querySelectorAll('*')].every(e => {
        const s = getComputedStyle(e);
        return !(['auto', 'scroll'].includes(s.overflowY) && e.scrollHeight > e.clientHeight + 1);
    }) && document.documentElement.scrollHeight <= window.innerHeight""")
    assert page.evaluate("""() => ['.story-card', '.js-plotly-plot', '.story-step'].every(sel => {
        const r = document.querySelector(sel).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    })""")  # nothing of it cut off below the screen either
    first = page.locator(".story-step").inner_text()
    assert first.startswith("1 / ")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.story-step').innerText.startsWith('2 / ')", timeout=30_000)
    page.wait_for_function("() => new URLSearchParams(location.search).get('step') === '2'", timeout=30_000)
    assert query(page)["type"] == ["withdrawal"] and query(page)["mode"] == ["present"]
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("() => new URLSearchParams(location.search).get('step') === '1'", timeout=30_000)
    page.close()


def test_presentation_autoplay_moves_on_by_itself(browser, server):
    page = presentation_page(browser, server, "play=5")
    page.wait_for_function("() => new URLSearchParams(location.search).get('step') === '2'", timeout=20_000)
    assert page.locator(".story-step").inner_text().startswith("2 / ")
    page.close()


def test_presentation_card_shows_arabic_right_to_left_in_the_theme_and_size_asked(browser, server):
    background = "() => getComputedStyle(document.querySelector('.stApp')).backgroundColor"
    type_size = "e => parseFloat(getComputedStyle(e).fontSize)"
    page = presentation_page(browser, server, "lang=ar&theme=dark&size=huge")
    evidence = page.locator(".story-evidence")
    assert evidence.get_attribute("dir") == "rtl"
    assert evidence.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert any("\u0600" <= ch <= "\u06ff" for ch in evidence.inner_text())
    assert page.evaluate(background) == "rgb(0, 0, 0)"
    huge = evidence.evaluate(type_size)
    page.close()
    page = presentation_page(browser, server, "lang=ar&theme=light&size=medium")
    assert page.evaluate(background) == "rgb(255, 255, 255)"
    assert page.locator(".story-evidence").evaluate(type_size) < huge
    page.close()


def test_the_exported_story_works_offline(browser, server, tmp_path):
    page = open_page(browser, server)
    with page.expect_download(timeout=90_000) as download:
        page.get_by_role("button", name="Offline story (HTML)").click()
    path = tmp_path / "story.html"
    download.value.save_as(path)
    page.close()
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, offline=True)
    requests = []
    context.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
    offline = context.new_page()
    offline.goto(path.as_uri())
    offline.wait_for_selector("#chart .main-svg", timeout=30_000)
    assert offline.evaluate("() => document.getElementById('chart').data.some(t => (t.x || []).length > 3)")
    assert offline.locator("#position").inner_text().startswith("1 / ")
    offline.keyboard.press("ArrowRight")
    assert offline.locator("#position").inner_text().startswith("2 / ") and offline.url.endswith("#step=2")
    assert requests == []
    context.close()


def test_two_editors_at_once_both_corrections_are_kept(browser, server, store):
    from timeline.store.db import Store

    with Store.open(store) as s:
        first, second = [e.event_id for e in s.events() if e.date][:2]
    contexts = [browser.new_context(viewport={"width": 1440, "height": 900}) for _ in range(2)]
    pages = [open_page(browser, f"{server}/?event={eid}", context=c) for eid, c in zip((first, second), contexts)]
    for page, value in zip(pages, ("111", "222")):
        page.get_by_text("Correct this event").click()
        field = page.get_by_label("quantity")
        field.fill(value)
    for page in pages:  # both saves go before either page has heard back
        page.get_by_role("button", name="Save").click(no_wait_after=True)
    for page in pages:
        page.wait_for_function("() => document.querySelector('.evidence') && "
                               "/111|222/.test(document.querySelector('.evidence').innerText)", timeout=60_000)
    for c in contexts:
        c.close()
    with Store.open(store) as s:
        assert (s.event(first).quantity, s.event(second).quantity) == (111, 222)
        assert all(s.history(e) for e in (first, second))
