"""Filtering the events table: the one implementation behind the app's sidebar and the CLI's options."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .parse.text import fold_text

SEARCHED_COLUMNS = ("sentence", "actor", "location", "title", "trigger")


@dataclass
class EventFilter:
    """What to keep; an empty field keeps everything. Undated events are kept unless a date range is set."""

    start: date | None = None
    end: date | None = None
    event_types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    search: str = ""


def filter_events(frame: pd.DataFrame, spec: EventFilter) -> pd.DataFrame:
    """The rows of `frame` that match `spec`."""
    keep = pd.Series(True, index=frame.index)
    if spec.start:
        keep &= frame["date"] >= pd.Timestamp(spec.start)
    if spec.end:
        keep &= frame["date"] <= pd.Timestamp(spec.end)
    for column, wanted in (("event_type", spec.event_types), ("actor", spec.actors), ("lang", spec.langs)):
        if wanted:
            keep &= frame[column].astype("string").isin(list(wanted)).fillna(False)
    if spec.places:  # a place is asked for by its common name or as written
        keep &= (frame["place"].astype("string").isin(spec.places) | frame["location"].astype("string").isin(spec.places)).fillna(False)
    if spec.search.strip():
        keep &= _matches(frame, spec.search)
    return frame[keep]


def _matches(frame: pd.DataFrame, query: str) -> pd.Series:
    """Every word of the query appears (folded: case, Arabic letter forms and diacritics ignored) in some searched column."""
    haystack = frame[list(SEARCHED_COLUMNS)].astype("string").fillna("").agg(" ".join, axis=1).map(fold_text)
    keep = pd.Series(True, index=frame.index)
    for word in fold_text(query).split():
        keep &= haystack.str.contains(word, regex=False)
    return keep


def choices(frame: pd.DataFrame, column: str) -> list[str]:
    """The distinct non-empty values of a column, most frequent first (for pick lists)."""
    return [str(v) for v in frame[column].dropna().astype("string").value_counts().index if str(v).strip()]

