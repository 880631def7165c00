"""Parsing: pure functions from an article's text to its event mentions and time expressions.

No I/O, no pandas, nothing from io, engine or present (a test checks the imports):

    parse(article, judge, gazetteer) -> ArticleResult   the mentions, the language and the reference date
    mentions(article, judge, gazetteer) -> list[Mention]   the engine's default step
    time_expressions(article) -> list[TimeExpression]

`parse` is the rules (`extract.extract`) followed by the learned scorer shipped in
`models/` (scorer.py); `judge` takes a user's model (a `MentionScorer`) instead, and
`judge=None` gives the rules alone. `gazetteer` (gazetteer.py) names the actors; by
default the package's own, and a caller that has read a user's alias file
(io/aliases.py) passes `default_gazetteer().with_entries(aliases)`.

Where things go: trigger words, month names and cues in `lexicons/*.json`
(their keys in `lexicons/schema.json`), entities in `entities/*.json`, the shipped
model in `models/`; the steps in text -> dates, numbers, triggers -> roles ->
extract -> scorer -> actors.
"""
from __future__ import annotations

from ..model import Article, ArticleResult, Mention, TimeExpression
from .actors import name_actors
from .article import prepare
from .dates import find_time_expressions
from .extract import extract as rules  # not bound as `extract`, which names the module
from .gazetteer import Gazetteer, default_gazetteer
from .scorer import Judge, MentionScorer, shipped_scorer

SHIPPED = "shipped"  # the judge `parse` uses unless told otherwise: the model in models/


def parse(article: Article, judge: Judge | None | str = SHIPPED, gazetteer: Gazetteer | None = None) -> ArticleResult:
    """An article's mentions as the rules find them, judged by `judge` (by default the shipped model), each with
    its actor under one name."""
    result = rules(article, shipped_scorer() if judge == SHIPPED else judge)
    name_actors(result, gazetteer or default_gazetteer())
    return result


def mentions(article: Article, judge: Judge | None | str = SHIPPED, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The event mentions of one article."""
    return parse(article, judge, gazetteer).mentions


def time_expressions(article: Article) -> list[TimeExpression]:
    """The time expressions of one article's text, resolved against its reference date."""
    prepared = prepare(article)
    return find_time_expressions(article.text, prepared.lang, prepared.reference)


__all__ = ["ArticleResult", "Gazetteer", "MentionScorer", "default_gazetteer", "mentions", "parse", "prepare",
           "time_expressions"]
