"""Filtering events: one `EventFilter` behind the CLI's options and the app's sidebar.

The same rules apply to a mention (`matches`, the streaming path), to a
DataFrame (`mask`) and to the store's tables (`where`, SQL with every value a
parameter); tests check that all three keep the same events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .model import Mention
from .parse.text import fold_text

if TYPE_CHECKING:
    import pandas as pd

SEARCHED_COLUMNS = ("sentence", "actor", "actor_name", "location", "title", "trigger")


@dataclass
class EventFilter:
    """What to keep; an empty field keeps everything. Undated events are kept unless a date range is set."""

    start: date | None = None
    end: date | None = None
    event_types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # an actor by its common name (actor_name) or as written
    places: list[str] = field(default_factory=list)  # a place by its common name or as written
    langs: list[str] = field(default_factory=list)
    search: str = ""  # every word must appear in some searched column (case, Arabic letter forms, diacritics ignored)

    def __bool__(self) -> bool:
        """False when it keeps everything."""
        return any((self.start, self.end, self.event_types, self.actors, self.places, self.langs, self.search.strip()))

    def matches(self, m: Mention) -> bool:
        """Whether one mention is kept."""
        if self.start and (m.date is None or m.date < self.start):
            return False
        if self.end and (m.date is None or m.date > self.end):
            return False
        for wanted, value in ((self.event_types, m.event_type), (self.langs, m.lang)):
            if wanted and value not in wanted:
                return False
        if self.actors and m.actor_name not in self.actors and m.actor not in self.actors:
            return False
        if self.places and m.place not in self.places and m.location not in self.places:
            return False
        if self.search.strip():
            haystack = searchable(m)
            return all(word in haystack for word in fold_text(self.search).split())
        return True

    def mask(self, frame: pd.DataFrame) -> pd.Series:
        """Which rows of an events table are kept, by the same rules as `matches`."""
        import pandas as pd

        keep = pd.Series(True, index=frame.index)
        if self.start:
            keep &= frame["date"] >= pd.Timestamp(self.start)
        if self.end:
            keep &= frame["date"] <= pd.Timestamp(self.end)
        for column, wanted in (("event_type", self.event_types), ("lang", self.langs)):
            if wanted:
                keep &= frame[column].astype("string").isin(list(wanted)).fillna(False)
        if self.actors:
            keep &= (frame["actor_name"].astype("string").isin(self.actors)
                     | frame["actor"].astype("string").isin(self.actors)).fillna(False)
        if self.places:
            keep &= (frame["place"].astype("string").isin(self.places)
                     | frame["location"].astype("string").isin(self.places)).fillna(False)
        if self.search.strip():
            haystack = frame[[c for c in SEARCHED_COLUMNS if c in frame]].astype("string").fillna("").agg(" ".join, axis=1).map(fold_text)
            for word in fold_text(self.search).split():
                keep &= haystack.str.contains(word, regex=False)
        return keep


    def where(self, search_column: str = "search_text") -> tuple[str, list]:
        """The same rules as an SQL condition over a table with these columns, and its parameters: no value
        is ever formatted into the SQL. `search_column` holds the searched columns' text, folded."""
        clauses, params = ["TRUE"], []
        if self.start:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("date <= ?")
            params.append(self.end)
        for column, wanted in (("event_type", self.event_types), ("lang", self.langs)):
            if wanted:
                clauses.append(f"{column} IN ({', '.join('?' * len(wanted))})")
                params += list(wanted)
        if self.actors:
            marks = ", ".join("?" * len(self.actors))
            clauses.append(f"(actor_name IN ({marks}) OR actor IN ({marks}))")
            params += list(self.actors) * 2
        if self.places:
            marks = ", ".join("?" * len(self.places))
            clauses.append(f"(place IN ({marks}) OR location IN ({marks}))")
            params += list(self.places) * 2
        for word in fold_text(self.search).split():
            clauses.append(f"contains({search_column}, ?)")
            params.append(word)
        return " AND ".join(clauses), params


def searchable(row) -> str:
    """The text `search` looks in, folded: what a store keeps in its search column."""
    return fold_text(" ".join(getattr(row, c, None) or "" for c in SEARCHED_COLUMNS))


def filter_events(frame: pd.DataFrame, spec: EventFilter) -> pd.DataFrame:
    """The rows of an events table that `spec` keeps."""
    return frame[spec.mask(frame)] if spec else frame

