"""The app through Streamlit's AppTest: what each page shows, and the view's state in the address."""
import html
import json
import sys

import pytest
from support import ROOT, app_status, shown_and_total, start_app

ITALY = ("Italy to complete troop withdrawal\n\nItaly will withdraw its last 300 soldiers from Iraq on Friday, the "
         "defence minister announced.")


start, status, shown = start_app, app_status, shown_and_total


def figure(at) -> dict:
    return json.loads(at.get("plotly_chart")[-1].proto.spec)


def marks(at) -> int:
    return sum(x is not None for t in figure(at)["data"] if t.get("yaxis", "y") == "y" and t.get("mode") != "lines"
               for x in t.get("x") or [])  # the legend's own entries have no x


def param(at, key: str) -> list[str]:
    """A parameter of the page's address, as a list of its values."""
    value = at.query_params.get(key)
    return value if isinstance(value, list) else [] if value is None else [value]


def html_of(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


@pytest.fixture
def app(monkeypatch, tmp_path):
    return start(monkeypatch, tmp_path)


def test_first_screen_shows_the_demo_and_a_sentence_before_any_click(app):
    n, total = shown(app)
    assert n == total > 20
    assert marks(app) > 10
    assert len(app.dataframe[0].value) == n
    card = html_of(app)
    assert 'class="evidence"' in card and any("\u0600" <= ch <= "\u06ff" or ch.isalpha() for ch in card)
    assert [b.label for b in app.get("download_button")] == ["Download CSV (Excel)", "Download JSONL",
                                                             "Offline story (HTML)", "Chart PNG", "Chart SVG"]


def test_a_filter_changes_the_count_says_what_it_hides_and_goes_into_the_address(app):
    _, total = shown(app)
    app.multiselect(key="type").set_value(["withdrawal"]).run()
    n, _ = shown(app)
    assert 0 < n < total
    assert f"{total - n} hidden by the event type filter" in status(app)
    assert set(app.dataframe[0].value["event_type"]) == {"withdrawal"}
    assert param(app, "type") == ["withdrawal"]
    app.text_input(key="q").set_value("أفغانستان").run()
    assert 0 < shown(app)[0] < n


def test_an_address_reproduces_filters_lanes_zoom_and_the_selected_event(monkeypatch, tmp_path):
    first = start(monkeypatch, tmp_path)
    event_id, sentence = first.session_state["table_ids"][0], first.dataframe[0].value.iloc[0]["sentence"]
    at = start(monkeypatch, tmp_path, query={"type": ["withdrawal", "announcement"], "lanes": "place",
                                             "from": "2010-01-01", "to": "2021-12-31", "event": event_id})
    assert at.multiselect(key="type").value == ["withdrawal", "announcement"]
    assert at.radio(key="lanes").value == "place"
    fig = figure(at)
    assert fig["layout"]["xaxis"]["range"] == [1262304000000, 1640908800000]
    assert "Iraq" in {y for t in fig["data"] if t.get("yaxis", "y") == "y" for y in t.get("y") or []}
    assert any("Zoomed to 01 Jan 2010" in c.value for c in at.caption)
    assert at.session_state["event"] == event_id
    assert html.escape(sentence) in html_of(at) and not any("latest event" in c.value for c in at.caption)
    assert param(at, "event") == [event_id]


def test_an_upload_adds_its_events_and_the_same_article_counts_once(app):
    _, total = shown(app)
    app.file_uploader[0].set_value(("italy.txt", ITALY.encode(), "text/plain")).run()
    assert not app.exception
    assert shown(app)[1] > total
    after = shown(app)[1]
    app.run()  # the same upload again, still in the uploader: stored once
    assert shown(app)[1] == after
    app.file_uploader[0].set_value(("italy again.txt", ITALY.encode(), "text/plain")).run()
    assert shown(app)[1] == after  # the same content under another name: still once
    assert "0 new" in app.session_state["upload_note"] and "1 already in the store" in app.session_state["upload_note"]


def test_filters_follow_the_data_a_range_nobody_set_widens(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path)
    late = ("Talks\n\nThe two delegations met in Geneva on 3 March 2027 to discuss the withdrawal of the remaining "
            "troops, the ministry said.")
    at.file_uploader[0].set_value(("late.txt", late.encode(), "text/plain")).run()
    n, total = shown(at)
    assert n == total and "hidden" not in status(at)
    assert at.date_input[-1].value[1].year >= 2027


def test_a_date_range_the_user_sets_is_kept_in_the_address_and_says_what_it_hides(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, query={"since": "2020-01-01", "until": "2020-12-31"})
    n, total = shown(at)
    assert 0 < n < total
    assert "hidden by the date range" in status(at)
    assert param(at, "since") == ["2020-01-01"]


def test_no_match_says_so_and_which_filter_to_relax(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, query={"q": "zzzzqqq"})
    warning = at.warning[0].value
    assert "No events match" in warning and "the search" in warning
    assert not at.get("plotly_chart") or marks(at) == 0


def test_search_crosses_languages(monkeypatch, tmp_path):
    arabic = shown(start(monkeypatch, tmp_path, query={"q": "العراق"}))[0]
    english = shown(start(monkeypatch, tmp_path, query={"q": "iraq"}))[0]
    assert arabic == english > 5


def test_an_event_dated_from_a_guessed_reference_is_marked_uncertain(app):
    # the seed article has no publication date: its dates count from the latest date it writes
    app.text_input(key="q").set_value("الخفاجي").run()
    assert "date uncertain" in html_of(app)
    points = [t for t in figure(app)["data"] if t.get("type") in ("scatter", "scattergl") and t.get("marker", {}).get("symbol")]
    assert any("circle-open" in (t["marker"]["symbol"] if isinstance(t["marker"]["symbol"], list) else [t["marker"]["symbol"]])
               for t in points)


def test_a_dateline_gives_a_txt_upload_its_publication_date(app):
    text = ("Drawdown\n\nWASHINGTON, Nov 17, 2020 - The Pentagon said on Tuesday it will withdraw 500 troops from "
            "Camp Tarmiya in Iraq by mid-January.")
    app.file_uploader[0].set_value(("dateline.txt", text.encode(), "text/plain")).run()
    app.text_input(key="q").set_value("Tarmiya").run()
    card = html_of(app)
    assert "published 2020-11-17" in card and "date uncertain" not in card


def test_presentation_mode_from_the_address_steps_and_keeps_the_step_in_the_address(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, query={"mode": "present", "step": "3", "type": ["withdrawal"]})
    assert "3 / " in html_of(at)
    assert [b.label for b in at.button] == ["◀ Previous", "Next ▶", "Exit"]
    at.button(key="next").click().run()
    assert param(at, "step") == ["4"] and "4 / " in html_of(at)
    assert param(at, "type") == ["withdrawal"]
    at.button(key="previous").click().run()
    assert param(at, "step") == ["3"]
    ringed = [t for t in figure(at)["data"] if t.get("name") == "now"]
    assert ringed and len(ringed[0]["x"]) == 1


def test_presentation_mode_is_reached_from_a_button_and_left_again(app):
    next(b for b in app.button if b.label == "Presentation mode").click().run()
    assert param(app, "mode") == ["present"]
    app.button(key="exit").click().run()
    assert "mode" not in app.query_params


def test_lanes_by_place(app):
    app.radio(key="lanes").set_value("place").run()
    lanes = {y for t in figure(app)["data"] if t.get("yaxis", "y") == "y" for y in t.get("y") or []}
    assert "Iraq" in lanes and "withdrawal" not in lanes


def test_data_option_opens_an_events_file(monkeypatch, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps({"article_id": "x", "event_type": "meeting", "date": "2021-03-01",
                                  "sentence": "Delegations met in Geneva.", "lang": "en"}) + "\n")
    at = start(monkeypatch, tmp_path, "--data", str(events))
    assert shown(at) == (1, 1) and marks(at) == 1


def test_table_shows_blanks_not_none(app):
    table = app.dataframe[0]
    assert table.value.isna().any().any()  # the demo has missing values
    assert table.proto.placeholder == ""  # and each is shown as a blank cell


def test_autoplay_goes_into_the_address(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, query={"mode": "present"})
    at.toggle(key="playing").set_value(True).run()
    assert param(at, "play") == ["8"]
    at.selectbox(key="every").set_value(5).run()
    assert param(at, "play") == ["5"]
    again = start(monkeypatch, tmp_path, query={"mode": "present", "play": "5"})
    assert again.toggle(key="playing").value is True


def test_the_publication_date_given_in_the_app_reads_the_article_again(app):
    from datetime import date

    app.text_input(key="q").set_value("الخفاجي").run()
    assert "date uncertain" in html_of(app)
    app.toggle(key="redate_open").set_value(True).run()
    published = next(d for d in app.date_input if d.label == "Published on")
    published.set_value(date(2020, 11, 17))
    next(b for b in app.button if b.label == "Read the article again with this date").click().run()
    assert not app.exception
    card = html_of(app)
    assert "published 2020-11-17" in card and "date uncertain" not in card


def test_each_choice_says_how_many_events_have_it(app, tmp_path):
    from timeline.store.db import Store

    with Store.open(tmp_path / "store.duckdb") as store:
        expected = {f"{value} ({n:,})" for value, n in store.counts("event_type")}
    assert set(app.multiselect(key="type").options) == expected


def test_the_selected_event_shows_every_source_sentence_and_its_corrections(monkeypatch, tmp_path):
    from timeline.store.db import Store

    reports = tmp_path / "reports.jsonl"
    reports.write_text("".join(json.dumps({"id": f"paper-{i}", "date": "2021-03-01", "text": text}) + "\n" for i, text in
                               enumerate([ITALY, "Italy will pull its last 300 soldiers out of Iraq on Friday, the "
                                                 "defence minister said."])), encoding="utf-8")
    start(monkeypatch, tmp_path, "--data", str(reports))  # builds the store
    with Store.open(tmp_path / "store.duckdb") as store:
        merged = store.events_table().sort_values("articles", ascending=False).iloc[0]
        sources = store.sources(merged["event_id"])
    assert merged["articles"] == 2
    at = start(monkeypatch, tmp_path, "--data", str(reports), query={"event": merged["event_id"]},
               TIMELINE_AUTHOR="tester")
    listing = next(e for e in at.expander if e.label == f"{len(sources)} source sentence(s)")
    shown = " ".join(h.proto.body for h in listing.get("html"))
    assert all(html.escape(m.sentence) in shown for m in sources)
    at.toggle(key="edit_open").set_value(True).run()
    form = f"edit-{merged['event_id']}"
    at.text_input(key=f"{form}-actor").set_value("Corrected Actor")
    next(b for b in at.button if b.label == "Save").click().run()
    history = next(e for e in at.expander if e.label == "1 correction(s)")
    assert any("tester" in t.value and "Corrected Actor" in t.value for t in history.text)


def test_a_selection_stays_while_the_view_changes_and_says_when_a_filter_hides_it(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path)
    row = at.dataframe[0].value.iloc[0]
    event_type = row["event_type"]
    at = start(monkeypatch, tmp_path, query={"event": at.session_state["table_ids"][0]})
    chosen = param(at, "event")
    at.radio(key="lanes").set_value("place").run()
    assert param(at, "event") == chosen and "hidden by the filters" not in " ".join(i.value for i in at.info)
    other = next(t for t in ("withdrawal", "meeting", "announcement") if t != event_type)
    at.multiselect(key="type").set_value([other]).run()
    assert param(at, "event") == chosen
    assert "The selected event is hidden by the filters now." in [i.value for i in at.info]


def test_many_events_are_counts_per_period_and_a_zoom_shows_them_one_by_one(monkeypatch, tmp_path):
    from datetime import date, timedelta

    kinds = ["withdrawal", "deployment", "meeting", "agreement"]
    events = tmp_path / "many.jsonl"
    events.write_text("".join(json.dumps({
        "article_id": f"invented-{i}", "event_type": kinds[i % 4], "date": (date(2019, 1, 1) + timedelta(days=i)).isoformat(),
        "place": f"Town {i}", "sentence": f"Invented event number {i}.", "lang": "en"}) + "\n" for i in range(800)),
        encoding="utf-8")
    at = start(monkeypatch, tmp_path, "--data", str(events))
    assert shown(at) == (800, 800)
    whole = figure(at)["data"]
    assert [t["name"] for t in whole if t["type"] == "bar"][0].startswith("events per ")  # counts, not 800 marks
    assert not [t for t in whole if t.get("name") in kinds]
    zoomed = start(monkeypatch, tmp_path, "--data", str(events), query={"from": "2019-03-01", "to": "2019-03-20"})
    singles = [t for t in figure(zoomed)["data"] if t.get("name") in kinds and t["type"] in ("scatter", "scattergl")]
    assert sum(x is not None for t in singles for x in t["x"]) == 20  # the window's days, one mark each
    assert param(zoomed, "from") == ["2019-03-01"]
