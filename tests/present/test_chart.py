import pandas as pd

from timeline.present.chart import evidence_html, timeline_figure
from support import events_frame as frame

FRAME = frame(*[
    {"article_id": "a", "event_type": "withdrawal", "date": "2020-11-17", "end_date": "2021-01-15", "location": "Iraq", "place": "Iraq",
     "troops_from": 3000, "troops_to": 2500, "lang": "en", "sentence": "Troops cut to 2,500.", "mentions": 1},
    {"article_id": "b", "event_type": "announcement", "date": "2020-11-17", "lang": "ar",
     "sentence": "أعلن الوزير <خفض> القوات", "mentions": 1, "title": "عنوان", "url": "https://example.org/a"},
    {"article_id": "c", "event_type": "meeting", "date": None, "lang": "en", "sentence": "Undated talks.", "mentions": 1},
])


def test_figure_has_markers_spans_and_troop_steps():
    fig = timeline_figure(FRAME)
    names = [t.name for t in fig.data]
    assert names[:1] == ["withdrawal"] and "announcement" in names and "troops: Iraq" in names
    span = [t for t in fig.data if t.name == "withdrawal (span)"][0]
    assert list(span.x[:2]) == [pd.Timestamp("2020-11-17").value // 10**6, pd.Timestamp("2021-01-15").value // 10**6]
    steps = [t for t in fig.data if t.name == "troops: Iraq"][0]
    assert list(steps.y) == [3000, 2500] and steps.line.shape == "hv"
    assert sum(len(t.x) for t in fig.data if t.mode == "markers") == 2  # the undated meeting is not drawn
    assert fig.layout.xaxis.type == "date"


def test_lanes_by_place_and_presentation_size():
    fig = timeline_figure(FRAME, lane_by="place", large=True)
    marker_trace = fig.data[0]
    assert set(marker_trace.y) == {"Iraq"} and marker_trace.marker.size == 16


def test_evidence_card_is_escaped_and_right_to_left_for_arabic():
    card = evidence_html(FRAME.iloc[1])
    assert 'dir="rtl"' in card and "&lt;خفض&gt;" in card and "https://example.org/a" in card
    assert 'dir="ltr"' in evidence_html(FRAME.iloc[0])


def test_announcements_are_joined_to_the_events_they_declare():
    table = frame(*[
        {"article_id": "a", "event_id": "ann", "event_type": "announcement", "date": "2020-11-17", "sentence": "x",
         "announces": "wd", "mentions": 1},
        {"article_id": "a", "event_id": "wd", "event_type": "withdrawal", "date": "2021-01-15", "target_date": "2021-01-15",
         "status": "scheduled", "announced_by": "ann", "sentence": "x", "mentions": 1},
    ])
    link = [t for t in timeline_figure(table).data if t.name == "announced → event"][0]
    assert list(link.y[:2]) == ["announcement", "withdrawal"]
    assert "deadline 2021-01-15" in evidence_html(table.iloc[1]) and "declares 1 event" in evidence_html(table.iloc[0])
