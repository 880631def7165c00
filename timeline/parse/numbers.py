"""Troop numbers: counts of people in a sentence, and force levels "from 3200 to 2500".

Works on folded text (ASCII digits). A number counts troops only when a troop
noun follows it, a count word ("the number is", العدد) precedes it, or it
stands in a from/to range next to such a noun; a bare 2500 is never a year here
and never a troop count either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import errors
from .lexicon import load_lexicon, word_regex
from .watch import warn

RANGE_CONTEXT_BEFORE, RANGE_CONTEXT_AFTER = 80, 40  # characters around a from/to range where a troop word must stand
YEAR_RANGE = (1900, 2100)  # a from/to range of two such numbers close together is years, not troops
YEAR_GAP = 30
MAX_TROOPS = 10_000_000  # no force that moved or stood in one place was larger: a bigger number is no troop count
CASUALTY_WORDS = 2  # words before a count where "killed" (قتلت) makes it a casualty count, not troops moved


@dataclass(frozen=True)
class TroopNumbers:
    quantity: int | None = None
    troops_from: int | None = None
    troops_to: int | None = None


def word_number(text: str, lex: dict) -> int | None:
    """Value of a number written in words ("three thousand", "خمسة آلاف"); None if any word is unknown."""
    words = [w for w in re.split(r"[\s-]+", text.strip()) if w and w not in ("and", "و")]
    words = [w[1:] if w.startswith("و") and w[1:] in lex["number_words"] else w for w in words]
    if not words:
        return None
    total, current = 0, 0
    for word in words:
        if word in lex["multipliers"]:
            factor = lex["multipliers"][word]
            if factor < 1000:
                current = max(current, 1) * factor
            else:
                total, current = total + max(current, 1) * factor, 0
        elif word in lex["number_words"]:
            current += lex["number_words"][word]
        else:
            return None
    return total + current or None


def parse_number(text: str, lex: dict) -> int | None:
    """A count written as digits (3,200 / 3200 / 35 الف / الـ30 ألف / 1.5 million) or words."""
    text = text.strip()
    if lex.get("number_prefix") and text.startswith(lex["number_prefix"]) and text[len(lex["number_prefix"]):][:1].isdigit():
        text = text[len(lex["number_prefix"]):]
    found = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(\S+))?", text)
    if found:
        value = float(found.group(1).replace(",", ""))
        if found.group(2):
            multiplier = lex["multipliers"].get(found.group(2))
            if multiplier is None:
                return None
            value *= multiplier
    else:
        value = word_number(text, lex)
    if value is not None and value > MAX_TROOPS:  # 30 digits, or 400 (which float makes infinite)
        warn(errors.NOT_A_COUNT, value=text if len(text) <= 40 else text[:40] + "…", limit=MAX_TROOPS)
        return None
    return None if value is None else int(value)


def alternation(words) -> str:
    """A regex for any of `words`, the longest first, written as a tree of their shared beginnings
    ("اليوم|الليلة" is "ال(?:يوم|ليلة)"): the engine then tries a few letters at each position, not every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    """The words below a node of the tree; a word that ends here comes after the longer ones."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node and branches:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})" if branches else ""


@cache
def number_words_pattern(lang: str) -> str:
    """A number written in words, as a regular expression over folded text ("three thousand", "خمسة وعشرين",
    "أحد عشر"): the lexicon's number words and multipliers joined by spaces or "and"; a teen unit (أحد،
    اثنا) counts only before its ten (عشر), since alone it is "one of"."""
    lex = load_lexicon(lang)
    teens = lex.get("teen_units", [])
    words = alternation(w for w in lex["number_words"] if len(w) > 1 and w not in teens)
    if teens:
        words += f"|{alternation(teens)}(?=\\s+(?:{lex['teen_word']})(?!\\w))"
    mult = alternation(lex["multipliers"])
    # each further word is an atomic group: "hundred" is a number word and a multiplier, and trying both for every
    # word of "hundred hundred hundred ..." was exponential (20 words: 3 s, 30: hours)
    return rf"(?:(?:{words})(?>\s+(?:and\s+|و)?(?:{words}|{mult}))*)"


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    mult = alternation(lex["multipliers"])
    prefix = f"(?:{re.escape(lex['number_prefix'])})?" if lex["number_prefix"] else ""  # الـ30 ألف
    number = rf"{prefix}(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?:{mult}))?(?!\w)|{number_words_pattern(lang)}"
    approx = rf"(?:(?:{lex['approx']})\s+)?"
    # English: one word may stand between ("3,000 U.S. troops"); Arabic: "من" (450 من جنود المارينز، 300 من العناصر)
    gap = r"(?:من\s+(?:ال)?)?" if lang == "ar" else r"(?:(?!(?:the|of|in|and|from|to|by|for|a|an)\b)[\w.]+\s+)?"
    troops = rf"(?:{gap}(?:{lex['troop_nouns']})(?!\w))"  # a whole word: "ست مقاتلات" are aircraft, not fighters
    b = r"(?<![\w-])"  # not the 16 of "F-16" or "إف-16": a model's number is no count
    rng = lex["range"]
    return {
        "range": re.compile(
            rf"{b}(?:{rng['from']})\s+{approx}(?P<a>{number})(?:\s+{troops})?\s+(?:{rng['to']})\s+{approx}(?P<b>{number})"),
        "range_back": re.compile(  # "to 2,500 from 3,000"
            rf"{b}(?:{rng['to']})\s+{approx}(?P<b>{number})(?:\s+{troops})?\s+(?:{rng['from']})\s+{approx}(?P<a>{number})"),
        "of_total": re.compile(  # "12,000 of its 15,000 troops": 12,000 move, 3,000 stay
            rf"{b}{approx}(?P<b>{number})\s+(?:{rng['of_total']})\s+{approx}(?P<a>{number})\s+{troops}"),
        "to": re.compile(word_regex(lang, rng["to_alone"], "particle").pattern + rf"\s+{approx}(?P<n>{number})\s+{troops}"),
        "remain": re.compile(rf"{b}{approx}(?P<n>{number})\s+{troops}\s+(?:[\w,]+\s+){{0,3}}?(?:{lex['remain_words']})(?!\w)"),
        "half": re.compile(rf"{b}(?:{lex['half_cue']})(?!\w)(?:[^.;؛]*?\s(?:{rng['to']})\s+{approx}(?P<n>{number}))?"),
        "count": re.compile(rf"{b}(?P<n>{number})\s+{troops}"),
        "count_word": re.compile(word_regex(lang, lex["count_nouns"]).pattern + r"\s+(?:\w+\s+){0,2}?(?P<n>\d[\d,]*)(?!\w)"),
        "troops_near": re.compile(rf"(?:{lex['troop_nouns']}|{lex['force_cue']})"),
        "casualty": word_regex(lang, lex["casualty"]),
    }


def find_troop_numbers(folded_sentence: str, lang: str) -> TroopNumbers:
    """Quantity moved and force levels stated in a (folded) sentence."""
    lex = load_lexicon(lang)
    pats = _patterns(lang)
    troops_from = troops_to = quantity = None
    for m in (found for name in ("range", "range_back") for found in pats[name].finditer(folded_sentence)):
        a, b = parse_number(m.group("a"), lex), parse_number(m.group("b"), lex)
        context = folded_sentence[max(0, m.start() - RANGE_CONTEXT_BEFORE): m.end() + RANGE_CONTEXT_AFTER]
        if a and b and a != b and pats["troops_near"].search(context) and not _looks_like_years(a, b):
            troops_from, troops_to = a, b
            quantity = abs(a - b)
            break
    if troops_from is None:
        m = pats["of_total"].search(folded_sentence)
        moved, total = (parse_number(m.group("b"), lex), parse_number(m.group("a"), lex)) if m else (None, None)
        if moved and total and moved < total:
            return TroopNumbers(moved, total, total - moved)
    if troops_to is None:
        m = pats["to"].search(folded_sentence) or pats["remain"].search(folded_sentence)  # "2,000 soldiers will remain"
        if m:
            troops_to = parse_number(m.group("n"), lex)
    half = pats["half"].search(folded_sentence) if troops_from is None else None
    if half:  # "cut by half to 9,400": from twice that, the same number moved
        troops_to = troops_to or (parse_number(half.group("n"), lex) if half.group("n") else None)
        if troops_to:
            return TroopNumbers(troops_to, 2 * troops_to, troops_to)
    for name in ("count", "count_word"):
        for m in pats[name].finditer(folded_sentence):
            n = parse_number(m.group("n"), lex)
            if n and n not in (troops_from, troops_to) and not _casualties(folded_sentence, m.start(), pats["casualty"]):
                quantity = n
                break
        else:
            continue
        break
    return TroopNumbers(quantity, troops_from, troops_to)


def _casualties(folded_sentence: str, pos: int, casualty: re.Pattern) -> bool:
    """"قتلت 12 عنصرا", "killed 12 soldiers": a count right after a casualty word counts the dead, not troops moved."""
    return bool(casualty.search(" ".join(folded_sentence[:pos].split()[-CASUALTY_WORDS:])))


def _looks_like_years(a: int, b: int) -> bool:
    low, high = YEAR_RANGE
    return low <= a <= high and low <= b <= high and abs(a - b) < YEAR_GAP
