"""The data model, declared once: articles in; time expressions, event mentions and a report line out.

`Mention` is the one model of an event row. Each of its fields is declared with
`column(...)`: its kind and meaning live here, and the table schema, the file
formats, the README's column table and the docs are all derived from these
declarations (`timeline.schema`). Add a field here and it appears everywhere.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

EVENT_TYPES = ("withdrawal", "deployment", "announcement", "meeting", "agreement")
STATUSES = ("completed", "ongoing", "scheduled", "unknown")
PRECISIONS = ("day", "month", "year", "none")
LANGUAGES = ("ar", "en")
DATE_REFERENCES = ("published", "day stated in text", "latest date in text", "none")  # what relative dates were resolved against
ORIGINS = ("parsed", "file", "gdelt", "acled")  # where an event comes from: our parser, an events file, a dataset
KINDS = ("text", "category", "date", "count")  # the kinds of column a Mention field can be


def column(meaning: str, kind: str = "text", *, default=None, required: bool = False,
           categories: tuple[str, ...] = (), contract: bool = False):
    """A field of `Mention` with what the table and the docs need to know of it.

    `contract`: one of the fields `timeline extract` writes by default (the contract of docs/events.md)."""
    metadata = {"meaning": meaning, "kind": kind, "categories": categories, "contract": contract}
    return field(metadata=metadata) if required else field(default=default, metadata=metadata)


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
    """An input that could not be read: which one, where it came from, why, and the kind of failure (errors.py)."""

    article_id: str
    source: str
    reason: str
    code: str = ""


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
                return date.fromisocalendar(year, int(rest[1:3]), 1).replace(day=1)  # its first_day's month
            if rest.startswith("Q") and rest[1:2].isdigit():
                return date(year, 3 * int(rest[1]) - 2, 1)
            month = int(rest[:2]) if rest[:2].isdigit() else 1
            day = int(rest[3:5]) if rest[3:5].isdigit() else 1
            return date(year, month, day)
        except ValueError:
            return None

    @cached_property
    def first_day(self) -> date | None:
        """The first day of the period the value names: a week's Monday ("next week" has not begun because its month
        did), else `day`."""
        rest = self.value[5:]
        if self.day is not None and rest.startswith("W") and rest[1:3].isdigit():
            return date.fromisocalendar(int(self.value[:4]), int(rest[1:3]), 1)
        return self.day


@dataclass(slots=True, kw_only=True)
class Mention:
    """One event mention: one event stated in one sentence of one article (docs/events.md), with its article's fields.

    The field order is the column order of every output."""

    mention_id: str = column("stable id of the mention: a hash of article, sentence offset, type and trigger", default="")
    article_id: str = column("the input article's id (for .txt/.html: the file name)", required=True, contract=True)
    event_type: str = column("withdrawal, deployment, announcement, meeting or agreement", "category",
                             required=True, categories=EVENT_TYPES, contract=True)
    date: date | None = column("the day it happened, was announced or is scheduled; first day of the month/year when "
                               "only that is known", "date", contract=True)
    date_precision: str = column("day, month, year or none", "category", default="none", categories=PRECISIONS,
                                 contract=True)
    end_date: date | None = column("last day of the event when the text gives a duration or an end (spans on the "
                                   "timeline)", "date")
    target_date: date | None = column("for scheduled events, the deadline stated (\"by 15 January\", بحلول)", "date")
    date_text: str = column("the time expression the date came from; empty when it is the reference date", default="")
    status: str = column("completed, ongoing, scheduled or unknown", "category", default="unknown", categories=STATUSES,
                         contract=True)
    actor: str | None = column("who acts or announces, as written", contract=True)
    actor_name: str | None = column("the actor under one common name across spellings, languages and articles (a "
                                    "person, government, ministry, office, army, armed group, international body or "
                                    "party), so that ميللر and Christopher Miller are one actor")
    location: str | None = column("the country or place, as written", contract=True)
    place: str | None = column("the location under one common (English) name, so that العراق and Iraq are one place")
    quantity: int | None = column("troops the event moves (stated, or troops_from minus troops_to)", "count",
                                  contract=True)
    troops_from: int | None = column("force level before, when stated", "count", contract=True)
    troops_to: int | None = column("force level after, when stated", "count", contract=True)
    sentence: str = column("the evidence sentence, verbatim from the article text", required=True, contract=True)
    sentence_start: int | None = column("character offset of the sentence in the article text", "count")
    sentence_end: int | None = column("character offset just after the sentence", "count")
    trigger: str = column("the words that state the event", default="")
    lang: str = column("ar or en", "category", required=True, categories=LANGUAGES, contract=True)
    announced_by: str | None = column("mention_id of the announcement that declares this event (same sentence)")
    announces: str | None = column("mention_ids of the events this announcement declares, separated by spaces")
    title: str | None = column("the article's title")
    url: str | None = column("the article's address")
    published: date | None = column("the article's publication date", "date")
    date_reference: str | None = column("what relative dates were resolved against: published, day stated in text, latest date in text, "
                                        "none", "category", categories=DATE_REFERENCES)
    source: str | None = column("the file the article came from")
    origin: str = column("where it comes from: parsed (by timeline), file (an events file), gdelt, acled", "category",
                         default="parsed", categories=ORIGINS)


@dataclass(slots=True, kw_only=True)
class Event:
    """One real-world event: the mentions of it, from any number of sentences and articles, merged (merge.py).

    Its fields are the agreed values of its mentions (corrections applied over them), the evidence of one
    representative mention, and how well it is sourced. The field order is the column order of every output."""

    event_id: str = column("stable id of the event: the smallest mention_id among its mentions", required=True)
    event_type: str = column("withdrawal, deployment, announcement, meeting or agreement", "category", required=True,
                             categories=EVENT_TYPES, contract=True)
    date: date | None = column("the day it happened, was announced or is scheduled: what most of its mentions say",
                               "date", contract=True)
    date_precision: str = column("day, month, year or none", "category", default="none", categories=PRECISIONS,
                                 contract=True)
    date_reference: str | None = column("what its representative mention's relative dates were resolved against: "
                                        "published, or latest date in text (a guess: the article gave no "
                                        "publication date, so the date is uncertain), or none", "category",
                                        categories=DATE_REFERENCES)
    end_date: date | None = column("last day of the event, when a mention states one", "date")
    target_date: date | None = column("for scheduled events, the deadline stated", "date")
    status: str = column("completed, ongoing, scheduled or unknown", "category", default="unknown", categories=STATUSES,
                         contract=True)
    actor: str | None = column("who acts or announces, as most of its mentions write it", contract=True)
    actor_name: str | None = column("the actor under one common name, as most of its mentions name it")
    location: str | None = column("the place as written in the representative mention", contract=True)
    place: str | None = column("the place under one common (English) name")
    quantity: int | None = column("troops the event moves", "count", contract=True)
    troops_from: int | None = column("force level before", "count", contract=True)
    troops_to: int | None = column("force level after", "count", contract=True)
    sentence: str = column("the evidence sentence of its representative mention, verbatim", required=True, contract=True)
    lang: str = column("language of the representative mention: ar or en", "category", required=True,
                       categories=LANGUAGES, contract=True)
    article_id: str = column("the article of the representative mention", required=True)
    title: str | None = column("that article's title")
    url: str | None = column("that article's address")
    published: date | None = column("that article's publication date", "date")
    mentions: int = column("how many mentions state it", "count", default=1)
    articles: int = column("in how many articles (its corroboration)", "count", default=1)
    sources: str | None = column("the articles that state it, each as its id and address, separated by ' | '")
    conflicts: str | None = column("details its mentions disagree on, each value with its count "
                                   "(date: 2015-07-24 x3, 2015-07-25 x1)")
    announced_by: str | None = column("event_id of the announcement that declares it")
    announces: str | None = column("event_ids of the events it declares, separated by spaces")
    origin: str = column("parsed, file, gdelt or acled", "category", default="parsed", categories=ORIGINS)
    edited: str | None = column("who corrected it last, and when (the edits table holds every correction)")
    mention_ids: str = column("the ids of its mentions, separated by spaces", default="")


def mention_id(article_id: str, sentence_start: int | None, event_type: str, trigger: str) -> str:
    """The id of a mention. Same article text, same ids: re-parsing does not renumber events.

    Rows read from an events file without a trigger pass their sentence in its place; a second mention of the
    same type stated by the same word in one sentence passes its trigger and rank ("visit#2")."""
    key = f"{article_id}\x1f{sentence_start or 0}\x1f{event_type}\x1f{trigger}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class ArticleResult:
    """What parsing made of one article: its mentions and the reference date their dates were resolved against."""

    article: Article
    lang: str
    mentions: list[Mention]
    reference: date | None
    reference_source: str  # one of DATE_REFERENCES


@dataclass
class ReportLine:
    """One line of `--report`: what became of one input article (or unreadable input)."""

    article_id: str
    source: str
    status: str  # ok | error
    events: int
    error: str | None
    code: str | None = None  # the kind of failure (errors.py), so that failures can be grouped
    warnings: tuple[str, ...] = ()  # what the parse left out on purpose, each with its code (E305 ...)
