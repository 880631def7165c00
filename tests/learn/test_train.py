"""Training the mention scorer: folds by article, the table, the model file; on ../shared, the shipped model again."""
import json

import pytest
from support import ROOT

from timeline.cli import main
from timeline.parse.scorer import SHIPPED_MODEL, MentionScorer

pytest.importorskip("sklearn", reason="training needs scikit-learn (requirements-dev.txt)")
from timeline.learn.train import Corpus, Design, Example, cross_validate, deal_folds, train  # noqa: E402

REPRODUCE = 0.005  # retraining on the same gold gives the shipped model's cross-validated F1 within this
RETRAIN = ("the shipped model no longer fits the rules' candidates (or its features): retrain it with "
           "`python -m timeline train ../shared/corpus/dev.gold.jsonl ../shared/corpus/dev.jsonl "
           "../shared/corpus/train.gold.jsonl ../shared/corpus/train.jsonl --output timeline/parse/models/mention_scorer.json`")
TRUE = "The Egyptian and Jordanian foreign ministers met in {} on Monday."  # sentences the rules take for meetings; gold says only this one is
FALSE = "The Egyptian singer met her fans in {} on Monday."
CITIES = ("Cairo", "Amman", "Rabat", "Tunis", "Beirut", "Doha", "Muscat", "Riyadh")


def invented_set(tmp_path, name="mine"):
    """Eight invented articles of a true and a false meeting each, and their gold: (gold file, articles file)."""
    articles, gold = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.gold.jsonl"
    rows = [{"id": f"{name}{i}", "date": "2020-05-10", "lang": "en", "text": f"{TRUE.format(city)} {FALSE.format(city)}"}
            for i, city in enumerate(CITIES)]
    articles.write_text("".join(json.dumps(r) + "\n" for r in rows))
    gold.write_text("".join(json.dumps({"article_id": r["id"], "event_type": "meeting", "evidence": "ministers met"}) + "\n"
                            for r in rows))
    return str(gold), str(articles)


def test_articles_are_dealt_into_folds_whole_and_every_set_across_all_folds():
    corpus = Corpus(articles={f"{s}/{i}": (s, "en", 1) for s in ("dev", "train") for i in range(10)})
    folds = deal_folds(corpus, 5)
    assert set(folds) == set(corpus.articles) and folds == deal_folds(corpus, 5)
    for s in ("dev", "train"):
        assert sorted(f for g, f in folds.items() if g.startswith(s)) == sorted(list(range(5)) * 2)


def test_no_article_is_in_the_training_and_the_test_part_of_a_fold(monkeypatch):
    import timeline.learn.train as training

    corpus = Corpus(articles={f"s/{i}": ("s", "en", 1) for i in range(6)})
    corpus.examples = [Example(f"s/{i}", "s", "en", "meeting", [i % 3, 7 + i % 2], i % 2 == 0) for i in range(6) for _ in (0, 1)]
    folds, fitted = deal_folds(corpus, 3), []
    real_fit = training.fit
    monkeypatch.setattr(training, "fit", lambda design, rows, c: fitted.append(rows) or real_fit(design, rows, c))
    cross_validate(corpus, Design(corpus.examples), folds, 3)
    assert fitted
    for rows in fitted:  # every fit saw whole articles only, and never every fold
        groups = {corpus.examples[i].group for i in rows}
        assert sorted(rows) == [i for i, e in enumerate(corpus.examples) if e.group in groups]
        assert {folds[g] for g in groups} != set(range(3))


def test_training_on_invented_articles_learns_which_meetings_are_true(tmp_path):
    model, cv = train([invented_set(tmp_path)], k=3)
    assert set(cv) == {"all", "lang=en", "set=mine"}
    assert cv["all"]["rules"] == {"gold": 8, "pred": 16, "matched": 8, "precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert cv["all"]["scorer"]["f1"] == 1.0  # the singer's meetings go, the ministers' stay
    scorer = MentionScorer(model)
    assert scorer.active and model["training"]["articles"] == 8


def test_timeline_train_prints_the_table_and_writes_a_model_extract_reads(tmp_path, capsys):
    gold, articles = invented_set(tmp_path)
    model, events = tmp_path / "model.json", tmp_path / "events.jsonl"
    assert main(["train", gold, articles, "--output", str(model), "--folds", "3"]) == 0
    assert "+scorer" in capsys.readouterr().out
    assert main(["extract", articles, "--model", str(model), "--output", str(events)]) == 0
    assert {json.loads(line)["sentence"].split()[2] for line in events.read_text().splitlines()} == {"and"}  # ministers
    assert main(["extract", articles, "--model", "none", "--output", str(events)]) == 0
    assert len(events.read_text().splitlines()) == 16


def test_timeline_train_reports_bad_usage_and_too_little_gold(tmp_path, capsys):
    gold, articles = invented_set(tmp_path)
    assert main(["train", gold]) == 2 and "pairs of files" in capsys.readouterr().err
    assert main(["train", gold, articles, "--folds", "20"]) == 1
    assert "too little to train on" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{}")
    assert main(["extract", articles, "--model", str(tmp_path / "bad.json")]) == 2
    assert "not a mention scorer model" in capsys.readouterr().err


def test_training_on_the_shipped_gold_reproduces_the_shipped_model(trained):
    """CI retrains on ../shared (skipped where it is absent) and must find the figures the shipped model was kept for."""
    model, cv = trained
    shipped = json.loads((ROOT / "timeline" / "parse" / SHIPPED_MODEL).read_text(encoding="utf-8"))
    for key, row in shipped["training"]["cross_validated"].items():
        for side in ("rules", "scorer"):
            assert abs(cv[key][side]["f1"] - row[side]["f1"]) <= REPRODUCE, (key, side, cv[key][side]["f1"], RETRAIN)
    assert all(abs(model["thresholds"][k] - t) <= 0.05 for k, t in shipped["thresholds"].items()), RETRAIN
