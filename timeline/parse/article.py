"""The first step of every parse: an article's language and the date its relative dates resolve against."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Article
from .dates import reference_date
from .text import detect_language


@dataclass(frozen=True)
class Prepared:
    lang: str  # ar or en
    reference: date | None
    reference_source: str  # model.DATE_REFERENCES: published, latest date in text, none


def prepare(article: Article) -> Prepared:
    """The declared language or the script that dominates; the publication date, else the latest full date in the text."""
    lang = detect_language(article.text, article.lang)
    reference, source = reference_date(article.text, lang, article.date)
    return Prepared(lang, reference, source)
