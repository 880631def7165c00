"""Fast matching of many lexicon patterns at once.

Running forty regular expressions over every article is the slow way. Instead,
the literal words each pattern must start with (its anchors, read off the
pattern itself) go into one Aho-Corasick automaton that finds them all in a
single pass; only where an anchor occurs is the pattern itself tried, from the
start of that word (so Arabic clitics before the anchor still match).
Patterns with no usable anchor are simply run over the whole text.
"""
from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from re import _constants as C  # noqa: N812 - the parser's opcode names
from re import _parser as sre_parse

import ahocorasick

from .text import word_start

MAX_ANCHORS = 64  # more expansions than this and the pattern is scanned whole
MIN_ANCHOR = 3  # shorter anchors (في, re) hit nearly every sentence
MAX_CLASS = 8  # a character class this small is expanded into its letters


def _element(op, av) -> tuple[list[str], bool] | None:
    """Literal expansions of one parsed element and whether it was consumed whole; None if it cannot be expanded."""
    if op is C.LITERAL:
        return [chr(av)], True
    if op is C.IN:
        if len(av) > MAX_CLASS or any(o is not C.LITERAL for o, _ in av):
            return None
        return [chr(v) for _, v in av], True
    if op is C.SUBPATTERN:
        return _expand(av[-1])
    if op is C.BRANCH:
        results, complete = [], True
        for alternative in av[1]:
            expanded = _expand(alternative)
            if expanded is None or not expanded[0] or any(p == "" for p in expanded[0]):
                return None
            results += expanded[0]
            complete &= expanded[1]
        return results, complete
    return None


def _expand(items, clitics: frozenset[str] = frozenset()) -> tuple[list[str], bool] | None:
    """Literal prefixes of a parsed sequence, and whether the whole sequence was literal; a leading optional
    part made of `clitics` letters alone ("[وف]?", "(?:ال)?") is passed over, as a leading boundary is."""
    prefixes = [""]
    for op, av in items:
        if prefixes == [""] and _clitics_only(op, av, clitics):
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            if prefixes == [""]:
                continue  # a leading boundary or look-around consumes nothing
            return prefixes, False
        part = _element(op, av)
        if part is None:
            return prefixes, False
        alternatives, complete = part
        prefixes = [p + a for p in prefixes for a in alternatives]
        if len(prefixes) > MAX_ANCHORS:
            return None
        if not complete:
            return prefixes, False
    return prefixes, True


def _clitics_only(op, av, clitics: frozenset[str]) -> bool:
    """Whether a parsed element is optional and can hold nothing but `clitics` letters."""
    if not clitics or op not in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) or av[0] != 0:
        return False
    expanded = _expand(av[2])
    return expanded is not None and expanded[1] and all(clitics.issuperset(p) for p in expanded[0])


def anchors(pattern: str, clitics: str = "") -> set[str] | None:
    """The literal words every match of `pattern` starts with, or None when it has no usable ones; with
    `clitics`, the words after the optional clitic letters the pattern may open with."""
    expanded = _expand(sre_parse.parse(pattern), frozenset(clitics))
    if expanded is None or any(len(p) < MIN_ANCHOR for p in expanded[0]):
        return None
    return set(expanded[0])


class PatternSet:
    """Many patterns, each a (key, anchor source, compiled regex); `finditer` finds all their matches in a text.

    The anchor source is the part of the pattern after any optional prefix the
    compiled regex allows (Arabic clitics), so that anchors are real words.
    """

    def __init__(self, patterns: list[tuple[Hashable, str, re.Pattern]], prefix_letters: str = ""):
        self.patterns = patterns
        self.prefix_letters = frozenset(prefix_letters)  # what may stand between a word's start and an anchor
        self.unanchored: list[int] = []
        by_anchor: dict[str, list[int]] = {}
        for index, (_, source, _) in enumerate(patterns):
            found = anchors(source)
            if found is None:
                self.unanchored.append(index)
            else:
                for anchor in found:
                    by_anchor.setdefault(anchor, []).append(index)
        self.automaton = ahocorasick.Automaton()
        for anchor, indexes in by_anchor.items():
            self.automaton.add_word(anchor, (len(anchor), tuple(indexes)))
        if by_anchor:
            self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[tuple[Hashable, re.Match]]:
        """(key, match) for every pattern match, in no particular order, each start reported once per pattern."""
        seen: set[tuple[int, int]] = set()
        if len(self.automaton):
            for end, (length, indexes) in self.automaton.iter(text):
                start = end + 1 - length
                word_begins = word_start(text, start)
                if word_begins < start and not self.prefix_letters.issuperset(text[word_begins:start]):
                    continue  # the anchor sits inside another word ("قال" in "انتقال")
                for index in indexes:
                    if (index, word_begins) in seen:
                        continue
                    seen.add((index, word_begins))
                    key, _, regex = self.patterns[index]
                    m = regex.match(text, word_begins)
                    if m and m.end() > start:
                        yield key, m
        for index in self.unanchored:
            key, _, regex = self.patterns[index]
            for m in regex.finditer(text):
                yield key, m


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|b(?:c|d)|[|]" -> ["a", "b(?:c|d)", "[|]"]."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # the escaped character is no operator
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [p for p in (*parts, pattern[start:]) if p]


def _opens_at_word_start(parsed) -> bool:
    """Whether a parsed pattern can match only where a word starts: it opens with \\b or (?<!\\w) (not inside one
    of several top-level alternatives)."""
    if not len(parsed):
        return False
    op, av = parsed[0]
    return (op is C.AT and av is C.AT_BOUNDARY
            or op is C.ASSERT_NOT and av[0] == -1 and list(av[1]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])])


class WordPattern:
    """One pattern whose matches start where a word starts (it opens with \\b or (?<!\\w), then clitics at most,
    then one of its anchors), found as `regex.finditer` finds them, but tried only at the words where an anchor
    stands: over a whole article, many times faster than the regex engine trying every alternative at
    every word. A pattern of another shape (or one that ignores case) is simply run over the whole text."""

    def __init__(self, pattern: str, clitics: str = ""):
        self.regex = re.compile(pattern)
        self.clitics = frozenset(clitics)
        shaped = _opens_at_word_start(sre_parse.parse(pattern)) and not self.regex.flags & re.IGNORECASE
        found = anchors(pattern, clitics) if shaped else None
        self.automaton = None
        if found is not None and all(a[0].isalnum() for a in found) and all(c.isalnum() for c in clitics):
            self.automaton = ahocorasick.Automaton()
            for anchor in found:
                self.automaton.add_word(anchor, len(anchor))
            self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches `self.regex.finditer(text)` gives, in the same order."""
        if self.automaton is None:
            yield from self.regex.finditer(text)
            return
        starts = set()
        for end, length in self.automaton.iter(text):
            start = end + 1 - length
            begins = word_start(text, start)
            if self.clitics.issuperset(text[begins:start]):
                starts.add(begins)
        last = 0  # like finditer, a match starts no earlier than the end of the one before
        for begins in sorted(starts):
            if begins >= last and (m := self.regex.match(text, begins)):
                last = m.end()
                yield m
