import json
import re
import shutil

import pytest

from support import event, events_frame as frame
from timeline.present.chart import events_figure
from timeline.present.export import chart_image, spreadsheet_csv, story_html, story_steps

TABLE = frame({"event_type": "withdrawal", "date": "2020-11-17", "lang": "ar", "sentence": "انسحاب </script><script>alert(1)</script>",
               "place": "Iraq"},
              {"event_type": "meeting", "date": "2021-03-01", "lang": "en", "sentence": "Delegations met.", "place": "Iraq"})


def test_spreadsheet_csv_has_a_bom_and_quotes_what_would_run_as_a_formula():
    data = spreadsheet_csv([event(event_type="meeting", sentence="=1+1", actor="@SUM(A1)", location="-2+3"),
                            event(event_type="meeting", sentence="العراق", quantity=-5)])
    assert data.startswith("\ufeff".encode("utf-8"))
    text = data.decode("utf-8-sig")
    assert "'=1+1" in text and "'@SUM(A1)" in text and "'-2+3" in text and "العراق" in text
    assert ",-5," in text  # a number stays a number


def test_the_offline_story_inlines_plotly_and_carries_every_step_safely():
    page = story_html(TABLE, "Iraq <2020>", "place", "dark", "huge")
    assert "<title>Iraq &lt;2020&gt;</title>" in page
    assert not re.search(r"<script[^>]+src=", page)  # nothing loaded from elsewhere: plotly.js is inlined
    assert len(page) > 3_000_000
    steps = json.loads(re.search(r'<script type="application/json" id="steps">(.*?)</script>', page, re.S).group(1))
    assert [s["type"] for s in steps] == ["withdrawal", "meeting"] and steps[0]["lang"] == "ar"
    assert page.count("</script><script>alert(1)") == 0


def test_story_steps_are_in_date_order():
    assert [s["date"] for s in story_steps(TABLE.iloc[::-1], "event type")] == ["17 Nov 2020", "1 Mar 2021"]


@pytest.mark.skipif(not shutil.which("chromium"), reason="kaleido needs Debian's chromium")
def test_the_chart_as_png_and_svg():
    fig = events_figure(TABLE, "place", (TABLE["date"].min().date(), TABLE["date"].max().date()))
    assert chart_image(fig, "png", (800, 400)).startswith(b"\x89PNG")
    assert b"<svg" in chart_image(fig, "svg", (800, 400))[:200]
