"""The first step of every parse: an article's language and the date its relative dates resolve against."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..model import Article
from .dates import reference_date
from .lexicon import load_lexicon, word_regex
from .text import detect_language, fold_text

LEAD_CHARS = 600  # the article's own "today, Sunday" stands in its lead; later ones may quote another report
STATED_DAY_SHIFT = 3  # a stated weekday moves the publication date by at most this many days (a late crawl date)


@dataclass(frozen=True)
class Prepared:
    lang: str  # ar or en
    reference: date | None
    reference_source: str  # model.DATE_REFERENCES: published, day stated in text, latest date in text, none


def prepare(article: Article, folded: str | None = None) -> Prepared:
    """The declared language or the script that dominates; the publication date, else the latest full date in
    the text; where the article's lead names its own day ("today, Sunday", اليوم الأحد), that day (trust the text).
    `folded` is the article's folded text where the caller has it."""
    lang = detect_language(article.text, article.lang)
    reference, source = reference_date(article.text, lang, article.date)
    lead = (fold_text(article.text[:LEAD_CHARS]) if folded is None else folded[:LEAD_CHARS]) if source == "published" else ""
    stated = _stated_day(lead, lang, reference) if lead else None
    if stated is not None and stated != reference:
        return Prepared(lang, stated, "day stated in text")
    return Prepared(lang, reference, source)


@cache
def _today_weekday(lang: str) -> re.Pattern:
    """A day word of today or yesterday in apposition to a weekday: "today, Sunday", "أمس (السبت)"."""
    lex = load_lexicon(lang)
    days = "|".join(re.escape(w) for w, shift in lex["day_words"].items() if shift in (0, -1))
    weekdays = "|".join(sorted(map(re.escape, lex["weekdays"]), key=len, reverse=True))
    pattern = word_regex(lang, f"(?P<day>{days})", "particle").pattern
    return re.compile(rf"{pattern}\s*[(,،]?\s*(?P<weekday>{weekdays})(?!\w)")


def _stated_day(lead: str, lang: str, published: date | None) -> date | None:
    """The day the article's (folded) lead says it is, when it names today's or yesterday's weekday: the date with
    that weekday nearest to the publication date, within STATED_DAY_SHIFT days."""
    days = [w for w, shift in load_lexicon(lang)["day_words"].items() if shift in (0, -1)]
    if published is None or not any(w in lead for w in days):
        return None  # no day word at all: the common case, settled cheaply
    found = _today_weekday(lang).search(lead)
    if not found:
        return None
    lex = load_lexicon(lang)
    today = (lex["weekdays"][found.group("weekday")] - lex["day_words"][found.group("day")]) % 7
    shift = (today - published.weekday() + 3) % 7 - 3  # -3 .. 3 days
    return published + timedelta(days=shift) if abs(shift) <= STATED_DAY_SHIFT else None
