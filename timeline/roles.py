"""Who and where: the actor and the place of an event mention, heuristics over word order and a gazetteer.

Good enough to browse and filter by; not scored. Word lists come from the lexicons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import load_lexicon
from .matching import PatternSet
from .numbers import word_number
from .text import Folded, fold
from .triggers import ARABIC_CLITICS, Trigger

_EN_NAME = re.compile(r"(?:[A-Z][\w'.-]*|al-\w+)(?:\s+(?:of|the|al-|for|and|bin|de|el-)?\s*(?:[A-Z][\w'.-]*|\(\w+\)))*")
_EN_SUBJECT = re.compile(r"(?:^|[,;:\"'“”]\s*)((?:the\s+)?(?:[A-Za-z][\w'.-]*\s+){0,4}?[A-Za-z][\w'.-]*)\s*$")
_AR_TOKEN = re.compile(r"[^\s،,.:؛\"«»()]+|[،,.:؛\"«»()]")
NISBA = "ي|يه|ية|يين|ين"  # Arabic adjective endings: "قوات التحالف الدولي"


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    if lang == "en":
        days = [w for w in lex["weekdays"] if w.endswith("day")]
        months = [m for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
        words = "|".join(w.capitalize() for w in lex["not_names"] + days + months)
        return {"not_name": re.compile(rf"^(?:{words})$"),
                "preposition": re.compile(rf"(?:^|\s)(?:{lex['place_prepositions']})\s+(?:\S+\s+)?$")}
    prepositions = lex["place_prepositions"]
    return {
        "stop": re.compile(rf"^(?:[وف]?(?:{lex['actor_stop']}|{'|'.join(lex['weekdays'])}))$"),
        "force": re.compile(rf"(?<!\w)(?:[وفبلك])?(?:ال)?(?:{lex['force_heads']})"
                            rf"\s+(?!(?:{lex['prepositions']})(?!\w))[^\W\d]+"
                            rf"(?:\s+(?!(?:{lex['prepositions']})(?!\w))[^\W\d]+(?:{NISBA}))?(?!\w)"),
        "preposition": re.compile(rf"(?:^|\s)(?:[وف]?(?:{prepositions}))\s+(?:\S+\s+)?$"),
    }


@cache
def _places(lang: str) -> PatternSet:
    """The gazetteer as one PatternSet: a place may carry Arabic clitics (والعراق، بالعراق)."""
    prefix = r"(?<!\w)(?:[وفبلك])?(?:ل)?" if lang == "ar" else r"\b"
    names = {fold(name).text: common for name, common in load_lexicon(lang)["places"].items()}
    return PatternSet([(common, re.escape(name), re.compile(f"{prefix}(?P<place>{re.escape(name)})(?!\\w)"))
                       for name, common in names.items()], ARABIC_CLITICS if lang == "ar" else "")


def _longest(places: list[tuple[str, re.Match]]) -> list[tuple[str, re.Match]]:
    """Overlapping places keep the longest ("Gaza Strip" over "Gaza")."""
    kept: list[tuple[str, re.Match]] = []
    for found in sorted(places, key=lambda f: (f[1].start(), -(f[1].end() - f[1].start()))):
        if not kept or found[1].start() >= kept[-1][1].end():
            kept.append(found)
    return kept


@dataclass
class SentenceRoles:
    """What actor and place finding need from a sentence, computed once for all its mentions."""

    sentence: str
    folded: Folded
    lang: str
    triggers: list[Trigger]  # all the sentence's triggers: an actor's name stops where another event begins
    names: list[re.Match]  # English: capitalised names
    forces: list[re.Match]  # Arabic: "القوات الأمريكية"-like phrases, in the folded text
    places: list[tuple[str, re.Match]]  # gazetteer places (common name, match in the folded text)

    @classmethod
    def of(cls, sentence: str, folded: Folded, lang: str, triggers: list[Trigger]) -> SentenceRoles:
        pats = _patterns(lang)
        names = [m for m in _EN_NAME.finditer(sentence) if not pats["not_name"].match(m.group())] if lang == "en" else []
        forces = list(pats["force"].finditer(folded.text)) if lang == "ar" else []
        places = sorted(_places(lang).finditer(folded.text), key=lambda found: found[1].start())
        return cls(sentence, folded, lang, triggers, names, forces, _longest(places))


def actor(trigger: Trigger, roles: SentenceRoles) -> str | None:
    """Who acts or announces, as written."""
    sentence, folded = roles.sentence, roles.folded
    if roles.lang == "en":
        t_start, t_end = folded.span(trigger.start, trigger.end)
        before = [m for m in roles.names if m.end() <= t_start]
        after = [m for m in roles.names if m.start() >= t_end]
        if trigger.event_type == "announcement" and after and after[0].start() - t_end <= 2:
            return _clean_name(after[0].group())
        subject = _EN_SUBJECT.search(sentence, max(0, t_start - 120), t_start) if trigger.event_type == "announcement" else None
        if subject and (not before or before[-1].start() < subject.start(1)):
            return _clean_name(subject.group(1))
        chosen = before[-1] if before else (after[0] if after else None)
        return _clean_name(chosen.group()) if chosen else None
    if trigger.event_type in ("withdrawal", "deployment") and roles.forces:
        nearest = min(roles.forces, key=lambda m: abs(m.start() - trigger.end))
        s, e = folded.span(*nearest.span())
        return sentence[s:e]
    stop = _patterns(roles.lang)["stop"]
    fronted = _fronted_subject(trigger, folded.text, stop)
    if fronted:
        s, e = folded.span(*fronted)
        return sentence[s:e]
    words = []
    for m in _AR_TOKEN.finditer(folded.text, trigger.end):
        if (not m.group()[0].isalpha() or stop.match(m.group()) or len(words) >= 6
                or word_number(m.group(), load_lexicon(roles.lang)) is not None
                or any(t.start <= m.start() < t.end for t in roles.triggers)):
            break
        words.append(m)
    if not words:
        return None
    s, e = folded.span(words[0].start(), words[-1].end())
    return sentence[s:e]


_AR_IMPERFECT = re.compile(r"[وف]?س?[يت]\w{2,}")  # يزور، ستلتقي، سيناقش: a verb that follows its subject
_AR_THAT = re.compile(r"(?<!\w)[وف]?(?:ان|بان)\s+((?:\S+\s+){1,4}?)$")


def _fronted_subject(trigger: Trigger, folded: str, stop: re.Pattern) -> tuple[int, int] | None:
    """Arabic after أن puts the subject before an imperfect verb ("أن الوزير الجبير سيزور موسكو"):
    the words between أن and the verb, if none of them stops a name."""
    if not _AR_IMPERFECT.fullmatch(trigger.text.split()[0]):
        return None
    found = _AR_THAT.search(folded, max(0, trigger.start - 120), trigger.start)
    if not found or any(stop.match(w) for w in found.group(1).split()):
        return None
    return found.start(1), found.start(1) + len(found.group(1).rstrip())


def _clean_name(name: str) -> str:
    return re.sub(r"^(?:The|A|An)\s+", "", name).strip(" ,.")


def location(folded: Folded, trigger: Trigger, roles: SentenceRoles) -> tuple[str | None, str | None]:
    """The place the event concerns, as written and by its common name: a gazetteer place after a
    preposition (from/in/to, من/في/إلى) near the trigger, else the nearest after it, else the last before it."""
    if not roles.places:
        return None, None
    after = [f for f in roles.places if f[1].start() >= trigger.end]
    preposition = _patterns(roles.lang)["preposition"]
    governed = [f for f in after if preposition.search(folded.text, max(0, f[1].start() - 40), f[1].start())]
    common, chosen = governed[0] if governed else after[0] if after else roles.places[-1]
    s, e = folded.span(*chosen.span("place"))
    return roles.sentence[s:e], common
