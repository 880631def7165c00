"""The events table: one schema, written once, for every DataFrame the tool makes or reads."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import errors
from .model import EVENT_TYPES, PRECISIONS, STATUSES

# column -> (dtype, meaning). The README's table of columns is generated from this.
SCHEMA: dict[str, tuple[str, str]] = {
    "event_id": ("string", "stable id of the mention: a hash of article, sentence offset, type and trigger"),
    "article_id": ("string", "the input article's id (for .txt/.html: the file name)"),
    "event_type": ("category", "withdrawal, deployment, announcement, meeting or agreement"),
    "date": ("datetime64[ns]", "the day it happened, was announced or is scheduled; first day of the month/year when only that is known"),
    "date_precision": ("category", "day, month, year or none"),
    "end_date": ("datetime64[ns]", "last day of the event when the text gives a duration or an end (spans on the timeline)"),
    "date_text": ("string", "the time expression the date came from; empty when it is the reference date"),
    "status": ("category", "completed, ongoing, scheduled or unknown"),
    "actor": ("string", "who acts or announces, as written"),
    "location": ("string", "the country or place, as written"),
    "quantity": ("Int64", "troops the event moves (stated, or troops_from minus troops_to)"),
    "troops_from": ("Int64", "force level before, when stated"),
    "troops_to": ("Int64", "force level after, when stated"),
    "sentence": ("string", "the evidence sentence, verbatim from the article text"),
    "sentence_start": ("Int64", "character offset of the sentence in the article text"),
    "sentence_end": ("Int64", "character offset just after the sentence"),
    "trigger": ("string", "the words that state the event"),
    "lang": ("category", "ar or en"),
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


def row_record(row: dict, fields: Iterable[str]) -> dict:
    """One extracted row as a JSON-ready record of `fields`, the same as `to_records` gives (no DataFrame needed)."""
    record = {}
    for field in fields:
        value = row.get(field)
        record[field] = value.isoformat() if hasattr(value, "isoformat") else value
    return record


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
