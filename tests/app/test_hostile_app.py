"""The app against bad and hostile input (issue 14), through Streamlit's AppTest: the corpus of bad input as
uploads, who may upload and correct, filter values that look like SQL. The real browser: test_browser_hostile.py."""
from collections import defaultdict

import pytest
from bad_inputs import cases
from support import APP_TIMEOUT, ROOT, shown_and_total, start_app
from streamlit.testing.v1 import AppTest

from timeline.io.uploads import display_name
from timeline.store.db import Store

INJECTION = "'; DROP TABLE events; --"
# an upload is checked by its content before it is read: a .jsonl that does not start with an object is rejected
UPLOAD_OUTCOME = {"deep.jsonl": (("error", "E109"),)}


start, totals = start_app, shown_and_total


def test_every_bad_input_uploaded_is_stored_or_reported(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path)
    uploads = [c for c in cases() if c.kind == "file" and c.name.rsplit(".", 1)[-1] in ("txt", "html", "jsonl")]
    at.file_uploader[0].set_value([(c.name, c.content, "application/octet-stream") for c in uploads]).run()
    assert not at.exception, at.exception
    rejected = [t.value for t in at.text]
    with Store.open(tmp_path / "store.duckdb") as store:
        report = store.report()
    got = defaultdict(list)
    for line in report:
        got[line.source.split(" (uploads/")[0]].append((line.status, line.code))
    for case in uploads:
        expected = UPLOAD_OUTCOME.get(case.name, case.outcome)
        assert sorted(got[display_name(case.name)], key=str) == sorted(expected, key=str), case.what
    n_errors = sum(status == "error" for c in uploads for status, _ in UPLOAD_OUTCOME.get(c.name, c.outcome))
    assert sum(1 for r in rejected if r.endswith(")") and " (E" in r) >= n_errors  # each told in the sidebar
    kept = list((tmp_path / "uploads").iterdir())
    assert kept and all(len(p.stem) == 32 for p in kept)


def test_a_login_is_needed_to_upload_or_correct_when_asked_for(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, TIMELINE_EDITING="login", TIMELINE_PASSWORD="correct horse")
    assert not at.file_uploader and not [t for t in at.toggle if t.label == "Correct this event"]
    assert any("log in" in c.value.lower() for c in at.caption)
    at.text_input(key="timeline_password").set_value("wrong")
    at.button[0].click().run()  # the form's submit button
    assert [e.value for e in at.error] == ["Wrong password."] and not at.file_uploader
    at.text_input(key="timeline_password").set_value("correct horse")
    at.button[0].click().run()
    assert at.file_uploader and not at.error
    at.button(key="timeline_logout").click().run()
    assert not at.file_uploader


def test_read_only_and_presentation_mode_show_no_upload_or_correction(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path, TIMELINE_EDITING="off")
    assert not at.file_uploader and any("Read-only" in c.value for c in at.caption)
    monkeypatch.setenv("TIMELINE_EDITING", "auto")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT).run()
    assert at.file_uploader  # this machine only: open
    assert [t for t in at.toggle if t.label == "Correct this event"]
    next(b for b in at.button if b.label == "Presentation mode").click().run()
    assert not at.file_uploader and not [t for t in at.toggle if t.label == "Correct this event"]


def test_filter_values_that_look_like_sql_are_values(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path)
    shown, total = totals(at)
    for value in (INJECTION, "' OR '1'='1"):
        at.text_input(key="q").set_value(value).run()
        assert not at.exception and [w.value for w in at.warning if w.value.startswith("No events match.")]
    at.text_input(key="q").set_value("").run()
    assert totals(at) == (shown, total)
    with Store.open(tmp_path / "store.duckdb") as store:
        assert store.totals()["events"] == total


@pytest.fixture
def hostile_events(tmp_path):
    """An events file (not cleaned as articles are: it is the user's own data) whose every text is an attack."""
    import json

    attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>**bold** [link](javascript:alert(3))'
    row = {"article_id": f"a{attack}", "event_type": "withdrawal", "date": "2021-03-01", "status": "completed",
           "actor": attack, "location": attack, "place": attack, "sentence": f"Troops left. {attack}", "lang": "en",
           "title": f"Title {attack}", "url": "javascript:alert(4)", "date_precision": "day"}
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path, attack


def test_the_evidence_card_escapes_every_field_and_links_only_to_the_web(hostile_events):
    import pandas as pd

    from datetime import date

    from timeline.present.card import evidence_html
    from timeline.present.chart import events_figure

    path, attack = hostile_events
    from timeline.io.formats import read_events
    from timeline.io.table import to_frame

    frame = to_frame(read_events(path))
    card = evidence_html(frame.iloc[0])
    assert "<img" not in card and "<script" not in card and "href" not in card  # no link: the url is javascript:
    assert "&lt;img src=x" in card and "[link](javascript:alert(3))" in card  # the text, as written
    figure = events_figure(frame.assign(event_id="e1", announced_by=pd.NA, announces=pd.NA, mentions=1), "place",
                           (date(2021, 2, 1), date(2021, 4, 1)))
    labels = [y for trace in figure.data for y in (trace.y if trace.y is not None else ())]
    texts = [t for trace in figure.data for t in (trace.hovertext or ())]
    assert labels and all("<img" not in str(v) and "<script" not in str(v) for v in labels + texts)


def test_with_an_identity_provider_configured_the_login_goes_through_it(monkeypatch, tmp_path):
    provider = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test", "client_id": "timeline",
                "client_secret": "test", "server_metadata_url": "https://idp.example/.well-known/openid-configuration"}
    at = start(monkeypatch, tmp_path, secrets={"auth": provider}, TIMELINE_EDITING="login")
    assert not at.file_uploader and [b for b in at.button if b.key == "timeline_login"]  # st.login's button
    assert "timeline_password" not in [t.key for t in at.text_input]  # and no password form
