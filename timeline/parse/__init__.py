"""Parsing: pure functions from an article's text to its event mentions and time expressions.

No I/O, no pandas, nothing from io, engine or present (a test checks the imports):

    parse(article, gazetteer) -> ArticleResult   the mentions, the language and the reference date
    mentions(article, gazetteer) -> list[Mention]   the engine's default step

`gazetteer` (gazetteer.py) names the actors; by default the package's own, and a caller that has read a
user's alias file (io/aliases.py) passes `default_gazetteer().with_entries(aliases)`.
    time_expressions(article) -> list[TimeExpression]

Where things go: trigger words, month names and cues in `lexicons/*.json`
(their keys in `lexicons/schema.json`), entities in `entities/*.json`; the steps in text -> dates, numbers,
triggers -> roles -> extract -> actors.
"""
from __future__ import annotations

from ..model import Article, ArticleResult, Mention, TimeExpression
from .article import prepare
from .dates import find_time_expressions
from .actors import name_actors
from .extract import extract
from .gazetteer import Gazetteer, default_gazetteer


def parse(article: Article, gazetteer: Gazetteer | None = None) -> ArticleResult:
    """An article's mentions, each with its actor under one name."""
    result = extract(article)
    name_actors(result, gazetteer or default_gazetteer())
    return result


def mentions(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The event mentions of one article."""
    return parse(article, gazetteer).mentions


def time_expressions(article: Article) -> list[TimeExpression]:
    """The time expressions of one article's text, resolved against its reference date."""
    prepared = prepare(article)
    return find_time_expressions(article.text, prepared.lang, prepared.reference)


__all__ = ["ArticleResult", "Gazetteer", "default_gazetteer", "mentions", "parse", "prepare", "time_expressions"]
