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
from ..schema import columns_of

FIRST_DAY, LAST_DAY = pd.Timestamp.min.date() + pd.Timedelta(days=1), pd.Timestamp.max.date()  # what datetime64[ns] holds
from .formats import from_record, is_events_file, read_events
from .readers import read_inputs


def to_frame(rows: Iterable, record_class: type = Mention) -> pd.DataFrame:
    """Records (mentions, or merged events) as a table: every column of their class, in order, with its dtype."""
    rows = list(rows)
    columns = columns_of(record_class)
    data = {}
    for column in columns:
        values = [getattr(m, column.name) for m in rows]
        if column.kind == "date":
            data[column.name] = _datetimes(values)
        elif column.kind == "category":
            data[column.name] = pd.Categorical(values, categories=column.categories)
        else:
            data[column.name] = pd.array(values, dtype=column.dtype)
    return pd.DataFrame(data, columns=[c.name for c in columns])


def arrow_to_frame(table, record_class: type = Mention) -> pd.DataFrame:
    """An Arrow table of records (a store query) as a table in the schema's dtypes, converted column by column
    in Arrow (no Python object per value, but for the dates, which must stay within what datetime64[ns] holds)."""
    import pyarrow as pa

    frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}.get)
    for column in columns_of(record_class):
        if column.name not in frame:
            continue
        if column.kind == "date":
            frame[column.name] = _datetimes(table.column(column.name).to_pylist())
        elif column.kind == "category":
            frame[column.name] = pd.Categorical(frame[column.name], categories=column.categories)
    return frame


def _datetimes(days: list) -> pd.Series:
    """Dates as datetime64[ns]; a date beyond what it can hold is missing."""
    return pd.Series(pd.to_datetime([d if d is not None and FIRST_DAY <= d <= LAST_DAY else None for d in days]),
                     dtype="datetime64[ns]")


def from_frame(frame: pd.DataFrame, record_class: type = Mention) -> Iterator:
    """The rows of a table as records again (for the writers)."""
    present = [c.name for c in columns_of(record_class) if c.name in frame]
    for values in frame[present].itertuples(index=False, name=None):
        yield from_record({name: None if pd.isna(v) else v for name, v in zip(present, values)}, record_class)


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
    rows = collected.rows + [m for p in event_files for m in read_events(p, gazetteer=gazetteer)]
    return to_frame(rows), collected.report
