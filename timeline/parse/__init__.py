"""Parsing: pure functions from an article's text to its event mentions and time expressions.

No I/O, no pandas, nothing from io, engine or present (a test checks the imports):

    parse(article) -> ArticleResult          the mentions, the language and the reference date
    mentions(article) -> list[Mention]       the engine's default step
    time_expressions(article) -> list[TimeExpression]

`parse` is the rules (`extract.extract`) followed by the learned scorer shipped in
`models/` (scorer.py), where it is on; `parse(article, judge)` takes a user's
model (a `MentionScorer`) instead, and `judge=None` gives the rules alone.

Where things go: trigger words, month names and cues in `lexicons/*.json`
(their keys in `lexicons/schema.json`); the steps in text -> dates, numbers,
triggers -> roles -> extract -> scorer.
"""
from __future__ import annotations

from ..model import Article, ArticleResult, Mention, TimeExpression
from .article import prepare
from .dates import find_time_expressions
from .extract import extract as rules  # not bound as `extract`, which names the module
from .scorer import Judge, MentionScorer, shipped_scorer

SHIPPED = "shipped"  # the judge `parse` uses unless told otherwise: the model in models/


def parse(article: Article, judge: Judge | None | str = SHIPPED) -> ArticleResult:
    """An article's mentions as the rules find them, judged by `judge` (by default the shipped model)."""
    return rules(article, shipped_scorer() if judge == SHIPPED else judge)


def mentions(article: Article, judge: Judge | None | str = SHIPPED) -> list[Mention]:
    """The event mentions of one article."""
    return parse(article, judge).mentions


def time_expressions(article: Article) -> list[TimeExpression]:
    """The time expressions of one article's text, resolved against its reference date."""
    prepared = prepare(article)
    return find_time_expressions(article.text, prepared.lang, prepared.reference)


__all__ = ["ArticleResult", "MentionScorer", "mentions", "parse", "prepare", "time_expressions"]
