"""The pipeline: stream articles through the extractor and account for every one of them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from .extract import ArticleResult, extract
from .model import Article, ArticleError
from .readers import read_inputs
from .table import conform, event_id, is_events_file, read_events, records_to_frame


@dataclass
class ReportLine:
    """One line of `--report`: what became of one input article (or unreadable input)."""

    article_id: str
    source: str
    status: str  # ok | error
    events: int
    error: str | None


def result_rows(result: ArticleResult) -> list[dict]:
    """Table rows of one article's mentions, with the article's own fields attached."""
    article = result.article
    rows = []
    for m in result.mentions:
        row = dict(vars(m))
        row.update(event_id=event_id(m.article_id, m.sentence_start, m.event_type, m.trigger),
                   title=article.title, url=article.url, published=article.date,
                   date_reference=result.reference_source, source=article.source)
        rows.append(row)
    return rows


def process(items: Iterable[Article | ArticleError]) -> Iterator[tuple[ReportLine, list[dict]]]:
    """For each input: its report line and its event rows. A failing article is reported, and the run goes on."""
    for item in items:
        if isinstance(item, ArticleError):
            yield ReportLine(item.article_id, item.source, "error", 0, item.reason), []
            continue
        try:
            rows = result_rows(extract(item))
        except Exception as exc:  # one bad article must not stop an archive run
            yield ReportLine(item.id, item.source, "error", 0, f"extraction failed: {type(exc).__name__}: {exc}"), []
            continue
        yield ReportLine(item.id, item.source, "ok", len(rows), None), rows


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
