"""Who events are about: the parties of docs/events.md (states, their governments and officials, armies,
armed groups, international bodies).

A sentence states an event of ours only when it names one: a football club's
transfer, a school visit or a fire crew's arrival do not. A person is named as
a party by title once ("US envoy Bill Richardson") and by name alone after that
("Richardson met Mobutu"): the names that follow a title anywhere in the article
count as parties in its other sentences.
"""
from __future__ import annotations

import math
import re
from functools import cache
from itertools import islice

from .lexicon import clitic_letters, load_lexicon, word_regex
from .matching import PatternSet, WordPattern, alternatives, anchors

PARTY_SHARE = 0.015  # an article where fewer words than this name a party is about something else (sport, business, local news)
NAME_WORDS = 4  # words after a title that may hold the name ("Secretary of State Madeleine Albright")
MIN_NAME = 4  # shorter words after a title are particles, not names
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@cache
def _patterns(lang: str) -> tuple[re.Pattern, WordPattern, re.Pattern]:
    """The party words, the titles (found over a whole article, so tried only where one can stand), and the
    words that are never a name, each as one pattern."""
    lex = load_lexicon(lang)
    party = word_regex(lang, f"{lex['party']}|{lex['armed_cue']}", "name")
    titles = WordPattern(word_regex(lang, lex["party_titles"], "name").pattern, clitic_letters(lang))
    common = word_regex(lang, f"{lex['party']}|{lex['party_titles']}|{lex['prepositions'] if lang == 'ar' else 'the|of|and|for|said|says|told'}", "name")
    return party, titles, common


def about_parties(folded: str, lang: str) -> bool:
    """Whether a folded article is about the parties at all: enough of its words name one, and they are not
    outnumbered by the words of another subject of general news (a match, a hospital, a market, a trial).
    A school's or a company's news may name a minister once; a report on states, armies or their talks
    names them throughout."""
    needed = math.ceil(PARTY_SHARE * (folded.count(" ") + 1))
    party = _party_words(lang).finditer(folded)
    if sum(1 for _ in islice(party, needed)) < needed:
        return False  # too few party words whatever else the article names: the other subject's words go uncounted
    more = max(needed, sum(1 for _ in _other_subject(lang).finditer(folded)) + 1) - needed  # party words still to find
    return sum(1 for _ in islice(party, more)) >= more


@cache
def _other_subject(lang: str) -> WordPattern:
    """The words of another subject, counted over a whole article at the words where they can stand."""
    return WordPattern(load_lexicon(lang)["off_topic_article"], clitic_letters(lang))


@cache
def _party_words(lang: str) -> PatternSet:
    """The party words as one PatternSet, for counting them over a whole article in one pass; a word with no
    literal start of MIN_ANCHOR letters ("us", "un") is left out of the count (a sentence still names it)."""
    lex = load_lexicon(lang)
    words = [w for w in alternatives(f"{lex['party']}|{lex['armed_cue']}") if anchors(w)]
    return PatternSet([(i, w, word_regex(lang, w, "name")) for i, w in enumerate(words)], clitic_letters(lang))


def names_party(folded: str, lang: str) -> bool:
    """Whether a folded sentence names a party by a word of the lexicon (the anchored words in one
    Aho-Corasick pass, the few short ones, "us", "un", by their own pattern)."""
    return next(_party_words(lang).finditer(folded), None) is not None or bool(_short_party_words(lang).search(folded))


@cache
def _short_party_words(lang: str) -> re.Pattern:
    """The party words too short to anchor an Aho-Corasick search ("us", "un", "eu")."""
    lex = load_lexicon(lang)
    short = [w for w in alternatives(f"{lex['party']}|{lex['armed_cue']}") if not anchors(w)] or ["(?!)"]
    return word_regex(lang, "|".join(short), "name")


def titled_names(folded: str, lang: str) -> frozenset[str]:
    """The words of the names that follow an official's title in a folded text."""
    _, titles, common = _patterns(lang)
    names = set()
    for title in titles.finditer(folded):
        for word in _WORD.findall(folded, title.end(), title.end() + NAME_WORDS * 20)[:NAME_WORDS]:
            word = _bare(word, lang)
            if len(word) >= MIN_NAME and not common.fullmatch(word):
                names.add(word)
    return frozenset(names)


def names_known_party(folded: str, lang: str, names: frozenset[str]) -> bool:
    """Whether a folded sentence names a person the article gave a title to."""
    return any(_bare(w, lang) in names for w in _WORD.findall(folded))


def _bare(word: str, lang: str) -> str:
    """A word without the conjunction that may stand before it (وكارتر -> كارتر), the same way wherever it stands."""
    return word[1:] if lang == "ar" and word[0] in "وف" and len(word) > MIN_NAME else word
