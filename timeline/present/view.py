"""A view of the timeline: the window the chart shows (its zoom) and what it draws there, single events or
counts per period; and what the filters hide, in words. Pure functions, for the app and the exports.

The app learns the window from the chart (a zoom, a box selection, a click on a period) and keeps it in the
page's address (`from`, `to`), so a link or a reload shows the same view.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..filters import EventFilter
from .chart import DETAIL_LIMIT

BUCKET_TARGET = 160  # the counts view draws about this many periods across the window at most
BUCKET_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
PAD = 0.03  # the window around the data leaves this share of its length free on each side
MIN_PAD = timedelta(days=15)
TABLE_ROWS = 1000  # the desk's table shows this many events of the view; the downloads hold them all


@dataclass(frozen=True)
class Plan:
    """What the chart draws over `window`: "events" (one mark each) or "counts" per `bucket`."""

    kind: str
    window: tuple[date, date]
    bucket: str = ""


def padded(first: date, last: date) -> tuple[date, date]:
    """The window that shows every event from `first` to `last`, with some room at both ends."""
    pad = max(MIN_PAD, (last - first) * PAD)
    return first - pad, last + pad


def bucket_for(window: tuple[date, date]) -> str:
    """The finest period (day, week, month, year) that draws the window in BUCKET_TARGET periods or fewer."""
    days = (window[1] - window[0]).days + 1
    return next((b for b, length in BUCKET_DAYS.items() if days / length <= BUCKET_TARGET), "year")


def plan(in_window: int, window: tuple[date, date], limit: int = DETAIL_LIMIT) -> Plan:
    """Single events when at most `limit` are in the window, else counts per period."""
    if in_window <= limit:
        return Plan("events", window)
    return Plan("counts", window, bucket_for(window))


def within(spec: EventFilter, window: tuple[date, date] | None) -> EventFilter:
    """The filter narrowed to the window's days (the events the chart and the table show)."""
    if window is None:
        return spec
    start = max(filter(None, (spec.start, window[0])))
    end = min(filter(None, (spec.end, window[1])))
    return replace(spec, start=start, end=end)


def parse_window(first: str | None, last: str | None) -> tuple[date, date] | None:
    """A window from the address (`from`, `to`: YYYY-MM-DD, or longer ISO text from the chart), or None."""
    try:
        start, end = date.fromisoformat(str(first)[:10]), date.fromisoformat(str(last)[:10])
    except (TypeError, ValueError):
        return None
    return (start, end) if start < end else None


def covers(window: tuple[date, date], bounds: tuple[date, date]) -> bool:
    """Whether a window shows all of the data anyway (then it is no zoom)."""
    return window[0] <= bounds[0] and window[1] >= bounds[1]


FILTER_NAMES = {"dates": "the date range", "event_types": "the event type filter", "actors": "the actor filter",
                "places": "the place filter", "langs": "the language filter", "search": "the search"}


def without(spec: EventFilter, name: str) -> EventFilter:
    """The filter with one of its parts (a FILTER_NAMES key) relaxed."""
    if name == "dates":
        return replace(spec, start=None, end=None)
    return replace(spec, **{name: "" if name == "search" else []})


def active(spec: EventFilter) -> list[str]:
    """The parts of a filter that keep less than everything (FILTER_NAMES keys)."""
    return [name for name in FILTER_NAMES if (spec.start or spec.end if name == "dates" else
                                             (getattr(spec, name).strip() if name == "search" else getattr(spec, name)))]


def hidden_note(hidden: dict[str, int]) -> str:
    """What each filter hides, in words: "6 hidden by the date range · 3 by the search"."""
    parts = [f"{n:,} {'hidden ' if not i else ''}by {FILTER_NAMES[name]}"
             for i, (name, n) in enumerate((k, v) for k, v in hidden.items() if v)]
    return " · ".join(parts)


def relax_note(hidden: dict[str, int]) -> str:
    """When nothing matches: which filters to relax, the one that hides most first."""
    ranked = sorted(((n, name) for name, n in hidden.items() if n), reverse=True)
    if not ranked:
        return "Relax the filters: no event matches all of them together."
    return "Relax " + ", or ".join(f"{FILTER_NAMES[name]} (it hides {n:,})" for n, name in ranked) + "."
