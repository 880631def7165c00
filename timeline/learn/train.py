"""Train the mention scorer on annotated articles and measure it by cross-validation grouped by article.

    timeline train GOLD ARTICLES [GOLD ARTICLES ...] [--output MODEL] [--folds K]

Candidates are the mentions the rules make on the articles (extract with a judge
that keeps them all and records their features); a candidate that matches a
gold mention (labels.py) is a positive example. A logistic regression over the
hashed features (parse/scorer.py) scores them.

Every figure is the event P/R/F1 of the whole pipeline: the rules' mentions,
minus those the scorer drops, against all gold mentions (those no candidate
found count as missed). Articles are dealt into K folds (each set apart, so that
every fold holds articles of every set); no article is in a fold's training and
test part. The cross-validated figures are nested: for each test fold the
regularisation and the per-language thresholds are chosen by an inner
cross-validation over the other folds alone. The model written is fit on every
article with the settings the same inner procedure chooses over all folds; a
language keeps a threshold only where the nested cross-validated F1 rose by at
least MIN_GAIN: a smaller gain is within what another draw of a few hundred
articles would move it by, and a scorer that drops true events for it costs
recall on articles nobody has seen.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn import __version__ as sklearn_version
from sklearn.linear_model import LogisticRegression

from .. import errors
from ..engine.local import Collector, run
from ..io.readers import read_inputs
from ..model import Article, Mention
from ..parse import mentions, prepare
from ..parse.scorer import FEATURES, HASH_BITS, Candidate, features, hashed, read_sentence
from .labels import match

FOLDS = 5  # articles are few (dev + train: 140); five folds keep ~28 articles in each test fold
MIN_FOLDS = 3  # the cross-validation is nested: each test fold's settings come from a cross-validation of the rest
SEED = 0  # the shuffle that deals articles into folds: fixed, so that training is reproducible
MIN_GAIN = 0.01  # one point of F1: the least cross-validated gain for which a language keeps the scorer
C_GRID = (0.1, 0.3, 1.0, 3.0)  # inverse regularisation strengths tried by the inner cross-validation
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 20))  # 0.05 .. 0.95; 0 (keep all) is always a choice
DIGITS = 4  # weights are stored rounded to this many decimals ...
PRUNE = 1e-3  # ... and those smaller than this are left out: the file stays small, scores barely move
SURE = 30.0  # the bias of a fold that saw one class only: a probability of 0 or 1


@dataclass
class Example:
    """One candidate mention: where it comes from, its features and whether it is a true event."""

    group: str  # set/article_id: the unit of the folds
    set: str
    lang: str
    event_type: str
    slots: list[int]
    label: bool


@dataclass
class Corpus:
    """The candidates of annotated articles and, per article, its set, language and count of gold mentions."""

    examples: list[Example] = field(default_factory=list)
    articles: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # group -> (set, lang, gold mentions)
    unreadable: int = 0  # articles the reader reported as errors: left out


class Recorder:
    """A judge that keeps every candidate and records its features: the training data, as extraction sees it."""

    def __init__(self) -> None:
        self.seen: list[tuple[Mention, list[str]]] = []

    def __call__(self, candidates: list[Candidate], folded: str, lang: str) -> list[Mention]:
        view = read_sentence(folded, lang)
        self.seen += [(m, features(candidates, i, view)) for i, (_, m) in enumerate(candidates)]
        return [m for _, m in candidates]


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def collect(gold_path: str | Path, articles_path: str | Path, corpus: Corpus | None = None) -> Corpus:
    """Add the candidates of one annotated set (its gold file and its articles file) to `corpus`."""
    corpus = corpus or Corpus()
    name = Path(articles_path).name.removesuffix(".jsonl")
    if any(s == name for s, _, _ in corpus.articles.values()):
        name = f"{name}#{len(corpus.articles)}"  # two files of one name: two sets
    items = list(read_inputs([str(articles_path)]))
    recorder, collected = Recorder(), Collector()
    run(items, [collected], partial(mentions, judge=recorder))
    failed = {line.article_id for line in collected.report if line.status == "error"}
    corpus.unreadable += len(failed)
    recorder.seen = [(m, names) for m, names in recorder.seen if m.article_id not in failed]
    gold = read_jsonl(gold_path)
    gold_count = Counter(str(g["article_id"]) for g in gold)
    for a in items:
        if isinstance(a, Article) and a.id not in failed:
            corpus.articles[f"{name}/{a.id}"] = (name, prepare(a).lang, gold_count[a.id])
    records = [{"article_id": m.article_id, "event_type": m.event_type, "sentence": m.sentence,
                "date": m.date and m.date.isoformat(), "quantity": m.quantity} for m, _ in recorder.seen]
    true = {j for _, j in match(gold, records)}
    for j, (m, names) in enumerate(recorder.seen):
        corpus.examples.append(Example(f"{name}/{m.article_id}", name, m.lang, m.event_type, hashed(names), j in true))
    return corpus


def deal_folds(corpus: Corpus, k: int) -> dict[str, int]:
    """Each article's fold: every set's articles shuffled with SEED and dealt round robin."""
    folds = {}
    for name in sorted({s for s, _, _ in corpus.articles.values()}):
        groups = sorted(g for g, (s, _, _) in corpus.articles.items() if s == name)
        random.Random(SEED).shuffle(groups)
        folds.update({g: i % k for i, g in enumerate(groups)})
    return folds


class Design:
    """The examples as a sparse matrix over the slots they use (a compact column per used slot)."""

    def __init__(self, examples: list[Example]):
        self.slots = sorted({s for e in examples for s in e.slots})
        column = {s: i for i, s in enumerate(self.slots)}
        indptr, indices = [0], []
        for e in examples:
            indices += [column[s] for s in e.slots]
            indptr.append(len(indices))
        self.x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(examples), len(self.slots)))
        self.x.sum_duplicates()  # a feature twice (a word twice in the window) weighs twice, as when scoring
        self.y = np.array([e.label for e in examples])


def fit(design: Design, rows: np.ndarray, c: float) -> tuple[float, np.ndarray]:
    """(bias, weight per column) of a logistic regression on `rows`, rounded and pruned as the shipped file is."""
    if len(set(design.y[rows])) < 2:  # a small fold with only true (or only false) candidates: that is all it knows
        return (SURE if design.y[rows].all() else -SURE), np.zeros(len(design.slots))
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED)  # fast on few rows; seeded: reproducible
    model.fit(design.x[rows], design.y[rows])
    weights = np.round(model.coef_[0], DIGITS)
    weights[np.abs(weights) < PRUNE] = 0.0
    return round(float(model.intercept_[0]), DIGITS), weights


def probabilities(design: Design, rows: np.ndarray, bias: float, weights: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(design.x[rows] @ weights + bias, -30, 30)))


def figures(kept: list[Example], gold: int) -> dict:
    """Precision, recall and F1 of the pipeline on a part of the data: `kept` the mentions it outputs."""
    matched = sum(e.label for e in kept)
    p = matched / len(kept) if kept else 0.0
    r = matched / gold if gold else 0.0
    return {"gold": gold, "pred": len(kept), "matched": matched, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p and r else 0.0}


def _f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


def choose_thresholds(examples: list[Example], p: np.ndarray, gold: dict[str, int]) -> dict[str, float]:
    """Per language, the threshold (0: keep all) that gives the best pipeline F1 on these out-of-fold scores;
    ties go to the lower threshold, which drops less."""
    chosen = {}
    for lang, g in gold.items():
        mine = [(pi, e.label) for e, pi in zip(examples, p) if e.lang == lang]
        best = (_f1(sum(lab for _, lab in mine), len(mine), g), 0.0)
        for t in THRESHOLDS:
            kept = [lab for pi, lab in mine if pi >= t]
            f1 = _f1(sum(kept), len(kept), g)
            if f1 > best[0] + 1e-9:
                best = (f1, t)
        chosen[lang] = best[1]
    return chosen


def _gold_by_lang(corpus: Corpus, groups: set[str]) -> dict[str, int]:
    counted = Counter()
    for g in groups:
        _, lang, n = corpus.articles[g]
        counted[lang] += n
    return dict(sorted(counted.items()))


def rows_by_fold(corpus: Corpus, folds: dict[str, int], k: int) -> dict[int, np.ndarray]:
    """The examples (row numbers) of each fold."""
    return {f: np.array([i for i, e in enumerate(corpus.examples) if folds[e.group] == f], dtype=int) for f in range(k)}


def select(corpus: Corpus, design: Design, folds: dict[str, int], rows_of: dict[int, np.ndarray],
           use: list[int]) -> tuple[float, dict[str, float]]:
    """The C and per-language thresholds that the cross-validation over folds `use` chooses."""
    examples = [corpus.examples[i] for f in use for i in rows_of[f]]
    gold = _gold_by_lang(corpus, {g for g, f in folds.items() if f in use})
    best = None
    for c in C_GRID:
        p = np.concatenate([_out_of_fold(design, {f: rows_of[f] for f in use}, f, c) for f in use])
        thresholds = choose_thresholds(examples, p, gold)
        kept = [e for e, pi in zip(examples, p) if pi >= thresholds[e.lang]]
        f1 = figures(kept, sum(gold.values()))["f1"]
        if best is None or f1 > best[0]:
            best = (f1, c, thresholds)
    return best[1], best[2]


def _out_of_fold(design: Design, rows_of: dict[int, np.ndarray], test: int, c: float) -> np.ndarray:
    train = np.concatenate([r for f, r in rows_of.items() if f != test])
    return probabilities(design, rows_of[test], *fit(design, train, c))


def cross_validate(corpus: Corpus, design: Design, folds: dict[str, int], k: int) -> tuple[list[Example], dict]:
    """Nested grouped cross-validation: (the candidates the scorer keeps in the test folds, the settings per fold)."""
    rows_of, kept, settings = rows_by_fold(corpus, folds, k), [], {}
    for test in range(k):
        c, thresholds = select(corpus, design, folds, rows_of, [f for f in range(k) if f != test])
        p = _out_of_fold(design, rows_of, test, c)
        kept += [corpus.examples[i] for i, pi in zip(rows_of[test], p) if pi >= thresholds[corpus.examples[i].lang]]
        settings[test] = {"C": c, "thresholds": thresholds}
    return kept, settings


def table(corpus: Corpus, rules: list[Example], scored: list[Example]) -> dict[str, dict]:
    """Per slice (all, each language, each set): the rules' figures and the rules + scorer's."""
    slices = {"all": lambda e: True}
    for lang in sorted({lang for _, lang, _ in corpus.articles.values()}):
        slices[f"lang={lang}"] = lambda e, lang=lang: e.lang == lang
    for name in sorted({s for s, _, _ in corpus.articles.values()}):
        slices[f"set={name}"] = lambda e, name=name: e.set == name
    gold = {"all": sum(n for _, _, n in corpus.articles.values())}
    for _, lang, n in corpus.articles.values():
        gold[f"lang={lang}"] = gold.get(f"lang={lang}", 0) + n
    for name, _, n in corpus.articles.values():
        gold[f"set={name}"] = gold.get(f"set={name}", 0) + n
    return {key: {"rules": figures([e for e in rules if keep(e)], gold[key]),
                  "scorer": figures([e for e in scored if keep(e)], gold[key])} for key, keep in slices.items()}


def train(pairs: list[tuple[str, str]], k: int = FOLDS) -> tuple[dict, dict]:
    """(the model as JSON data, the cross-validated table) from (gold file, articles file) pairs."""
    corpus = Corpus()
    for gold_path, articles_path in pairs:
        collect(gold_path, articles_path, corpus)
    if k < MIN_FOLDS:
        raise errors.TimelineError(errors.TRAIN_PAIRS, folds=MIN_FOLDS)
    labels = {e.label for e in corpus.examples}
    if len(corpus.articles) < k or labels != {True, False}:
        raise errors.TimelineError(errors.TOO_LITTLE_GOLD, articles=len(corpus.articles), folds=k,
                                   candidates=len(corpus.examples), true=sum(e.label for e in corpus.examples))
    design, folds = Design(corpus.examples), deal_folds(corpus, k)
    scored, per_fold = cross_validate(corpus, design, folds, k)
    cv = table(corpus, corpus.examples, scored)
    c, thresholds = select(corpus, design, folds, rows_by_fold(corpus, folds, k), list(range(k)))
    for lang in thresholds:  # keep the scorer only where the cross-validated F1 rose by at least MIN_GAIN
        if cv[f"lang={lang}"]["scorer"]["f1"] < cv[f"lang={lang}"]["rules"]["f1"] + MIN_GAIN:
            thresholds[lang] = 0.0
    bias, weights = fit(design, np.arange(len(corpus.examples)), c)
    model = {
        "format": "timeline mention scorer", "features": FEATURES, "hash_bits": HASH_BITS, "bias": bias,
        "thresholds": thresholds,
        "training": {"data": [[Path(g).name, Path(a).name] for g, a in pairs], "articles": len(corpus.articles),
                     "unreadable": corpus.unreadable, "candidates": len(corpus.examples), "positives": int(design.y.sum()), "folds": k, "seed": SEED,
                     "C": c, "scikit_learn": sklearn_version, "trained": date.today().isoformat(),
                     "cross_validated": cv, "per_fold": per_fold},
        "weights": {str(design.slots[i]): float(w) for i, w in enumerate(weights) if w},
    }
    return model, cv


def format_table(cv: dict[str, dict]) -> str:
    """The cross-validated figures as a plain-text table."""
    head = f"{'slice':<14}{'gold':>6}  {'rules P':>8}{'R':>7}{'F1':>7}  {'+scorer P':>10}{'R':>7}{'F1':>7}{'ΔF1':>8}"
    lines = [head]
    for key, row in cv.items():
        r, s = row["rules"], row["scorer"]
        lines.append(f"{key:<14}{r['gold']:>6}  {r['precision']:>8.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}  "
                     f"{s['precision']:>10.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['f1'] - r['f1']:>+8.3f}")
    return "\n".join(lines)
