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
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import chain

from ..model import Mention
from .lexicon import clitic_letters, load_lexicon
from .matching import PatternSet, alternatives, anchors
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
REMEMBERED = 1 << 14  # words whose short cue, triggers whose n-grams, feature strings whose weight are kept
SHIPPED_MODEL = "models/mention_scorer.json"
Candidate = tuple[Trigger, Mention]
Judge = Callable[[list[Candidate], str, str], list[Mention]]
QUOTE = '"'  # folded text has one quote mark
_QUESTION = re.compile("[?؟]")
_IN_A_WORD = re.compile(r"(?:\w|\\[wd]|[()?:|*+\[\]{},!=])+")  # a cue pattern of letters only: it matches within one word
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
    spanning, in_word = _cues(lang)
    words = [m.span() for m in _WORD.finditer(folded)]
    cues = [(name, m.start()) for name, m in spanning.finditer(folded)]
    cues += [(name, s) for (s, _), names in zip(words, map(in_word.__getitem__, _WORD.findall(folded))) for name in names]
    return SentenceView(folded, lang, words, [s for s, _ in words], cues)


def features(candidates: list[Candidate], index: int, view: SentenceView) -> list[str]:
    """The feature strings of candidate `index` of one sentence."""
    facts, around, trigger = _parts(candidates, index, view)
    kind = candidates[index][1].event_type
    return [f for fact in facts for f in _expanded(fact, view.lang, kind)] + around + list(_trigger_features(trigger))


def _parts(candidates: list[Candidate], index: int, view: SentenceView) -> tuple[list[str], list[str], str]:
    """What `features` makes of a candidate: its facts (each taken in every language and for every type as well:
    `_expanded`), the words around its trigger in their place and as a bag, and the trigger (its n-grams)."""
    trigger, m = candidates[index]
    kind, folded = m.event_type, view.folded
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
    around = [f"L{i}={w}" for i, w in enumerate(reversed(before_words[-NEXT_WORDS:]), 1)]
    around += [f"R{i}={w}" for i, w in enumerate(after_words[:NEXT_WORDS], 1)]
    around += [f"w={w}" for w in before_words + after_words]
    return facts, around, trigger.text


def _expanded(fact: str, lang: str, kind: str) -> tuple[str, str, str]:
    """A fact holds in every language and for every type; its weight may differ by both."""
    return fact, f"{lang}|{fact}", f"{kind}|{fact}"


@lru_cache(maxsize=REMEMBERED)
def _trigger_features(text: str) -> tuple[str, ...]:
    """The character n-grams of a trigger's words."""
    return tuple(f"c={g}" for w in _WORD.findall(text) for g in _ngrams(w))


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
def _cues(lang: str) -> tuple[PatternSet, _Remembered]:
    """The CUES lists of a language: the words that may span words (according to, من اجل) found in one
    anchored pass over a sentence (matching.py), as the rules find theirs; the rest, each a whole word, read
    word by word, each word once (`_word_cues`)."""
    lex = load_lexicon(lang)
    template = _CUE_TEMPLATE["ar" if lang == "ar" else "en"]
    spanning, in_word, short = [], [], {}
    for name in CUES:
        for words in alternatives(lex.get(name) or ""):
            if anchors(words) is None:
                short.setdefault(name, []).append(words)
            else:
                pattern = (name, words, re.compile(template.replace("<words>", words)))
                (in_word if _IN_A_WORD.fullmatch(words) else spanning).append(pattern)
    groups = "|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in short.items())
    short_cue = re.compile(template.replace("<words>", groups)) if groups else None
    prefixes = clitic_letters(lang)
    return PatternSet(spanning, prefixes), _Remembered(partial(_word_cues, PatternSet(in_word, prefixes), short_cue))


def _word_cues(in_word: PatternSet, short: re.Pattern | None, word: str) -> tuple[str, ...]:
    """The cue lists a word belongs to. Their patterns match whole words (a template starts at a word's start and
    ends at its end; these consume letters only), so a word reads the same alone as in its sentence. The
    cues too short to anchor (لا، if) are one pattern: a word belongs to the first of their lists it fits."""
    names = [name for name, _ in in_word.finditer(word)]
    found = short.fullmatch(word) if short else None
    return (*names, found.lastgroup) if found else tuple(names)


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
        self._remember()

    def _remember(self) -> None:
        """Weights met so far, by feature string, by fact (its three features) and by trigger (its n-grams)."""
        self.known = _Remembered(lambda name: self.weights.get(hashed([name], self.bits)[0], 0.0))
        self.known_facts: dict[tuple[str, str], _Remembered] = {}
        self.known_triggers = _Remembered(lambda text: tuple(map(self.known.__getitem__, _trigger_features(text))))

    def __getstate__(self) -> dict:  # a judge is pickled for Dask: without what it remembers
        return {k: v for k, v in self.__dict__.items() if not k.startswith("known")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._remember()

    @classmethod
    def from_json(cls, text: str) -> MentionScorer:
        return cls(json.loads(text))

    @property
    def active(self) -> bool:
        """Whether the model drops anything at all (in some language its threshold is above 0)."""
        return any(t > 0 for t in self.thresholds.values())

    def probability(self, names: list[str]) -> float:
        """The probability that a candidate with these features is a true event mention."""
        return _logistic(self.bias + sum(map(self.known.__getitem__, names)))

    def _probability_of(self, candidates: list[Candidate], index: int, view: SentenceView) -> float:
        """probability(features(candidates, index, view)), the same sum in the same order, from remembered weights."""
        facts, around, trigger = _parts(candidates, index, view)
        lang, kind = view.lang, candidates[index][1].event_type
        table = self.known_facts.get((lang, kind))
        if table is None:
            table = self.known_facts[lang, kind] = _Remembered(
                lambda fact: tuple(map(self.known.__getitem__, _expanded(fact, lang, kind))))
        weights = chain(chain.from_iterable(map(table.__getitem__, facts)), map(self.known.__getitem__, around),
                        self.known_triggers[trigger])
        return _logistic(self.bias + sum(weights))

    def __call__(self, candidates: list[Candidate], folded: str, lang: str) -> list[Mention]:
        """The judge: the mentions of one sentence whose probability reaches their language's threshold."""
        threshold = self.thresholds.get(lang, 0.0)
        if threshold <= 0:
            return [m for _, m in candidates]
        view = read_sentence(folded, lang)
        return [m for i, (_, m) in enumerate(candidates) if self._probability_of(candidates, i, view) >= threshold]


def _logistic(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


class _Remembered(dict):
    """A function's answers, each worked out once (up to REMEMBERED of them, then it starts again)."""

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work

    def __missing__(self, key):
        if len(self) >= REMEMBERED:
            self.clear()
        value = self[key] = self.work(key)
        return value


@cache
def shipped_scorer() -> MentionScorer | None:
    """The model shipped in the package, loaded once; None where it is off (it drops nothing in any language)."""
    scorer = MentionScorer.from_json(resources.files(__package__).joinpath(SHIPPED_MODEL).read_text(encoding="utf-8"))
    return scorer if scorer.active else None
