"""Parsing: pure functions from an article's text to its event mentions and time expressions.

No I/O, no pandas, nothing from io, engine or present (a test checks the imports):

    parse(article) -> ArticleResult          the mentions, the language and the reference date
    mentions(article) -> list[Mention]       the engine's default step
    time_expressions(article) -> list[TimeExpression]

Where things go: trigger words, month names and cues in `lexicons/*.json`
(their keys in `lexicons/schema.json`); the steps in text -> dates, numbers,
triggers -> roles -> extract.
"""
from __future__ import annotations

from ..model import Article, ArticleResult, Mention, TimeExpression
from .article import prepare
from .dates import find_time_expressions
from .extract import extract as parse


def mentions(article: Article) -> list[Mention]:
    """The event mentions of one article."""
    return parse(article).mentions


def time_expressions(article: Article) -> list[TimeExpression]:
    """The time expressions of one article's text, resolved against its reference date."""
    prepared = prepare(article)
    return find_time_expressions(article.text, prepared.lang, prepared.reference)


__all__ = ["ArticleResult", "mentions", "parse", "prepare", "time_expressions"]
