"""Text utilities: folding for matching, language detection and sentence splitting.

Matching runs on a folded copy of the text (Arabic letter variants unified,
Arabic-Indic digits made ASCII, case lowered, diacritics and tatweel dropped);
`Folded.span` maps a match back to the original characters so that evidence and
offsets are always verbatim.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import chain

from .lexicon import load_lexicon

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f]")
_SOURCE = "أإآٱىیک" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "٫٬’‘“”«»"
_TARGET = "ااااييك" + "0123456789" + "0123456789" + ".,''\"\"\"\""
_REPLACEMENTS = tuple(zip(_SOURCE, _TARGET))
_KEPT = re.compile("[^" + _MARKS.pattern[1:-1] + "]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
# a clause ends at punctuation followed by a space or a closing quote (',,'' she said"), or at a quote
# (in folded text every typographic quote mark is ")
# (not the dot of an initial: "Daniel P. Davison", "U.S."). Both patterns open with the one character class of the
# marks, which lets the regex engine skip straight to them (five times faster than trying each alternative everywhere)
CLAUSE_BREAK = re.compile(r"""[;:!?،؛,."](?:(?<=[;:!?،؛,])(?=[\s'"`]|$)|(?<=\.)(?<!\b[a-z]\.)(?=[\s'"`]|$)|(?<="))""")
_LATIN = re.compile("[A-Za-z]")
_CLAUSE_OR_QUOTE_END = re.compile(  # as CLAUSE_BREAK, but an opening quote continues its clause
    r"""[;:!?،؛,."](?:(?<=[;:!?،؛,])(?=[\s'"`]|$)|(?<=\.)(?<!\b[a-z]\.)(?=[\s'"`]|$)|(?<=\S"))""")
_QUOTED_TERM = re.compile(r'"(\S+(?: \S+){0,2})"')


@dataclass(frozen=True)
class Folded:
    """A folded copy of a text and, when characters were dropped, where each one came from."""

    text: str
    origin: tuple[int, ...] | None = None

    def folded_offset(self, position: int) -> int:
        """Where an offset of the original text falls in the folded text."""
        return position if self.origin is None else bisect_left(self.origin, position)

    def part(self, start: int, end: int) -> Folded:
        """The folded copy of the original text[start:end], cut from this one (folding goes letter by letter)."""
        f_start, f_end = self.folded_offset(start), self.folded_offset(end)
        if self.origin is None or f_end - f_start == end - start:  # nothing dropped in this part
            return Folded(self.text[f_start:f_end])
        return Folded(self.text[f_start:f_end], tuple(o - start for o in self.origin[f_start:f_end]))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text to the original text."""
        if self.origin is None:
            return start, end
        first = self.origin[start] if start < len(self.origin) else self.origin[-1] + 1
        last = self.origin[end - 1] + 1 if end > 0 else 0
        return first, last


def _map_letters(text: str) -> str:
    """Lower case, one form per Arabic letter, ASCII digits and quotes; the length never changes.

    A chain of `str.replace` is many times faster than `str.translate` with a table."""
    mapped = text.lower()
    if len(mapped) != len(text):  # a few letters (İ) lower-case to two characters: keep theirs
        mapped = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for old, new in _REPLACEMENTS:
        if old in mapped:
            mapped = mapped.replace(old, new)
    return mapped


def fold(text: str) -> Folded:
    """Fold a text for matching; offsets stay mappable to the original."""
    mapped = _map_letters(text)
    if not _MARKS.search(mapped):
        return Folded(mapped)
    runs = list(_KEPT.finditer(mapped))
    origin = tuple(chain.from_iterable(range(m.start(), m.end()) for m in runs))
    return Folded("".join(m.group() for m in runs), origin)


def fold_text(text: str) -> str:
    """The folded text alone, for comparisons that need no offsets."""
    return fold(text).text


def stem(word: str, lang: str) -> str:
    """A light stem of the first word of a trigger, to tell two mentions named by the same word
    (الزيارة / زيارته / بالزيارة, the visit / visits / visited): the folded word without the clitics and
    endings the lexicon's stem_affixes give."""
    words = fold_text(word).split()
    if not words:
        return ""
    affixes = load_lexicon(lang)["stem_affixes"]
    return re.sub(affixes["suffix"], "", re.sub(affixes["prefix"], "", words[0])) or words[0]


def word_start(text: str, pos: int) -> int:
    """The start of the word around `pos`, so that a match inside "بزيارة" or "والاجتماع" covers its clitics."""
    while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        pos -= 1
    return pos


HEADING_WORDS = 4  # a line this short with no closing punctuation is a cross-head ("محادثات السلام"), not a sentence
_SENTENCE_END = re.compile(r"[.!?؟:\"'»)]\s*$")


def is_heading(sentence: str) -> bool:
    """A cross-head between paragraphs: it names a topic, it states no event."""
    return len(sentence.split(None, HEADING_WORDS)) <= HEADING_WORDS and not _SENTENCE_END.search(sentence)


def clause_tail(folded: str) -> str:
    """What follows the last clause break of a folded text: the words a negation, a demand or a tense
    marker may govern ("... the pressure on them", while X meets" -> " while X meets"). A quoted term of
    a few words ("precipitate" moves, «جبهة النصرة») is part of its clause, not the start of a quotation."""
    return _CLAUSE_OR_QUOTE_END.split(_QUOTED_TERM.sub(r" \1 ", folded))[-1]


def detect_language(text: str, declared: str = "") -> str:
    """'ar' or 'en': the declared language when it is one of them, else the script that dominates the letters."""
    if declared in ("ar", "en"):
        return declared
    sample = text[:2000]
    return "ar" if len(_ARABIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_lexicon("en")["abbreviations"])


MAX_SENTENCE_CHARS = 3000  # a longer run without a sentence end (a dump, a scraped table) is cut: no step's work on one
# sentence then grows with the article, so a whole article parses in linear time (longest real sentence seen: 1,711)
# a run of . ! ? ؟ ؛ (closing quotes and brackets after it) before a space, or a line break and the space after it;
# written to open with one character class, which lets the regex engine skip straight to candidates (3 times faster)
_BOUNDARY = re.compile(r"[.!?؟؛\n](?:(?<=[.!?؟؛])[.!?؟؛]*[\"'”»)\]]*(?=\s)|(?<=\n)\s*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def ends_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial (U.S., Gen., W.)."""
    if text[dot] != "." or not ("A" <= text[dot - 1] <= "z"):  # Arabic sentences end at "." with no abbreviation
        return False
    found = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not found:
        return False
    return is_abbreviation(found.group(1))


def is_abbreviation(word: str) -> bool:
    """Whether a word before a period (without it) is an abbreviation or an initial: "U.S", "a.m", "Gen", "W"."""
    return len(word) == 1 and word.isupper() or "." in word or word.lower() in _abbreviations()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of a text (or of its part from `start` to `end`): ends at . ! ? ؟ ؛ and at line
    breaks, never at ، or after U.S./Gen./Jan.; none is longer than MAX_SENTENCE_CHARS."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for found in _BOUNDARY.finditer(text, start, end):
        if found.group().startswith(".") and ends_abbreviation(text, found.start()):
            continue
        _add_span(text, start, found.end(), spans)
        start = found.end()
    _add_span(text, start, end, spans)
    return spans


def paragraphs_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The paragraphs (the text between line breaks) that hold one of the sorted `positions`, each once:
    a line break always ends a sentence, so the sentences of a text are those of its paragraphs."""
    found: list[tuple[int, int]] = []
    for pos in positions:
        if found and pos < found[-1][1]:
            continue
        end = text.find("\n", pos)
        found.append((text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end))
    return found


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """The span without its surrounding space, cut into pieces of at most MAX_SENTENCE_CHARS (at the last
    space before the cap, else at the cap)."""
    piece = text[start:end]
    stripped = piece.strip()
    start += len(piece) - len(piece.lstrip())
    stop = start + len(stripped)
    while stop - start > MAX_SENTENCE_CHARS:
        cut = start + MAX_SENTENCE_CHARS
        space = next((i for i in range(cut, start, -1) if text[i].isspace()), cut)
        spans.append((start, space))
        start = next(i for i in range(space, stop) if not text[i].isspace())
    if stripped:
        spans.append((start, stop))
