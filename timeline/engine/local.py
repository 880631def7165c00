"""The pipeline: stream articles through the extractor and account for every one of them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..parse.extract import ArticleResult, extract
from ..model import Article, ArticleError


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
        row = dict(vars(m), announces=" ".join(m.announces) or None)
        row.update(title=article.title, url=article.url, published=article.date,
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
