"""timeline: news articles in, a sourced, dated table of events out.

    import timeline
    events, report = timeline.events_table(["article.txt"], publication_date=date(2020, 11, 17))

The names below load on first use, so that `python -m timeline extract` starts
without pandas.
"""
from importlib import import_module

from .version import __version__

_EXPORTS = {
    "Article": "model", "ArticleError": "model", "Mention": "model", "TimeExpression": "model", "ReportLine": "model",
    "COLUMNS": "schema", "extract": "parse.extract", "find_time_expressions": "parse.dates",
    "read_inputs": "io.readers", "read_bytes": "io.readers", "run": "engine.local",
    "EventFilter": "filters", "filter_events": "filters", "read_events": "io.formats", "write_events": "io.formats",
    "events_table": "io.table", "parse_articles": "io.table", "load_table": "io.table", "to_frame": "io.table",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
