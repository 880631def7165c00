"""timeline: news articles in, a sourced, dated table of events out.

    import timeline
    events, report = timeline.events_table(["article.txt"], publication_date=date(2020, 11, 17))
"""
from .dates import find_time_expressions
from .extract import extract
from .filters import EventFilter, filter_events
from .model import Article, ArticleError, Mention, TimeExpression
from .pipeline import events_table, parse_articles
from .readers import read_bytes, read_inputs
from .table import SCHEMA, read_events, write_events

__all__ = ["Article", "ArticleError", "EventFilter", "Mention", "SCHEMA", "TimeExpression", "events_table", "extract",
           "filter_events", "find_time_expressions", "parse_articles", "read_bytes", "read_events", "read_inputs",
           "write_events"]
__version__ = "0.1.0"
