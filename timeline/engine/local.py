"""The local engine: every article from a source goes through one parse step, in order, into the sinks.

Nothing else loops over articles: the CLI and the app run `run`, and a
distributed engine runs `outcome` on its workers. An article that fails is a
report line with its reason and code, and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .. import errors
from ..errors import TimelineError
from ..limits import ENV, Limits, from_env
from ..model import Article, ArticleError, ReportLine
from ..parse import mentions
from ..parse.watch import watching

Step = Callable[[Article], list]  # a pure parse function: one article to its rows (mentions, time expressions)


class Sink(Protocol):
    """Where outcomes go: files (io.formats), a collection in memory, later the store."""

    def add(self, item: Article | ArticleError, line: ReportLine, rows: list) -> None: ...


def outcome(item: Article | ArticleError, step: Step = mentions, limits: Limits | None = None) -> tuple[ReportLine, list]:
    """The report line and the rows of one input; a read error, an article over the size limit, a parse over the
    time limit or a failing parse is an error line (limits.py; `limits` default: the environment's)."""
    if isinstance(item, ArticleError):
        return ReportLine(item.article_id, item.source, "error", 0, item.reason, item.code or None), []
    limits = limits or from_env()
    if limits.article_chars is not None and len(item.text) > limits.article_chars:
        return _error_line(item, errors.TOO_LONG, chars=len(item.text), limit=limits.article_chars,
                           setting=ENV["article_chars"]), []
    try:
        with watching(limits.parse_seconds, ENV["parse_seconds"]) as watch:
            rows = step(item)
    except TimelineError as exc:  # over the time limit
        return ReportLine(item.id, item.source, "error", 0, str(exc), exc.code), []
    except Exception as exc:  # one bad article must not stop an archive run
        return _error_line(item, errors.PARSE_FAILED, detail=f"{type(exc).__name__}: {exc}"), []
    return ReportLine(item.id, item.source, "ok", len(rows), None, warnings=tuple(watch.warnings)), rows


def _error_line(item: Article, kind: errors.Error, **details) -> ReportLine:
    return ReportLine(item.id, item.source, "error", 0, kind.text(**details), kind.code)


@dataclass
class Tally:
    """What a run did: articles in, how many failed, rows passed to the sinks."""

    articles: int = 0
    failed: int = 0
    rows: int = 0


def run(items: Iterable[Article | ArticleError], sinks: Sequence[Sink], step: Step = mentions,
        keep: Callable[[Any], bool] | None = None, limits: Limits | None = None) -> Tally:
    """Stream every input through `step` into every sink, one article at a time (memory stays flat).

    `keep` filters the rows (an EventFilter's `matches`); the report counts them before filtering. `limits`
    (default: the environment's, read once here) bound each article's size and parse time."""
    tally = Tally()
    limits = limits or from_env()
    for item in items:
        line, rows = outcome(item, step, limits)
        if keep is not None:
            rows = [row for row in rows if keep(row)]
        tally.articles += 1
        tally.failed += line.status == "error"
        tally.rows += len(rows)
        for sink in sinks:
            sink.add(item, line, rows)
    return tally


@dataclass
class Collector:
    """A sink that keeps everything in memory: for the app and for tables."""

    rows: list = field(default_factory=list)
    report: list[ReportLine] = field(default_factory=list)

    def add(self, item: Article | ArticleError, line: ReportLine, rows: list) -> None:
        self.report.append(line)
        self.rows.extend(rows)
