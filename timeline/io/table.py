"""The events table as a pandas DataFrame: building it from articles, conforming, reading and writing it.

The schema itself lives in `schema` (pure Python).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from .. import errors
from ..model import Article, ArticleError
from ..engine.local import ReportLine, process
from .readers import read_inputs
from ..schema import CATEGORIES, DATE_COLUMNS, SCHEMA, event_id


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Any frame of events in the schema: all columns, in order, with their dtypes."""
    frame = frame.copy()
    for column, (dtype, _) in SCHEMA.items():
        if column not in frame:
            frame[column] = pd.NA
        if dtype.startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column], errors="coerce").astype("datetime64[ns]")
        elif dtype == "category":
            frame[column] = pd.Categorical(frame[column].astype("string").where(frame[column].notna()),
                                           categories=CATEGORIES[column])
        elif dtype == "Int64":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").round().astype("Int64")
        else:
            frame[column] = frame[column].astype("string")
    frame["place"] = frame["place"].fillna(frame["location"])
    missing_ids = frame["event_id"].isna()
    if missing_ids.any():
        frame.loc[missing_ids, "event_id"] = [
            event_id(str(r.article_id), int(r.sentence_start) if pd.notna(r.sentence_start) else 0,
                     str(r.event_type), str(r.sentence)) for r in frame[missing_ids].itertuples()]
    return frame[list(SCHEMA)].reset_index(drop=True)


def empty_frame() -> pd.DataFrame:
    return conform(pd.DataFrame(columns=list(SCHEMA)))


def records_to_frame(records: Iterable[dict]) -> pd.DataFrame:
    rows = list(records)
    return conform(pd.DataFrame(rows)) if rows else empty_frame()


def to_records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON-ready dicts: dates as YYYY-MM-DD, missing values as null."""
    out = frame.copy()
    for column in DATE_COLUMNS:
        if column in out:
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    out = out.astype(object).where(out.notna(), None)
    return out.to_dict(orient="records")


def write_events(frame: pd.DataFrame, path: str | Path | None, fmt: str, fields: Iterable[str] | None = None) -> str | None:
    """Write events as JSONL, CSV or Parquet; with no path, return the text (JSONL/CSV)."""
    columns = list(fields) if fields else list(SCHEMA)
    frame = frame[columns]
    if fmt == "parquet":
        frame.to_parquet(path, index=False)
        return None
    if fmt == "csv":
        text = pd.DataFrame(to_records(frame), columns=columns).to_csv(index=False)
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_records(frame))
    if path is None:
        return text
    Path(path).write_text(text, encoding="utf-8")
    return None


def read_events(path: str | Path) -> pd.DataFrame:
    """A file of events in the extract format (.jsonl, .csv, .parquet) as a frame in the schema."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            frame = pd.read_parquet(path)
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        else:
            frame = pd.read_json(path, lines=True, dtype=False)
    except (ValueError, OSError) as exc:
        raise ValueError(errors.BAD_EVENTS_FILE.format(detail=exc)) from exc
    if "event_type" not in frame or "sentence" not in frame:
        raise ValueError(errors.BAD_EVENTS_FILE.format(detail="needs at least event_type and sentence columns"))
    return conform(frame)


def is_events_file(path: str | Path) -> bool:
    """True for a file of events rather than of articles: .csv/.parquet, or .jsonl whose first row has event_type."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".parquet"):
        return True
    if suffix != ".jsonl":
        return False
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    return "event_type" in json.loads(line)
                except json.JSONDecodeError:
                    return False
    return False


def parse_articles(items: Iterable[Article | ArticleError]) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Articles (or read errors) to the events table and the report."""
    report, rows = [], []
    for line, article_rows in process(items):
        report.append(line)
        rows.extend(article_rows)
    return records_to_frame(rows), report


def events_table(paths: Iterable[str | Path], publication_date: date | None = None) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Files of articles to the events table (see `table.SCHEMA`) and a report line per article."""
    return parse_articles(read_inputs(paths, publication_date))


def load_table(paths: Iterable[str | Path], publication_date: date | None = None) -> tuple[pd.DataFrame, list[ReportLine]]:
    """Files of articles and/or of events (extract format) to one events table: what the app opens."""
    paths = [Path(p) for p in paths]
    event_files = [p for p in paths if is_events_file(p)]
    frame, report = events_table([p for p in paths if p not in event_files], publication_date)
    frames = [frame] + [read_events(p) for p in event_files]
    frames = [f for f in frames if len(f)]
    return (conform(pd.concat(frames, ignore_index=True)) if frames else frame), report
