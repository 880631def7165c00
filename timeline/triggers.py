"""Event triggers: the words that state a withdrawal, deployment, announcement, meeting or agreement.

Patterns come from the lexicons. Each hit is then checked against its sentence:
negated, hypothetical or demanded events are dropped (EVENTS.md), troop
movements need a force word nearby, and a weak declaring verb ("said", قال)
makes an announcement only when what it declares is an action or a plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import load_lexicon

ARABIC_PREFIX = r"(?<!\w)(?:[وف])?(?:(?P<fut>س)|[بلك])?(?:ال|ل)?"
FORCE_WINDOW = 10  # words on each side of a troop-movement trigger that must hold a force word
NEGATION_WINDOW = 3
HYPOTHETICAL_WINDOW = 5
MERGE_GAP = 4  # same-type hits this many words apart or closer state one event


@dataclass(frozen=True)
class Trigger:
    """A trigger hit in a folded sentence: its type, span, and how it reads."""

    event_type: str
    start: int
    end: int
    text: str
    strength: str = "strong"
    future_prefix: bool = False


@dataclass(frozen=True)
class _Entry:
    event_type: str
    pattern: re.Pattern
    strength: str
    requires: re.Pattern | None


@cache
def _entries(lang: str) -> tuple[_Entry, ...]:
    lex = load_lexicon(lang)
    entries = []
    for event_type, items in lex["triggers"].items():
        for item in items:
            if lang == "ar":
                pattern = rf"{ARABIC_PREFIX}(?:{item['pattern']})\w*"
            else:
                pattern = rf"\b(?:{item['pattern']})\b"
            requires = re.compile(item["requires"]) if "requires" in item else None
            entries.append(_Entry(event_type, re.compile(pattern), item.get("strength", "strong"), requires))
    return tuple(entries)


@cache
def _cues(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    word = r"(?<!\w)(?:[وف])?(?:[بلك])?(?:ال)?(?:{})(?!\w)" if lang == "ar" else r"\b(?:{})\b"
    return {name: re.compile(word.format(lex[name]))
            for name in ("negation", "hypothetical", "future", "ongoing", "statement_cue", "force_cue", "excluded_meeting")}


def _words_before(text: str, pos: int, n: int) -> str:
    return " ".join(text[:pos].split()[-n:])


def _window(text: str, start: int, end: int, n: int) -> str:
    return " ".join(text[:start].split()[-n:] + text[start:end].split() + text[end:].split()[:n])


def find_triggers(folded: str, lang: str) -> list[Trigger]:
    """Trigger hits in one folded sentence that pass the event rules, in text order."""
    cues = _cues(lang)
    hits: list[Trigger] = []
    excluded = [m.span() for m in cues["excluded_meeting"].finditer(folded)]
    for entry in _entries(lang):
        if entry.requires and not entry.requires.search(folded):
            continue
        for m in entry.pattern.finditer(folded):
            start, end = m.span()
            if cues["negation"].search(_words_before(folded, start, NEGATION_WINDOW)):
                continue
            if cues["hypothetical"].search(_words_before(folded, start, HYPOTHETICAL_WINDOW)):
                continue
            if entry.event_type in ("withdrawal", "deployment") and not cues["force_cue"].search(
                    _window(folded, start, end, FORCE_WINDOW)):
                continue
            if entry.event_type == "meeting" and any(s <= start < e for s, e in excluded):
                continue
            fut = bool(m.groupdict().get("fut"))
            hits.append(Trigger(entry.event_type, start, end, m.group(), entry.strength, fut))
    return _resolve(_dedupe(hits, folded), folded, cues)


def _dedupe(hits: list[Trigger], folded: str) -> list[Trigger]:
    """Hits of one type that overlap or stand within MERGE_GAP words of each other are one trigger."""
    hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for hit in hits:
        if any(k.event_type == hit.event_type and hit.start < k.end + 1 + _gap_chars(folded, k.end, MERGE_GAP)
               for k in kept):
            continue
        kept.append(hit)
    return kept


def _gap_chars(text: str, pos: int, words: int) -> int:
    """How many characters the next `words` words after `pos` take."""
    rest = text[pos:]
    parts = rest.split(None, words)
    return len(rest) - len(parts[words]) if len(parts) > words else len(rest)


def _resolve(hits: list[Trigger], folded: str, cues: dict[str, re.Pattern]) -> list[Trigger]:
    """One announcement per sentence; a weak declaring verb counts only when it declares an action or plan."""
    actions = any(h.event_type in ("withdrawal", "deployment") for h in hits)
    declared = actions or bool(cues["statement_cue"].search(folded))
    announcements = [h for h in hits if h.event_type == "announcement"
                     and (h.strength == "strong" or declared)]
    others = [h for h in hits if h.event_type != "announcement"]
    if announcements:
        strong = [h for h in announcements if h.strength == "strong"]
        others.append((strong or announcements)[0])
    return sorted(others, key=lambda t: t.start)


def status_of(trigger: Trigger, folded: str, lang: str) -> str:
    """completed, ongoing, scheduled or unknown, from the trigger's form and the cues around it."""
    cues = _cues(lang)
    before = _words_before(folded, trigger.start, 6)
    near = _window(folded, trigger.start, trigger.end, 4)
    if trigger.future_prefix or cues["future"].search(before):
        return "scheduled"
    if cues["ongoing"].search(near):
        return "ongoing"
    if trigger.event_type == "announcement":
        return "completed"
    if lang == "en" and re.search(r"(?:ed|drew|drawn|left|met|sent|signed|held)\b", trigger.text):
        return "completed"
    if lang == "ar" and re.search(r"(?<!\w)(?:[وف])?(?:تم|قد|اكتمل|انتهي)(?!\w)", before):
        return "completed"
    return "unknown"
