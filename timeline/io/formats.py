"""Events to files and back, in every format: JSONL, CSV, Parquet and Excel. One module, streaming, no pandas.

Writers take records (`Mention`s, or merged `Event`s) a batch at a time and keep
at most one Parquet row group in memory; readers give them back with the model's
types, whatever file they came from. The columns and their kinds come from the
record class's declaration (`schema.columns_of`).
The same JSON-lines writing serves the report and the time expressions.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import IO

from .. import errors
from ..model import Mention, ReportLine, TimeExpression, mention_id
from ..parse.actors import actor_name_of
from ..parse.gazetteer import Gazetteer, default_gazetteer
from ..schema import NAMES, columns_by_name

FORMATS = ("jsonl", "csv", "parquet", "xlsx")
BINARY_FORMATS = ("parquet", "xlsx")  # written to a file or a byte stream, never to a terminal
SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet", ".xlsx": "xlsx"}
PARQUET_BATCH = 10_000  # rows per Parquet row group: memory stays bounded however many events
XLSX_MAX_ROWS = 1_048_575  # an Excel sheet's rows, less the header
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters an Excel cell cannot hold

Target = str | Path | IO


def to_record(row, fields: Iterable[str] | None = None) -> dict:
    """One record (a Mention or an Event) as JSON-ready `fields` (all by default): dates as YYYY-MM-DD, missing as None."""
    record = {}
    for name in fields or columns_by_name(type(row)):
        value = getattr(row, name)
        record[name] = value.isoformat() if isinstance(value, date) else value
    return record


def from_record(record: dict, record_class: type = Mention, gazetteer: Gazetteer | None = None):
    """A record of any events file as `record_class`: each value made the kind its column declares.

    A mention without an id gets the id extraction would give it (its sentence stands for a missing
    trigger; files written before the id was called mention_id call it event_id); a place not given is
    its location as written; an actor's name not given is its actor's, as the gazetteer names it; its
    origin, where not given, is an events file; a date without a precision is a day."""
    columns = columns_by_name(record_class)
    values = {name: _as_kind(column, record.get(name)) for name, column in columns.items()}
    if record_class is Mention:
        values["place"] = values["place"] or values["location"]
        if values["actor"] and not values["actor_name"]:
            values["actor_name"] = actor_name_of(values["actor"], values["lang"] or "", gazetteer or default_gazetteer())
        values["origin"] = values["origin"] or "file"
        if values["date"] is not None and values["date_precision"] is None:
            values["date_precision"] = "day"  # a file that gives a full date without saying how precise it is
        values["mention_id"] = values["mention_id"] or _as_kind(columns["mention_id"], record.get("event_id")) or \
            mention_id(str(values["article_id"]), values["sentence_start"], str(values["event_type"]),
                       values["trigger"] or str(values["sentence"]))
    return record_class(**values)


def _as_kind(column, value):
    """`value` as the kind of `column`; None where it is missing or cannot be one."""
    if value is None or value != value:  # None or NaN
        return None
    if column.kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    if column.kind == "count":
        try:
            return round(float(value))
        except (TypeError, ValueError, OverflowError):
            return None
    text = str(value)
    if column.kind == "category" and text not in column.categories:
        return None
    return text


def write_json_lines(stream: IO, records: Iterable[dict]) -> None:
    stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


class JsonLines:
    """Records as JSON lines, to a path or an open text stream (which stays open)."""

    def __init__(self, target: Target):
        self.owned = isinstance(target, (str, Path))
        self.stream = open(target, "w", encoding="utf-8", newline="") if self.owned else target

    def close(self) -> None:
        if self.owned:
            self.stream.close()


class ReportWriter(JsonLines):
    """The `--report` sink: one line per input article, ok or error, with the reason and its code."""

    def add(self, item, line: ReportLine, rows: list) -> None:
        write_json_lines(self.stream, [asdict(line)])


class TimexWriter(JsonLines):
    """The `dates` sink: one line per time expression, with its article's id."""

    def add(self, item, line: ReportLine, rows: list[TimeExpression]) -> None:
        write_json_lines(self.stream, ({"article_id": line.article_id, "start": t.start, "end": t.end, "text": t.text,
                                        "type": t.type, "value": t.value} for t in rows))


class EventWriter:
    """A sink of events (mentions, or merged events) in one of FORMATS, to a path or an open stream (text for
    jsonl and csv, bytes otherwise)."""

    def __init__(self, target: Target, fmt: str = "jsonl", fields: Iterable[str] | None = None,
                 record_class: type = Mention):
        self.fmt, self.rows = fmt, 0
        self.fields = tuple(fields or columns_by_name(record_class))
        if fmt in ("jsonl", "csv"):
            self._text = JsonLines(target)
            if fmt == "csv":
                self._csv = csv.DictWriter(self._text.stream, fieldnames=self.fields, extrasaction="ignore")
                self._csv.writeheader()
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            self._batch: list[Mention] = []
            self._schema = arrow_schema(self.fields, record_class)
            self._parquet = pq.ParquetWriter(target, self._schema)
        elif fmt == "xlsx":
            from openpyxl import Workbook

            self._target, self._book = target, Workbook(write_only=True)
            self._sheet = self._book.create_sheet("events")
            self._sheet.append(list(self.fields))
        else:
            raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")

    def add(self, item, line: ReportLine, rows: list[Mention]) -> None:
        """The engine's sink interface: the events of one article."""
        self.write(rows)

    def write(self, mentions: Iterable[Mention]) -> None:
        mentions = list(mentions)
        self.rows += len(mentions)
        if self.fmt == "jsonl":
            write_json_lines(self._text.stream, (to_record(m, self.fields) for m in mentions))
        elif self.fmt == "csv":
            self._csv.writerows(to_record(m, self.fields) for m in mentions)
        elif self.fmt == "parquet":
            self._batch += mentions
            if len(self._batch) >= PARQUET_BATCH:
                self._flush()
        else:
            if self.rows > XLSX_MAX_ROWS:
                raise errors.TimelineError(errors.TOO_MANY_ROWS, format="Excel", limit=XLSX_MAX_ROWS)
            for m in mentions:
                self._sheet.append([_cell(getattr(m, name)) for name in self.fields])

    def _flush(self) -> None:
        import pyarrow as pa

        columns = {name: [getattr(m, name) for m in self._batch] for name in self.fields}
        self._parquet.write_batch(pa.RecordBatch.from_pydict(columns, schema=self._schema))
        self._batch = []

    def close(self) -> None:
        if self.fmt == "parquet":
            if self._batch:
                self._flush()
            self._parquet.close()
        elif self.fmt == "xlsx":
            self._book.save(self._target)
        else:
            self._text.close()


def _cell(value):
    """A value as an Excel cell: text without the control characters a cell cannot hold."""
    return _XLSX_ILLEGAL.sub("", value) if isinstance(value, str) else value


def arrow_schema(fields: Iterable[str] = NAMES, record_class: type = Mention):
    """The Parquet schema of a table: text and categories as strings, dates as dates, counts as int64."""
    import pyarrow as pa

    types = {"text": pa.string(), "category": pa.string(), "date": pa.date32(), "count": pa.int64()}
    columns = columns_by_name(record_class)
    return pa.schema([(name, types[columns[name].kind]) for name in fields])


def write_events(rows: Iterable, target: Target, fmt: str = "jsonl", fields: Iterable[str] | None = None,
                 record_class: type = Mention) -> None:
    """Write events (mentions, or merged events) to a path or an open stream in one of FORMATS."""
    writer = EventWriter(target, fmt, fields, record_class)
    try:
        writer.write(rows)
    finally:
        writer.close()


def dump_events(rows: Iterable, fmt: str, fields: Iterable[str] | None = None, record_class: type = Mention) -> bytes:
    """Events (mentions, or merged events) as the bytes of a file in one of FORMATS (for downloads)."""
    if fmt in BINARY_FORMATS:
        buffer = io.BytesIO()
        write_events(rows, buffer, fmt, fields, record_class)
        return buffer.getvalue()
    text = io.StringIO(newline="")
    write_events(rows, text, fmt, fields, record_class)
    return text.getvalue().encode("utf-8")


def format_of(path: str | Path) -> str | None:
    """The events format a file name says (.jsonl, .csv, .parquet, .xlsx), or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def is_events_file(path: str | Path) -> bool:
    """True for a file of events rather than of articles: .csv/.parquet/.xlsx, or .jsonl whose first row has event_type."""
    fmt = format_of(path)
    if fmt in ("csv", "parquet", "xlsx"):
        return True
    if fmt != "jsonl":
        return False
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for line in iter(lambda: fh.readline(FIRST_ROW_CHARS), ""):
            if line.strip():
                try:
                    first = json.loads(line)
                except (ValueError, RecursionError):  # not JSON, cut at the limit, or [[[... nested too deep
                    return False
                return isinstance(first, dict) and "event_type" in first
    return False


FIRST_ROW_CHARS = 1 << 20  # no row of events is this long: a longer first line is an article (or junk), never read whole


def read_events(path: str | Path, record_class: type = Mention, gazetteer: Gazetteer | None = None) -> Iterator:
    """The events (mentions by default) of a file in one of FORMATS (by its suffix), streamed; TimelineError (E501)
    when it holds none. `gazetteer` names the actors of mentions without an actor_name (default: the package's)."""
    fmt = format_of(path) or "jsonl"
    try:
        for number, record in enumerate(_records(Path(path), fmt), 1):
            if number == 1 and not {"event_type", "sentence"} <= set(record):
                raise errors.TimelineError(errors.BAD_EVENTS_FILE, detail="needs at least event_type and sentence columns")
            yield from_record(record, record_class, gazetteer)
    except (OSError, ValueError, KeyError) as exc:
        if isinstance(exc, errors.TimelineError):
            raise
        raise errors.TimelineError(errors.BAD_EVENTS_FILE, detail=exc) from exc


def _records(path: Path, fmt: str) -> Iterator[dict]:
    if fmt == "jsonl":
        with open(path, encoding="utf-8-sig") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise ValueError(f"a line is not a JSON object: {line[:60]!r}")
                    yield record
    elif fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                yield {k: (v if v != "" else None) for k, v in row.items()}
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches():
            yield from batch.to_pylist()
    else:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h) for h in next(rows, ())]
        for row in rows:
            yield dict(zip(header, row))
        book.close()
