"""Archives in partitions: the inputs cut into slices, each parsed by the local engine on a worker into a pair of
Parquet files (its events and its report), and the parts read back.

A partition is whole files (many small ones grouped) or the lines of one .jsonl file between two byte offsets,
cut after a newline and numbered as the whole file numbers them, so that each article is read exactly as
`readers.read_inputs` reads it and gets the same id. Partitions are numbered in input order; reading the parts
in that order gives the local engine's output in its order.

Layout of a run's directory (DuckDB reads it as `read_parquet('DIR/events/*.parquet')`):

    DIR/events/part-00000.parquet    the mentions of partition 0 (the schema of `formats.arrow_schema`)
    DIR/report/part-00000.parquet    one row per input article of partition 0: the report line (and for the
                                     store, the article: title, address, publication date, language, text)

Each file is written under a temporary name and renamed when complete, so a worker killed while writing
leaves no half file behind, and a partition run again replaces its files whole.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field, fields as dataclass_fields
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from .. import errors
from ..engine.local import Step, Tally, run
from ..model import Article, ArticleError, ReportLine
from ..parse import mentions
from ..schema import NAMES
from .formats import EventWriter
from .readers import ARTICLE_SUFFIXES, SNIFF_BYTES, detect_encoding, read_inputs, read_jsonl_range
from .web import is_web_source

EVENTS, REPORT = "events", "report"  # the two folders of a run's directory
MAX_PART_BYTES = 64 << 20  # the largest partition: minutes of parsing per task, bounded memory for its report
MIN_PART_BYTES = 1 << 20  # the smallest, unless asked: a task must be worth its scheduling (milliseconds)
PARTS_PER_WORKER = 4  # at least this many partitions per worker, so that no worker waits long for the last one
REPORT_FIELDS = tuple(f.name for f in dataclass_fields(ReportLine))
# what the store keeps of an article besides its report line: its column -> the Article's attribute
ARTICLE_FIELDS = {"title": "title", "url": "url", "published": "date", "lang": "lang", "text": "text"}


@dataclass(frozen=True)
class Partition:
    """One task's share of the input: whole `paths`, or the lines of the one .jsonl file in `paths` from byte
    `start` to `end`, the first of them line `first_line`, in `encoding`."""

    index: int
    paths: tuple[str, ...]
    size: int  # bytes, for progress
    start: int = 0
    end: int | None = None  # None: whole files
    first_line: int = 1
    encoding: str = ""

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}.parquet"

    def describe(self) -> str:
        where = ", ".join(self.paths[:3]) + (" ..." if len(self.paths) > 3 else "")
        return f"{self.index} ({where}{'' if self.end is None else f', bytes {self.start}-{self.end}'})"

    def read(self, publication_date: date | None = None) -> Iterator[Article | ArticleError]:
        if self.end is None:
            return read_inputs(self.paths, publication_date)
        return read_jsonl_range(Path(self.paths[0]), self.start, self.end, self.first_line, self.encoding)


def expand(inputs: Iterable[str | Path]) -> list[str]:
    """The files an input names: itself; a directory's article files (recursively, in name order); a glob's
    matches (in name order). A glob that matches nothing stays as it is, to be reported as not found."""
    found = []
    for text in map(str, inputs):
        path = Path(text)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif not path.exists() and glob.has_magic(text):
            found += sorted(glob.glob(text, recursive=True)) or [text]
        else:
            found.append(text)
    return found


def part_bytes(total: int, workers: int) -> int:
    """A partition size that gives every worker PARTS_PER_WORKER partitions, within the bounds."""
    return max(MIN_PART_BYTES, min(MAX_PART_BYTES, total // max(1, workers * PARTS_PER_WORKER)))


def input_bytes(paths: Iterable[str]) -> int:
    return sum(_size(p) for p in paths)


def plan(paths: Sequence[str], size: int) -> list[Partition]:
    """Partitions of about `size` bytes, in input order: a .jsonl file larger than `size` is cut into slices
    of whole lines; smaller files are grouped. Reads each large .jsonl file once, to find its line numbers."""
    parts: list[Partition] = []
    group: list[str] = []
    group_size = 0

    def close_group() -> None:
        nonlocal group, group_size
        if group:
            parts.append(Partition(len(parts), tuple(group), group_size))
        group, group_size = [], 0

    for path in paths:
        bytes_ = _size(path)
        encoding = _splittable(path) if bytes_ > size else None
        if encoding is None:
            if group and group_size + bytes_ > size:
                close_group()
            group.append(path)
            group_size += bytes_
            continue
        close_group()
        for start, end, first_line in _slices(Path(path), size):
            parts.append(Partition(len(parts), (path,), end - start, start, end, first_line, encoding))
    close_group()
    return parts


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _splittable(path: str) -> str | None:
    """The encoding of a .jsonl file that can be cut on newline bytes; None for any other file (read whole, as
    the local engine reads it: an empty head is one error for the file, UTF-16 is decoded as a whole)."""
    if Path(path).suffix.lower() != ".jsonl":
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return None
    encoding = detect_encoding(head)
    return None if not head.strip() or encoding.startswith("utf-16") else encoding


def _slices(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of consecutive slices of a file of at least `size` bytes, each ending
    after a newline (or at the end of the file)."""
    start = position = 0
    first_line = line = 1
    with open(path, "rb") as fh:
        for raw in fh:
            position += len(raw)
            line += 1
            if position - start >= size:
                yield start, position, first_line
                start, first_line = position, line
    if position > start:
        yield start, position, first_line


# ---- on a worker ---------------------------------------------------------------------------------------------


@dataclass
class PartResult:
    """What one partition's task did: the local engine's tally, the input bytes, and its error lines."""

    index: int
    size: int
    articles: int
    failed: int
    rows: int
    errors: list[ReportLine] = field(default_factory=list)


class ReportPart:
    """A sink that keeps a partition's report lines (and for the store its articles) and writes them as Parquet."""

    def __init__(self, with_articles: bool):
        self.with_articles = with_articles
        self.records: list[dict[str, Any]] = []
        self.errors: list[ReportLine] = []

    def add(self, item: Article | ArticleError, line: ReportLine, rows: list) -> None:
        record = asdict(line)
        if self.with_articles:
            article = item if isinstance(item, Article) else None
            record.update({name: getattr(article, attr) if article else None for name, attr in ARTICLE_FIELDS.items()})
        self.records.append(record)
        if line.status == "error":
            self.errors.append(line)

    def write(self, target: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(self.records, schema=report_schema(self.with_articles)), target)


def report_schema(with_articles: bool):
    """The Parquet schema of a report part: the report line, and the article's fields where the store needs them."""
    import pyarrow as pa

    types = {"events": pa.int64(), "warnings": pa.list_(pa.string())}
    columns = [(name, types.get(name, pa.string())) for name in REPORT_FIELDS]
    if with_articles:
        columns += [(name, pa.date32() if name == "published" else pa.string()) for name in ARTICLE_FIELDS]
    return pa.schema(columns)


def parse_partition(part: Partition, directory: str, step: Step = mentions, publication_date: date | None = None,
                    fields: Sequence[str] = NAMES, keep: Callable[[Any], bool] | None = None,
                    with_articles: bool = False) -> PartResult:
    """Run the local engine over one partition into its two Parquet files (the task each worker runs).

    `fields` are the event columns written; `keep` filters events (the report counts them before);
    `with_articles` keeps each article's fields and text in the report, for the store. Failing articles are
    report lines, as in the local engine: an exception here is the partition's (a disk, a killed process)."""
    folder = Path(directory)
    events_path, report_path = folder / EVENTS / part.name, folder / REPORT / part.name
    events_tmp, report_tmp = (p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in (events_path, report_path))
    report = ReportPart(with_articles)
    try:
        events = EventWriter(events_tmp, "parquet", fields)
        try:
            tally = run(part.read(publication_date), [events, report], step, keep)
        finally:
            events.close()
        report.write(report_tmp)
    except BaseException:
        for tmp in (events_tmp, report_tmp):
            tmp.unlink(missing_ok=True)
        raise
    os.replace(events_tmp, events_path)
    os.replace(report_tmp, report_path)
    return PartResult(part.index, part.size, tally.articles, tally.failed, tally.rows, report.errors)


# ---- on the client -------------------------------------------------------------------------------------------


@dataclass
class DaskRun:
    """How to run: where (a scheduler's address, or a LocalCluster of `workers` processes), and the partition size
    (bytes; None: PARTS_PER_WORKER partitions per worker within MIN_PART_BYTES..MAX_PART_BYTES)."""

    scheduler: str | None = None
    workers: int | None = None
    part_size: int | None = None
    progress: bool = True


def parse_to_parts(inputs: Iterable[str | Path], directory: str | Path, how: DaskRun, step: Step = mentions,
                   publication_date: date | None = None, fields: Sequence[str] = NAMES,
                   keep: Callable[[Any], bool] | None = None, with_articles: bool = False,
                   on_error: Callable[[ReportLine], None] | None = None, client=None) -> Tally:
    """Parse every input on a Dask cluster into Parquet parts under `directory` (created; earlier parts in it
    removed) and return the whole run's tally. `on_error` then hears each failing article, in input order.
    The cluster is `client`'s, else the one `how` names, started for this run."""
    from ..engine import dask as engine

    paths = expand(inputs)
    folder = prepare(directory)
    with ExitStack() as stack:
        client = client or stack.enter_context(engine.cluster(how.scheduler, how.workers))
        parts = plan(paths, how.part_size or part_bytes(input_bytes(paths), engine.worker_count(client)))
        task = partial(parse_partition, directory=str(folder), step=step, publication_date=publication_date,
                       fields=tuple(fields), keep=keep, with_articles=with_articles)
        results = engine.map_parts(client, task, parts, progress=how.progress)
    tally = Tally(sum(r.articles for r in results), sum(r.failed for r in results), sum(r.rows for r in results))
    for line in (line for r in results for line in r.errors):
        if on_error:
            on_error(line)
    return tally


def prepare(directory: str | Path) -> Path:
    """A run's directory with its two folders, emptied of the parts of an earlier run."""
    folder = Path(directory)
    for name in (EVENTS, REPORT):
        (folder / name).mkdir(parents=True, exist_ok=True)
        for old in (folder / name).glob("*.parquet"):
            old.unlink()
    return folder


def part_files(directory: str | Path, kind: str) -> list[Path]:
    """The parts of one kind (EVENTS or REPORT) of a run's directory, in partition order."""
    return sorted((Path(directory) / kind).glob("part-*.parquet"))


def read_report(directory: str | Path) -> Iterator[ReportLine]:
    """The report lines of a run, in input order."""
    import pyarrow.parquet as pq

    for path in part_files(directory, REPORT):
        for record in pq.read_table(path, columns=list(REPORT_FIELDS)).to_pylist():
            yield ReportLine(**{**record, "warnings": tuple(record["warnings"] or ())})


def check_inputs(inputs: Iterable[str]) -> None:
    """The Dask engine reads files of articles (shared with the workers); addresses and feeds are fetched by the
    local engine, politely, from one place."""
    for text in map(str, inputs):
        if is_web_source(text):
            raise errors.TimelineError(errors.DASK_NEEDS_FILES, input=text)
