"""The events table as a pandas DataFrame: the schema's dtypes over mentions, and mentions back from a frame.

Only the app and library users who ask for a DataFrame come here; the CLI
streams mentions without pandas.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd

from ..engine.local import Collector, run
from ..model import Article, ArticleError, Mention, ReportLine
from ..parse import Gazetteer, mentions
from ..schema import COLUMNS, NAMES

FIRST_DAY, LAST_DAY = pd.Timestamp.min.date() + pd.Timedelta(days=1), pd.Timestamp.max.date()  # what datetime64[ns] holds
from .formats import from_record, is_events_file, read_events
from .readers import read_inputs


def to_frame(mentions: Iterable[Mention]) -> pd.DataFrame:
    """Mentions as the events table: every column, in order, with its dtype (schema.COLUMNS)."""
    rows = list(mentions)
    data = {}
    for column in COLUMNS:
        values = [getattr(m, column.name) for m in rows]
        if column.kind == "date":
            days = [d if d is not None and FIRST_DAY <= d <= LAST_DAY else None for d in values]
            data[column.name] = pd.Series(pd.to_datetime(days), dtype="datetime64[ns]")
        elif column.kind == "category":
            data[column.name] = pd.Categorical(values, categories=column.categories)
        else:
            data[column.name] = pd.array(values, dtype=column.dtype)
    return pd.DataFrame(data, columns=list(NAMES))


def from_frame(frame: pd.DataFrame) -> Iterator[Mention]:
    """The rows of an events table as mentions again (for the writers)."""
    present = [name for name in NAMES if name in frame]
    for values in frame[present].itertuples(index=False, name=None):
        yield from_record({name: None if pd.isna(v) else v for name, v in zip(present, values)})


def parse_articles(items: Iterable[Article | ArticleError], gazetteer: Gazetteer | None = None
                   ) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Articles (or read errors) to the events table and a report line per article; `gazetteer` names
    the actors (default: the package's; io.aliases.load_gazetteer adds the user's alias file)."""
    collected = Collector()
    run(items, [collected], partial(mentions, gazetteer=gazetteer))
    return to_frame(collected.rows), collected.report


def events_table(paths: Iterable[str | Path], publication_date: date | None = None) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Files of articles to the events table (see `schema.COLUMNS`) and a report line per article."""
    return parse_articles(read_inputs(paths, publication_date))


def load_table(paths: Iterable[str | Path], publication_date: date | None = None, gazetteer: Gazetteer | None = None
               ) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Files of articles and/or of events (any of `formats.FORMATS`) to one events table: what the app opens."""
    paths = [Path(p) for p in paths]
    event_files = [p for p in paths if p.is_file() and is_events_file(p)]
    collected = Collector()
    run(read_inputs([p for p in paths if p not in event_files], publication_date), [collected],
        partial(mentions, gazetteer=gazetteer))
    rows = collected.rows + [m for p in event_files for m in read_events(p, gazetteer)]
    return to_frame(rows), collected.report
