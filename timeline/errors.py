"""Every message the tool gives about bad input or a failed step, in one place, each with a code.

The code travels with the message (in `--report`, and later the store and the
app), so that failures can be grouped by kind: E1xx a file as a whole, E2xx one
line of a file, E3xx an article's content, E4xx a parsing step, E5xx the data
files the tool itself reads (events files, lexicons, entity and alias files) and
the store, E6xx corrections and imported event data.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Error:
    """One kind of failure: its code and its message, with {placeholders} for the details."""

    code: str
    message: str

    def text(self, **details) -> str:
        return self.message.format(**details)


class TimelineError(ValueError):
    """An exception that carries its kind, for callers that report failures by code."""

    def __init__(self, kind: Error, **details):
        super().__init__(kind.text(**details))
        self.code = kind.code


NOT_FOUND = Error("E101", "file not found")
IS_DIRECTORY = Error("E102", "is a directory, not a file of articles")
UNSUPPORTED = Error("E103", "unsupported file type {suffix!r}: use .txt, .html, .htm or .jsonl")
UNREADABLE = Error("E104", "cannot read the file: {detail}")
UNDECODABLE = Error("E105", "cannot decode the bytes as UTF-8, UTF-16 or Windows-1256")
EMPTY_FILE = Error("E106", "the file is empty")
LINE_UNDECODABLE = Error("E201", "line {line} is not valid {encoding}, the encoding of the rest of the file")
BAD_JSON = Error("E202", "line {line} is not valid JSON: {detail}")
NOT_AN_OBJECT = Error("E203", "line {line} is not a JSON object")
NO_TEXT = Error("E301", "the article has no text")
NO_HTML_TEXT = Error("E302", "no article text found in the HTML")
PARSE_FAILED = Error("E401", "extraction failed: {detail}")
BAD_EVENTS_FILE = Error("E501", "not an events file: {detail}")
BAD_LEXICON = Error("E502", "lexicon {file}: key {key!r}: {detail}")
NEEDS_OUTPUT = Error("E503", "--format {format} needs --output")
TOO_MANY_ROWS = Error("E504", "{format} holds at most {limit:,} rows: write CSV, JSONL or Parquet instead")
STORE_BUSY = Error("E505", "cannot open the store {path}: {detail} (another process, such as the app or an ingest, "
                           "may hold it: DuckDB lets one process write at a time)")
NO_SUCH_EVENT = Error("E601", "no event {event_id!r} in the store")
NOT_EDITABLE = Error("E602", "{field!r} cannot be corrected; these can: {fields}")
BAD_VALUE = Error("E603", "{value!r} is not a value for {field}: expected {expected}")
BAD_DATASET = Error("E604", "{file}: line {line}: {detail}")
VIEW_TOO_BIG = Error("E611", "{count:,} events: a story or a picture holds at most {limit:,}; narrow the view "
                             "(--type, --since, --until, --place, --actor, --search)")
NOTHING_TO_SHOW = Error("E612", "no dated event in this view: nothing to draw")
BAD_ENTITIES = Error("E506", "entity file {file}: {detail}")

ALL = tuple(value for value in list(globals().values()) if isinstance(value, Error))
