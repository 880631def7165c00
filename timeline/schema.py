"""The schema of the events table, written once: columns, dtypes, meanings, and stable event ids.

Pure Python (no pandas), so that streaming extraction starts fast."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .model import EVENT_TYPES, PRECISIONS, STATUSES

# column -> (dtype, meaning). The README's table of columns is generated from this.
SCHEMA: dict[str, tuple[str, str]] = {
    "event_id": ("string", "stable id of the mention: a hash of article, sentence offset, type and trigger"),
    "article_id": ("string", "the input article's id (for .txt/.html: the file name)"),
    "event_type": ("category", "withdrawal, deployment, announcement, meeting or agreement"),
    "date": ("datetime64[ns]", "the day it happened, was announced or is scheduled; first day of the month/year when only that is known"),
    "date_precision": ("category", "day, month, year or none"),
    "end_date": ("datetime64[ns]", "last day of the event when the text gives a duration or an end (spans on the timeline)"),
    "target_date": ("datetime64[ns]", "for scheduled events, the deadline stated (\"by 15 January\", بحلول)"),
    "date_text": ("string", "the time expression the date came from; empty when it is the reference date"),
    "status": ("category", "completed, ongoing, scheduled or unknown"),
    "actor": ("string", "who acts or announces, as written"),
    "location": ("string", "the country or place, as written"),
    "place": ("string", "the location under one common (English) name, so that العراق and Iraq are one place"),
    "quantity": ("Int64", "troops the event moves (stated, or troops_from minus troops_to)"),
    "troops_from": ("Int64", "force level before, when stated"),
    "troops_to": ("Int64", "force level after, when stated"),
    "sentence": ("string", "the evidence sentence, verbatim from the article text"),
    "sentence_start": ("Int64", "character offset of the sentence in the article text"),
    "sentence_end": ("Int64", "character offset just after the sentence"),
    "trigger": ("string", "the words that state the event"),
    "lang": ("category", "ar or en"),
    "announced_by": ("string", "event_id of the announcement that declares this event (same sentence)"),
    "announces": ("string", "event_ids this announcement declares, separated by spaces"),
    "title": ("string", "the article's title"),
    "url": ("string", "the article's address"),
    "published": ("datetime64[ns]", "the article's publication date"),
    "date_reference": ("category", "what relative dates were resolved against: published, latest date in text, none"),
    "source": ("string", "the file the article came from"),
}
CATEGORIES = {"event_type": EVENT_TYPES, "date_precision": PRECISIONS, "status": STATUSES, "lang": ("ar", "en"),
              "date_reference": ("published", "latest date in text", "none")}
DATE_COLUMNS = [c for c, (dtype, _) in SCHEMA.items() if dtype.startswith("datetime")]
EXTRACT_FIELDS = ("article_id", "event_type", "date", "date_precision", "status", "actor", "location",
                  "quantity", "troops_from", "troops_to", "sentence", "lang")


def event_id(article_id: str, sentence_start: int, event_type: str, trigger: str) -> str:
    """Same article text, same ids: re-parsing does not renumber events."""
    key = f"{article_id}\x1f{sentence_start}\x1f{event_type}\x1f{trigger}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def row_record(row: dict, fields: Iterable[str]) -> dict:
    """One extracted row as a JSON-ready record of `fields`, the same as `to_records` gives (no DataFrame needed)."""
    record = {}
    for field in fields:
        value = row.get(field)
        record[field] = value.isoformat() if hasattr(value, "isoformat") else value
    return record
