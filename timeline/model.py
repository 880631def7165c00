"""The data model shared by every step: articles in, time expressions and event mentions out."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

EVENT_TYPES = ("withdrawal", "deployment", "announcement", "meeting", "agreement")
STATUSES = ("completed", "ongoing", "scheduled", "unknown")
PRECISIONS = ("day", "month", "year", "none")


@dataclass
class Article:
    """One news article as read from any input; `date` is the publication date when known."""

    id: str
    text: str
    title: str = ""
    date: date | None = None
    url: str = ""
    lang: str = ""
    source: str = ""


@dataclass
class ArticleError:
    """An input that could not be read: which one, where it came from, and why."""

    article_id: str
    source: str
    reason: str


@dataclass
class TimeExpression:
    """A time expression found in a text, with its TIMEX3 type and resolved value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value, e.g. 2020-11-17, 2020-11, P3D, PRESENT_REF
    precision: str = "none"  # day, month, year, none: how much of a calendar date is known

    @cached_property
    def day(self) -> date | None:
        """The first calendar day the value names (week: its month; quarter: its first month), or None."""
        head = self.value[:4]
        if self.type not in ("DATE", "TIME") or not head.isdigit():
            return None
        year, rest = int(head), self.value[5:]
        try:
            if rest.startswith("W") and rest[1:3].isdigit():
                return date.fromisocalendar(year, int(rest[1:3]), 1).replace(day=1)
            if rest.startswith("Q") and rest[1:2].isdigit():
                return date(year, 3 * int(rest[1]) - 2, 1)
            month = int(rest[:2]) if rest[:2].isdigit() else 1
            day = int(rest[3:5]) if rest[3:5].isdigit() else 1
            return date(year, month, day)
        except ValueError:
            return None


@dataclass
class Mention:
    """One event mention: one event stated in one sentence of one article (EVENTS.md)."""

    article_id: str
    event_type: str
    sentence: str
    sentence_start: int
    sentence_end: int
    lang: str
    trigger: str = ""
    date: date | None = None
    date_precision: str = "none"
    date_text: str = ""
    end_date: date | None = None
    status: str = "unknown"
    actor: str | None = None
    location: str | None = None
    place: str | None = None  # the location's name in the gazetteer's common (English) form
    quantity: int | None = None
    troops_from: int | None = None
    troops_to: int | None = None
    target_date: date | None = None  # for scheduled events: the deadline stated ("by 15 January")
    event_id: str = ""
    announces: list[str] = field(default_factory=list)  # event ids this announcement declares
    announced_by: str | None = None  # event id of the announcement that declares this event
