"""Every message the tool gives about bad input or a failed step, in one place, each with a code.

The code travels with the message (in `--report`, and later the store and the
app), so that failures can be grouped by kind: E1xx a file as a whole, E2xx one
line of a file, E3xx an article's content, E4xx a parsing step (E41x: a run on
a Dask cluster), E5xx the data files the tool itself reads (events files,
lexicons, entity and alias files, scorer models), the store and its usage, E6xx
corrections and imported event data. E15x are an address as a whole (fetching
pages and feeds).
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
TOO_LARGE = Error("E107", "the file is {size:,} bytes, more than the limit of {limit:,} ({setting})")
NOT_TEXT = Error("E108", "not a text file: the content is {what}")
WRONG_CONTENT = Error("E109", "the content is not {expected}, as a {suffix} file must be")
HTTP_STATUS = Error("E150", "HTTP {status} {reason}")
FETCH_TIMEOUT = Error("E151", "no complete answer within {seconds:g} s")
FETCH_FAILED = Error("E152", "cannot fetch: {reason}")
ROBOTS_DISALLOW = Error("E153", "robots.txt of {host} disallows fetching it")
ANSWER_TOO_LARGE = Error("E154", "the answer is larger than {limit:,} bytes")
NOT_A_FEED = Error("E155", "not an RSS or Atom feed: {detail}")
NO_LINK = Error("E156", "the feed entry links to no page")
ROBOTS_UNREADABLE = Error("E157", "robots.txt of {host} cannot be read ({reason}), so nothing is fetched from it")
LINE_UNDECODABLE = Error("E201", "line {line} is not valid {encoding}, the encoding of the rest of the file")
BAD_JSON = Error("E202", "line {line} is not valid JSON: {detail}")
NOT_AN_OBJECT = Error("E203", "line {line} is not a JSON object")
LINE_TOO_LONG = Error("E204", "line {line} is longer than the limit of {limit:,} bytes ({setting})")
DUPLICATE_ID = Error("E205", "line {line}: the id {given!r} was given on line {first} already")
NO_TEXT = Error("E301", "the article has no text")
NO_HTML_TEXT = Error("E302", "no article text found in the HTML")
TOO_LONG = Error("E303", "the article is {chars:,} characters long, more than the limit of {limit:,} ({setting})")
TEXT_NOT_STRING = Error("E304", "the article's text is {what}, not a string")
NOT_A_COUNT = Error("E305", "{value} cannot be a troop count (more than {limit:,}): left empty")  # a warning
PARSE_FAILED = Error("E401", "extraction failed: {detail}")
OVER_BUDGET = Error("E402", "parsing took longer than the limit of {seconds:g} s ({setting})")
NO_SCHEDULER = Error("E410", "cannot reach the Dask scheduler at {address}: {detail}")
PART_FAILED = Error("E411", "partition {part} failed on every try: {detail}")
DASK_NEEDS_FILES = Error("E412", "--engine dask reads files of articles; fetch {input} with the local engine")
DASK_OUTPUT = Error("E413", "--engine dask writes Parquet parts into a folder: give it with --output DIR")
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
NO_SUCH_ARTICLE = Error("E605", "no article {article_id!r} in the store (or it was never read: an error or an events file)")
REDATE_NEEDS_BOTH = Error("E606", "reparse --article ID needs --date YYYY-MM-DD, and --date needs --article")
VIEW_TOO_BIG = Error("E611", "{count:,} events: a story or a picture holds at most {limit:,}; narrow the view "
                             "(--type, --since, --until, --place, --actor, --search)")
NOTHING_TO_SHOW = Error("E612", "no dated event in this view: nothing to draw")
BAD_ENTITIES = Error("E506", "entity file {file}: {detail}")
BAD_MODEL = Error("E507", "{path}: not a mention scorer model: {detail}")
NEEDS_SKLEARN = Error("E508", "training needs scikit-learn: pip install -r requirements-dev.txt")
TRAIN_PAIRS = Error("E509", "train takes pairs of files, GOLD ARTICLES [GOLD ARTICLES ...], and --folds of at least {folds}")
TOO_LITTLE_GOLD = Error("E510", "too little to train on: {articles} articles for {folds} folds, {candidates} candidate "
                                "mentions of which {true} true; training needs at least one article per fold and both "
                                "true and false candidates")
BAD_SETTING = Error("E511", "{variable}={value!r} is {detail} (0 turns the limit off)")

ALL = tuple(value for value in list(globals().values()) if isinstance(value, Error))
