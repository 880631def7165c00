import json

import pandas as pd

from support import events_frame as frame
from timeline.present.chart import (LEVEL_GAP, WEBGL_FROM, counts_figure, events_figure, place_color, read_key,
                                    stack_members)

WINDOW = (pd.Timestamp("2010-01-01").date(), pd.Timestamp("2022-01-01").date())
FRAME = frame(*[
    {"event_type": "withdrawal", "date": "2020-11-17", "end_date": "2021-01-15", "location": "Iraq", "place": "Iraq",
     "troops_from": 3000, "troops_to": 2500, "lang": "en", "sentence": "Troops cut to 2,500."},
    {"event_type": "announcement", "date": "2020-11-17", "lang": "ar", "sentence": "أعلن الوزير <خفض> القوات",
     "title": "عنوان", "url": "https://example.org/a"},
    {"event_type": "meeting", "date": None, "lang": "en", "sentence": "Undated talks."},
])


def traces(fig, **match):
    return [t for t in fig.data if all(getattr(t, k) == v for k, v in match.items())]


def test_points_spans_and_troop_levels():
    fig = events_figure(FRAME, "event type", WINDOW)
    span = traces(fig, type="bar", name="withdrawal")[0]
    assert list(span.base) == [pd.Timestamp("2020-11-17").value // 10**6]
    assert span.x[0] == (pd.Timestamp("2021-01-15") - pd.Timestamp("2020-11-17")).value // 10**6
    assert traces(fig, type="scatter", name="announcement")  # the undated meeting is not drawn
    assert not traces(fig, name="meeting")
    levels = traces(fig, name="troops: Iraq")
    assert sorted(levels[0].y) == [2500, 3000] and levels[0].mode == "markers"
    assert list(levels[1].y[:2]) == [3000, 2500] and levels[1].mode == "lines"  # the change the event states
    assert fig.layout.xaxis.type == "date" and list(fig.layout.xaxis.range) == [1262304000000, 1640995200000]


def test_a_month_or_year_date_is_a_hatched_span_over_it_and_the_hover_says_so():
    table = frame({"event_type": "withdrawal", "date": "2015-03-01", "date_precision": "month", "sentence": "x"},
                  {"event_type": "withdrawal", "date": "2016-01-01", "date_precision": "year", "sentence": "y"})
    bar = traces(events_figure(table, "event type", WINDOW), type="bar")[0]
    assert list(bar.marker.pattern.shape) == ["/", "/"]
    assert bar.x[0] == (pd.Timestamp("2015-04-01") - pd.Timestamp("2015-03-01")).value // 10**6
    assert bar.x[1] == (pd.Timestamp("2017-01-01") - pd.Timestamp("2016-01-01")).value // 10**6
    assert "March 2015 (month)" in bar.hovertext[0] and "2016 (year)" in bar.hovertext[1]


def test_events_sharing_a_lane_and_a_day_are_one_stack_with_their_count():
    table = frame(*[{"event_type": "withdrawal", "date": "2020-11-17", "sentence": f"Unit {i} left.", "place": "Iraq"}
                    for i in range(9)],
                  {"event_type": "withdrawal", "date": "2020-11-18", "sentence": "Another.", "place": "Iraq"})
    fig = events_figure(table, "event type", WINDOW)
    stack = traces(fig, name="several events")[0]
    assert list(stack.text) == ["10"] and "10 events" in stack.hovertext[0]  # a day apart in 12 years: one mark
    key = read_key(stack.customdata[0])
    assert key[0] == "stack" and len(stack_members(table, "event type", key)) == 10
    near = events_figure(table, "event type", (pd.Timestamp("2020-11-15").date(), pd.Timestamp("2020-11-20").date()))
    assert list(traces(near, name="several events")[0].text) == ["9"]  # zoomed in: apart
    assert len(traces(near, name="withdrawal")[0].x) == 1


def test_a_date_from_a_guessed_reference_is_a_hollow_marker_and_says_so():
    table = frame({"event_type": "meeting", "date": "2020-11-17", "sentence": "x", "date_reference": "latest date in text"},
                  {"event_type": "meeting", "date": "2012-11-19", "sentence": "y", "date_reference": "published"})
    points = traces(events_figure(table, "event type", WINDOW), name="meeting")[0]
    assert list(points.marker.symbol) == ["circle-open", "circle"]
    assert "date uncertain" in points.hovertext[0] and "date uncertain" not in points.hovertext[1]


def test_troop_levels_are_joined_only_where_honest_and_never_for_an_unknown_place():
    table = frame({"event_type": "withdrawal", "date": "2010-08-01", "troops_to": 50000, "place": "Iraq", "sentence": "a"},
                  {"event_type": "withdrawal", "date": "2020-09-09", "troops_to": 3000, "place": "Iraq", "sentence": "b"},
                  {"event_type": "withdrawal", "date": "2020-11-17", "troops_to": 2500, "place": "Iraq", "sentence": "c"},
                  {"event_type": "withdrawal", "date": "2020-11-20", "troops_to": 900, "sentence": "no place"})
    fig = events_figure(table, "event type", WINDOW)
    assert pd.Timestamp("2020-09-09") - pd.Timestamp("2010-08-01") > pd.Timedelta(LEVEL_GAP)
    joined = [t for t in traces(fig, name="troops: Iraq") if t.mode == "lines"]
    assert len(joined) == 1 and list(joined[0].y) == [3000, 2500, None]  # 2010 and 2020 are not joined
    assert joined[0].line.dash == "dot"
    unknown = traces(fig, name="troops (place unknown)")
    assert len(unknown) == 1 and unknown[0].mode == "markers"


def test_a_place_has_one_colour_whatever_else_is_shown():
    both = frame({"event_type": "withdrawal", "date": "2020-11-17", "troops_to": 1, "place": "Syria", "sentence": "a"},
                 {"event_type": "withdrawal", "date": "2020-11-17", "troops_to": 2, "place": "Iraq", "sentence": "b"})
    one = both.iloc[[1]]
    colour = lambda fig: traces(fig, name="troops: Iraq")[0].marker.color  # noqa: E731
    assert colour(events_figure(both, "event type", WINDOW)) == colour(events_figure(one, "place", WINDOW)) == place_color("Iraq")


def test_input_text_is_escaped_in_lanes_and_hovers():
    table = frame({"event_type": "meeting", "date": "2020-11-17", "place": "<img src=x onerror=alert(1)>",
                   "actor": "**bold**", "sentence": "<b>hi</b>"})
    fig = events_figure(table, "place", WINDOW)
    points = traces(fig, name="meeting")[0]
    assert list(points.y) == ["&lt;img src=x onerror=alert(1)&gt;"]
    assert "<b>hi</b>" not in points.hovertext[0] and "&lt;b&gt;hi&lt;/b&gt;" in points.hovertext[0]


def test_many_points_go_to_webgl():
    days = pd.date_range("2015-01-01", periods=10, freq="90D")  # further apart than a stack's width
    table = frame(*[{"event_type": "meeting", "date": d.date().isoformat(), "sentence": "x", "place": f"P{p}"}
                    for d in days for p in range(40)])
    assert len(table) > WEBGL_FROM
    window = (pd.Timestamp("2015-01-01").date(), pd.Timestamp("2020-01-01").date())
    assert traces(events_figure(table, "place", window), name="meeting")[0].type == "scattergl"


def test_counts_are_bars_per_lane_and_period_that_zoom_in_on_a_click():
    counts = [("withdrawal", pd.Timestamp("2015-03-01").date(), 120), ("meeting", pd.Timestamp("2015-04-01").date(), 3)]
    fig = counts_figure(counts, "month", "event type", WINDOW)
    bars = fig.data[0]
    assert list(bars.y) == ["withdrawal", "meeting"] and list(bars.marker.color) == [120, 3]
    assert json.loads(bars.customdata[0]) == ["period", "2015-03-01", "2015-04-01"]
    assert "March 2015: <b>120</b> events" in bars.hovertext[0]


def test_announcements_are_joined_to_the_events_they_declare():
    table = frame({"event_id": "ann", "event_type": "announcement", "date": "2020-11-17", "sentence": "x", "announces": "wd"},
                  {"event_id": "wd", "event_type": "withdrawal", "date": "2021-01-15", "target_date": "2021-01-15",
                   "status": "scheduled", "announced_by": "ann", "sentence": "x"})
    link = traces(events_figure(table, "event type", WINDOW), name="announced → event")[0]
    assert list(link.y[:2]) == ["announcement", "withdrawal"]


def test_legend_and_lane_labels_are_readable_on_a_laptop():
    plotly_default = 12
    fig = events_figure(FRAME, "event type", WINDOW)
    for size in (fig.layout.legend.font.size, fig.layout.yaxis.tickfont.size, fig.layout.xaxis.tickfont.size):
        assert size >= plotly_default + 2


def test_an_imported_event_is_a_triangle_and_its_hover_says_from_where():
    events = frame({"event_type": "meeting", "date": "2021-03-01", "sentence": "Parsed talks.", "lang": "en"},
                   {"event_type": "meeting", "date": "2021-03-09", "sentence": "Imported talks.", "lang": "en",
                    "origin": "gdelt"})
    march = (pd.Timestamp("2021-02-20").date(), pd.Timestamp("2021-03-20").date())  # the two apart, not stacked
    points = traces(events_figure(events, "event type", march), type="scatter", name="meeting")[0]
    by_sentence = dict(zip([h.split("<br>")[-1] for h in points.hovertext], points.marker.symbol))
    assert by_sentence == {"Parsed talks.": "circle", "Imported talks.": "triangle-up"}
    assert any("imported from GDELT" in h for h in points.hovertext)


def test_the_legend_shows_each_type_once_plainly_and_keys_the_triangles_and_hollow_marks():
    events = frame({"event_type": "meeting", "date": "2021-03-01", "sentence": "Guessed talks.", "lang": "en",
                    "date_reference": "latest date in text"},
                   {"event_type": "meeting", "date": "2021-03-09", "sentence": "Imported talks.", "lang": "en",
                    "origin": "acled"})
    fig = events_figure(events, "event type", (pd.Timestamp("2021-02-20").date(), pd.Timestamp("2021-03-20").date()))
    legend = {t.name: t.marker.symbol for t in fig.data if t.showlegend is not False and t.name}
    assert legend["meeting"] == "circle"  # not the first mark's hollow or triangle shape
    assert legend["imported, not parsed"] == "triangle-up" and legend["date from a guessed reference"] == "circle-open"
    assert sum(t.name == "meeting" and t.showlegend is not False for t in fig.data) == 1
