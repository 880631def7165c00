"""Which candidate mentions are true: the matching rule of docs/events.md, as the project's scorer applies it.

A predicted mention matches a gold one when article and type agree and the
predicted sentence (at most MAX_SENTENCE characters) contains the gold evidence,
both folded (NFKC, no Arabic marks or tatweel, ASCII digits, one quote mark,
one space, lower case); matching is one to one, in gold order, preferring the
candidate with the gold date, then the gold quantity. A matched candidate is a
positive training example, every other one a negative.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

MAX_SENTENCE = 1200  # a longer "sentence" is a paragraph: it never matches
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_INVISIBLE = re.compile("[\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
_QUOTES = re.compile(r"[\"'“”«»„]")
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Text as the scorer compares it."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _ARABIC_MARKS.sub("", text).translate(_DIGITS)
    text = _QUOTES.sub('"', _INVISIBLE.sub("", text))
    return _SPACE.sub(" ", text).strip().lower()


def _day(value) -> str | None:
    return str(value)[:10] if value else None


def _count(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(float(str(value).replace(",", "")))
    except ValueError:
        return None


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) of every match; `pred` rows have article_id, event_type, sentence, date, quantity."""
    by_key = defaultdict(list)
    for j, p in enumerate(pred):
        by_key[(str(p.get("article_id")), p.get("event_type"))].append(j)
    folded = [fold(p.get("sentence")) if len(p.get("sentence") or "") <= MAX_SENTENCE else None for p in pred]
    used, pairs = set(), []
    for i, g in enumerate(gold):
        evidence = fold(g["evidence"])
        found = [j for j in by_key[(str(g["article_id"]), g["event_type"])]
                 if j not in used and folded[j] is not None and evidence in folded[j]]
        if found:
            best = min(found, key=lambda j: (_day(pred[j].get("date")) != _day(g.get("date")),
                                             _count(pred[j].get("quantity")) != _count(g.get("quantity"))))
            used.add(best)
            pairs.append((i, best))
    return pairs
