"""Filtering events: one `EventFilter` behind the CLI's options and the app's sidebar.

The same rules apply to a mention (`matches`, the streaming path), to a
DataFrame (`mask`) and to the store's tables (`where`, SQL with every value a
parameter); tests check that all three keep the same events.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from .model import LANGUAGES, Mention
from .parse.lexicon import load_lexicon, load_package_data
from .parse.text import fold_text

if TYPE_CHECKING:
    import pandas as pd

SEARCHED_COLUMNS = ("sentence", "actor", "actor_name", "location", "place", "title", "trigger")
MIN_OTHER_NAME = 4  # a shorter other name (US) would be found inside too many words: only the words typed are


@dataclass
class EventFilter:
    """What to keep; an empty field keeps everything. Undated events are kept unless a date range is set."""

    start: date | None = None
    end: date | None = None
    event_types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # an actor by its common name (actor_name) or as written
    places: list[str] = field(default_factory=list)  # a place by its common name or as written
    langs: list[str] = field(default_factory=list)
    search: str = ""  # every word (or any other name of it) must appear in some searched column (search_terms)

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
            return all(any(name in haystack for name in names) for names in search_terms(self.search))
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
            for names in search_terms(self.search):
                found = pd.Series(False, index=frame.index)
                for name in names:
                    found |= haystack.str.contains(name, regex=False)
                keep &= found
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
        for names in search_terms(self.search):
            clauses.append("(" + " OR ".join(f"contains({search_column}, ?)" for _ in names) + ")")
            params += list(names)
        return " AND ".join(clauses), params


def searchable(row) -> str:
    """The text `search` looks in, folded: what a store keeps in its search column."""
    return fold_text(" ".join(getattr(row, c, None) or "" for c in SEARCHED_COLUMNS))


def search_terms(search: str) -> list[tuple[str, ...]]:
    """The terms of a search, each with the names it may be found under (folded): a place or an actor by any
    of its names in Arabic or English (العراق, Iraq, Republic of Iraq; ميللر, Miller), so that a search finds the
    same events in both languages. The whole search is one term when it is a name; else each word is."""
    folded = " ".join(fold_text(search).split())
    if not folded:
        return []
    names = _other_names()
    if folded in names:
        return [names[folded]]
    return [names.get(word, (word,)) for word in folded.split()]


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """Folded name -> every folded name of the same place or actor (itself first): the lexicons' places, the
    countries, the curated entities (a capital is no name of its country here), and the Latin and Arabic
    spellings of name words."""
    groups: dict[str, set[str]] = defaultdict(set)
    for lang in LANGUAGES:
        for name, common in load_lexicon(lang)["places"].items():
            groups[common].add(name)
    for country in load_package_data("entities/world.json")["countries"].values():
        groups[country["en"][0]].update(country["en"] + country["ar"])
    entities = load_package_data("entities/entities.json")
    for entry in entities["entities"]:
        groups[entry["name"]].update(alias for aliases in entry.get("aliases", {}).values() for alias in aliases)
    for latin, spellings in entities["names"].items():
        if not latin.startswith("_"):
            groups[latin].update(spellings)
    names: dict[str, set[str]] = defaultdict(set)
    for common, found in groups.items():
        folded = {" ".join(fold_text(n).split()) for n in found | {common}} - {""}
        for name in folded:
            names[name] |= folded
    return {name: (name, *sorted(n for n in others - {name} if len(n) >= MIN_OTHER_NAME)) for name, others in names.items()}


def filter_events(frame: pd.DataFrame, spec: EventFilter) -> pd.DataFrame:
    """The rows of an events table that `spec` keeps."""
    return frame[spec.mask(frame)] if spec else frame
