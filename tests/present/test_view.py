from datetime import date

from timeline.filters import EventFilter
from timeline.present.chart import DETAIL_LIMIT
from timeline.present.view import (active, bucket_for, covers, hidden_note, padded, parse_window, plan, relax_note,
                                   within, without)


def test_the_bucket_is_the_finest_period_that_keeps_the_bars_few():
    assert bucket_for((date(2020, 1, 1), date(2020, 3, 1))) == "day"
    assert bucket_for((date(2018, 1, 1), date(2020, 1, 1))) == "week"
    assert bucket_for((date(2008, 1, 1), date(2020, 1, 1))) == "month"
    assert bucket_for((date(1900, 1, 1), date(2020, 1, 1))) == "year"


def test_single_events_when_few_enough_are_in_the_window_else_counts():
    window = (date(2008, 1, 1), date(2020, 1, 1))
    assert plan(DETAIL_LIMIT, window).kind == "events"
    assert plan(DETAIL_LIMIT + 1, window).kind == "counts" and plan(DETAIL_LIMIT + 1, window).bucket == "month"


def test_a_window_narrows_a_filter_and_comes_from_the_address():
    spec = EventFilter(start=date(2019, 1, 1), event_types=["withdrawal"])
    narrowed = within(spec, (date(2018, 1, 1), date(2020, 1, 1)))
    assert (narrowed.start, narrowed.end, narrowed.event_types) == (date(2019, 1, 1), date(2020, 1, 1), ["withdrawal"])
    assert parse_window("2018-01-01", "2020-01-01T12:00:00") == (date(2018, 1, 1), date(2020, 1, 1))
    assert parse_window("2020-01-01", "2018-01-01") is None and parse_window(None, "x") is None
    first, last = padded(date(2020, 1, 1), date(2020, 1, 2))
    assert first < date(2020, 1, 1) and last > date(2020, 1, 2) and covers((first, last), (date(2020, 1, 1), date(2020, 1, 2)))


def test_what_each_filter_hides_in_words():
    spec = EventFilter(start=date(2019, 1, 1), search="iraq", places=["Iraq"])
    assert active(spec) == ["dates", "places", "search"]
    assert without(spec, "dates").start is None and without(spec, "search").search == ""
    assert hidden_note({"dates": 6, "places": 0, "search": 3}) == "6 hidden by the date range · 3 by the search"
    assert relax_note({"dates": 6, "search": 30}) == "Relax the search (it hides 30), or the date range (it hides 6)."


def test_a_story_is_titled_by_its_filters():
    from timeline.present.story import story_title

    assert story_title(EventFilter()) == "Events"
    assert story_title(EventFilter(event_types=["withdrawal"], places=["Iraq"], search=" base ")) == \
        "withdrawal in Iraq matching “base”"
