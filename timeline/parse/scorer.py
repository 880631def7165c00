"""The learned decision: a small logistic model scores each mention the rules propose and drops the likely false.

The rules see a few words around a trigger; whether a sentence announces or
opines, whether its event is real, needs more of the sentence. Each candidate
mention becomes a list of feature strings (the rules' own cues, words and
character n-grams around the trigger, the language), hashed into a fixed space;
the model is a weight per hashed feature, a bias and a threshold per language,
trained outside the package (timeline.learn) and shipped as JSON in
parse/models/. Scoring is plain Python: no numpy, no scikit-learn, deterministic.

A judge is any callable that takes a sentence's candidates, (trigger, mention)
pairs, with the folded sentence and its language, and returns the mentions it
keeps; `extract(article, judge)` calls it once per sentence (parse/extract.py).
"""
from __future__ import annotations

import json
import math
import re
import zlib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat

from ..model import Mention
from .lexicon import clitic_letters, lexicon_regex, load_lexicon
from .matching import PatternSet, anchors
from .triggers import Trigger

FEATURES = 4  # the version of `features`: a model trained on other features is refused, not misread
HASH_BITS = 20  # 1M hashed slots: collisions among the few thousand features a corpus yields are rare
WINDOW_WORDS = 6  # words on each side of the trigger read as a bag and searched for cues (the rules look at 2 to 8)
NEXT_WORDS = 2  # the nearest words on each side, read in their place ("not", "to", أن)
NGRAMS = (3, 4)  # character n-grams of the trigger's words: Arabic clitics and endings, English inflections
LENGTH_BUCKETS = (8, 16, 32, 64)  # a count of words (the sentence's, or those before the trigger), as a bucket
LEAD_CHARS = 400  # a sentence starting this close to the article's start is in its lead
CUES = ("negation", "hypothetical", "opinion", "future", "ongoing", "conditional", "after", "anonymous", "official",
        "statement_cue", "force_cue", "security_topic", "complementizer")  # lexicon cue lists read around the trigger
SHIPPED_MODEL = "models/mention_scorer.json"
Candidate = tuple[Trigger, Mention]
Judge = Callable[[list[Candidate], str, str], list[Mention]]
QUOTE = '"'  # folded text has one quote mark
_QUESTION = re.compile("[?؟]")
_WORD = re.compile(r"\w+")
_CUE_TEMPLATE = {  # a cue word starts a word; in Arabic after its clitics (و، ف، ب، ل، ك، ال)
    "ar": r"(?<!\w)(?:[وف])?(?:[بلك])?(?:ال)?(?:<words>)(?!\w)",
    "en": r"\b(?:<words>)\b",
}


@dataclass(frozen=True)
class SentenceView:
    """What the candidates of one sentence share, found once: the folded text, its words and its cue words."""

    folded: str
    lang: str
    words: list[tuple[int, int]]  # spans of the words
    starts: list[int]  # where each word starts
    cues: list[tuple[str, int]]  # (cue list, where a word of it starts)


def read_sentence(folded: str, lang: str) -> SentenceView:
    """A folded sentence read once for all its candidates."""
    words = [m.span() for m in _WORD.finditer(folded)]
    anchored, short = _cues(lang)
    cues = [(name, m.start()) for name, m in anchored.finditer(folded)]
    cues += [(m.lastgroup, m.start()) for m in short.finditer(folded)] if short else []
    return SentenceView(folded, lang, words, [s for s, _ in words], cues)


def features(candidates: list[Candidate], index: int, view: SentenceView) -> list[str]:
    """The feature strings of candidate `index` of one sentence."""
    trigger, m = candidates[index]
    kind, lang, folded = m.event_type, view.lang, view.folded
    first, after = bisect_left(view.starts, trigger.start), bisect_left(view.starts, trigger.end)
    before_words = [folded[s:e] for s, e in view.words[max(0, first - WINDOW_WORDS):first]]
    after_words = [folded[s:e] for s, e in view.words[after:after + WINDOW_WORDS]]
    window_from = view.starts[max(0, first - WINDOW_WORDS)] if first else trigger.start
    window_to = view.words[after + WINDOW_WORDS - 1][1] if after + WINDOW_WORDS <= len(view.words) else len(folded)
    facts = [
        "bias", f"type={kind}", f"strength={trigger.strength}", f"pos={trigger.entry.pos}", f"status={m.status}",
        f"trigger={trigger.text}", f"date={_date_source(m)}",
        f"precision={m.date_precision}", f"actor={m.actor is not None}", f"place={m.location is not None}",
        f"troops={m.quantity is not None or m.troops_to is not None}", f"future_prefix={trigger.future_prefix}",
        f"another={trigger.conjoined}", f"setting={trigger.setting}", f"near_rule={trigger.entry.near is not None}",
        f"length<={_bucket(len(view.words))}", f"trigger_at<={_bucket(first)}",
        f"lead={(m.sentence_start or 0) < LEAD_CHARS}", f"quote={QUOTE in folded}",
        f"question={bool(_QUESTION.search(folded))}",
    ]
    facts += [f"with={t}" for t in sorted({c[1].event_type for j, c in enumerate(candidates) if j != index})] or ["with=none"]
    cues = {f"{name}@sentence" for name, _ in view.cues}
    cues |= {f"{name}@before" for name, s in view.cues if window_from <= s < trigger.start}
    cues |= {f"{name}@after" for name, s in view.cues if trigger.end <= s < window_to}
    facts += sorted(cues)
    # the facts hold in every language and for every type; their weights may differ by both
    found = [f for fact in facts for f in (fact, f"{lang}|{fact}", f"{kind}|{fact}")]
    found += [f"L{i}={w}" for i, w in enumerate(reversed(before_words[-NEXT_WORDS:]), 1)]
    found += [f"R{i}={w}" for i, w in enumerate(after_words[:NEXT_WORDS], 1)]
    found += [f"w={w}" for w in before_words + after_words]
    found += [f"c={g}" for w in _WORD.findall(trigger.text) for g in _ngrams(w)]
    return found


def _date_source(m: Mention) -> str:
    """Where a mention's date came from: its own sentence, an earlier one (or the publication date), or nowhere."""
    if m.date is None:
        return "none"
    return "own" if m.date_text and m.date_text in m.sentence else "inherited"


def _bucket(n: int) -> int:
    return next((b for b in LENGTH_BUCKETS if n <= b), LENGTH_BUCKETS[-1] + 1)


def _ngrams(word: str) -> list[str]:
    padded = f"<{word}>"
    return [padded[i:i + n] for n in NGRAMS for i in range(len(padded) - n + 1)]


@cache
def _cues(lang: str) -> tuple[PatternSet, re.Pattern | None]:
    """The CUES lists of a language: their words found in one anchored pass (matching.py), as the rules find
    theirs, and the few too short to anchor (لا، if) in one pass of their own, each named by its list."""
    lex = load_lexicon(lang)
    template = _CUE_TEMPLATE["ar" if lang == "ar" else "en"]
    anchored, short = [], {}
    for name in CUES:
        for words in _alternatives(lex.get(name) or ""):
            if anchors(words) is None:
                short.setdefault(name, []).append(words)
            else:
                anchored.append((name, words, re.compile(template.replace("<words>", words))))
    groups = "|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in short.items())
    return PatternSet(anchored, clitic_letters(lang)), re.compile(template.replace("<words>", groups)) if groups else None


def _alternatives(pattern: str) -> list[str]:
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


def hashed(names: list[str], bits: int = HASH_BITS) -> list[int]:
    """Feature strings to slots: CRC-32, the same on every machine and run (Python's hash() is salted)."""
    mask = (1 << bits) - 1
    return [crc & mask for crc in map(zlib.crc32, map(str.encode, names))]


class MentionScorer:
    """A trained model: a weight per hashed feature, a bias, and per language the probability below which a
    mention is dropped (0: that language keeps every mention the rules make)."""

    def __init__(self, model: dict):
        if model.get("features") != FEATURES:
            raise ValueError(f"the model was trained on features version {model.get('features')}, this is {FEATURES}: retrain it")
        self.bits = model["hash_bits"]
        self.bias = model["bias"]
        self.weights = {int(slot): weight for slot, weight in model["weights"].items()}
        self.thresholds = model["thresholds"]

    @classmethod
    def from_json(cls, text: str) -> MentionScorer:
        return cls(json.loads(text))

    @property
    def active(self) -> bool:
        """Whether the model drops anything at all (in some language its threshold is above 0)."""
        return any(t > 0 for t in self.thresholds.values())

    def probability(self, names: list[str]) -> float:
        """The probability that a candidate with these features is a true event mention."""
        z = self.bias + sum(map(self.weights.get, hashed(names, self.bits), repeat(0.0)))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def __call__(self, candidates: list[Candidate], folded: str, lang: str) -> list[Mention]:
        """The judge: the mentions of one sentence whose probability reaches their language's threshold."""
        threshold = self.thresholds.get(lang, 0.0)
        if threshold <= 0:
            return [m for _, m in candidates]
        view = read_sentence(folded, lang)
        return [m for i, (_, m) in enumerate(candidates) if self.probability(features(candidates, i, view)) >= threshold]


@cache
def shipped_scorer() -> MentionScorer | None:
    """The model shipped in the package, loaded once; None where it is off (it drops nothing in any language)."""
    scorer = MentionScorer.from_json(resources.files(__package__).joinpath(SHIPPED_MODEL).read_text(encoding="utf-8"))
    return scorer if scorer.active else None
