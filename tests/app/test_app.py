"""The app through Streamlit's AppTest: first screen, a filter, an upload, --data."""
import json

import pytest
from support import shown_and_total, start_app


start, shown = start_app, shown_and_total


def markers(at):
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return sum(len(t.get("x", [])) for t in spec["data"] if t.get("mode") == "markers")


@pytest.fixture
def app(monkeypatch, tmp_path):
    return start(monkeypatch, tmp_path)


def test_first_screen_shows_the_demo_on_a_chart_with_points(app):
    n, total = shown(app)
    assert n == total > 20
    assert markers(app) > 10
    assert len(app.dataframe[0].value) == n
    assert [b.label for b in app.get("download_button")] == ["Download CSV", "Download JSONL"]


def test_a_filter_changes_the_count(app):
    _, total = shown(app)
    app.multiselect(key="types").set_value(["withdrawal"]).run()
    n, _ = shown(app)
    assert 0 < n < total
    assert set(app.dataframe[0].value["event_type"]) == {"withdrawal"}
    app.text_input(key="search").set_value("أفغانستان").run()
    assert 0 < shown(app)[0] < n


def test_an_upload_adds_events(app):
    _, total = shown(app)
    article = "Italy to complete troop withdrawal\n\nItaly will withdraw its last 300 soldiers from Iraq on Friday, the defence minister announced."
    app.file_uploader[0].set_value(("italy.txt", article.encode(), "text/plain")).run()
    assert not app.exception
    assert shown(app)[1] > total
    app.run()  # the same upload again, still in the uploader: stored once
    assert shown(app)[1] == total + 2


def test_data_option_opens_an_events_file(monkeypatch, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps({"article_id": "x", "event_type": "meeting", "date": "2021-03-01",
                                  "sentence": "Delegations met in Geneva.", "lang": "en"}) + "\n")
    at = start(monkeypatch, tmp_path, "--data", str(events))
    assert shown(at) == (1, 1) and markers(at) == 1


def test_presentation_mode_and_lanes(app):
    app.toggle(key="presentation").set_value(True).run()
    app.radio(key="lanes").set_value("place").run()
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["font"]["size"] == 20
    lanes = {y for t in spec["data"] if t.get("mode") == "markers" for y in t["y"]}
    assert "Iraq" in lanes and "withdrawal" not in lanes
