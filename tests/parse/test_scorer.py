"""The learned decision: features of a candidate mention, the scorer, and the hook in extract (invented sentences)."""
import pickle
import re
from dataclasses import replace
from datetime import date

import pytest

from timeline.model import Article
from timeline.parse import parse
from timeline.parse.extract import extract
from timeline.parse.lexicon import clitic_letters, load_lexicon
from timeline.parse.text import fold
from timeline.parse.matching import PatternSet, alternatives, anchors
from timeline.parse.scorer import (_CUE_TEMPLATE, CUES, FEATURES, HASH_BITS, MentionScorer, features, hashed,
                                   read_sentence, shipped_scorer)


def candidates_of(text, lang="en"):
    """Every (candidates, folded sentence, language) the rules hand the judge for `text`."""
    seen = []

    def record(candidates, folded, lang):
        seen.append((candidates, folded, lang))
        return [m for _, m in candidates]

    extract(Article(id="a", text=text, date=date(2020, 11, 17), lang=lang), record)
    return seen


def features_of(text, event_type, lang="en"):
    (candidates, folded, lang), *_ = candidates_of(text, lang)
    index = next(i for i, (_, m) in enumerate(candidates) if m.event_type == event_type)
    return set(features(candidates, index, read_sentence(folded, lang)))


def scorer(weights: dict[str, float], thresholds: dict[str, float], bias: float = 0.0) -> MentionScorer:
    """A model made by hand: a weight for each named feature."""
    slots = {str(hashed([name])[0]): w for name, w in weights.items()}
    return MentionScorer({"features": FEATURES, "hash_bits": HASH_BITS, "bias": bias, "weights": slots,
                          "thresholds": thresholds})


def test_features_hold_the_rules_cues_the_words_around_and_the_language():
    found = features_of("The ministry announced on Monday that it will not keep the troops in the base.", "announcement")
    assert {"type=announcement", "en|type=announcement", "strength=strong", "status=completed", "date=own"} <= found
    assert {"negation@after", "official@before", "announcement|negation@after", "with=none"} <= found
    assert {"L1=ministry", "R1=on", "w=monday", "c=<an", "c=ced>"} <= found
    assert not any(f.startswith(("ar|", "c=<ke")) for f in found)  # English only; the trigger's n-grams, not others'


def test_features_of_an_arabic_mention_see_its_clitics_and_its_neighbours():
    found = features_of("وأعلن وزير الدفاع اليوم انسحاب القوات من المدينة.", "withdrawal", "ar")
    assert {"ar|type=withdrawal", "with=announcement", "L1=اليوم", "R1=القوات", "c=<ان", "force_cue@after"} <= found


def test_hashing_is_fixed_across_runs_and_machines():
    assert hashed(["type=meeting", "w=talks"]) == [665866, 480111]  # CRC-32: a change here invalidates every model
    assert all(0 <= s < 2 ** HASH_BITS for s in hashed(["x", "ي"]))


def test_the_scorer_drops_the_candidates_it_scores_below_the_threshold():
    text = "The minister visited Cairo on Monday. The two sides signed an agreement on Tuesday."
    judge = scorer({"trigger=visited": -10.0}, {"en": 0.5}, bias=1.0)
    kept = extract(Article(id="a", text=text, date=date(2020, 11, 17), lang="en"), judge).mentions
    assert [m.event_type for m in kept] == ["agreement"]
    assert [m.event_type for m in extract(Article(id="a", text=text, date=date(2020, 11, 17))).mentions] == ["meeting", "agreement"]


def test_a_language_with_threshold_zero_keeps_every_mention():
    judge = scorer({"trigger=visited": -10.0}, {"en": 0.0, "ar": 0.5})
    article = Article(id="a", text="The minister visited Cairo on Monday.", date=date(2020, 11, 17), lang="en")
    assert len(parse(article, judge).mentions) == 1
    assert judge.active and not scorer({}, {"en": 0.0}).active


def test_a_dropped_announcement_leaves_no_link_and_its_actor_still_passes_on():
    text = "Defense Secretary Miller announced on Tuesday cutting troops in Iraq from 3200 to 2500."
    judge = scorer({"type=announcement": -10.0}, {"en": 0.5}, bias=1.0)
    (kept,) = extract(Article(id="a", text=text, date=date(2020, 11, 17), lang="en"), judge).mentions
    assert kept.event_type == "withdrawal" and kept.announced_by is None and "Miller" in kept.actor


def test_a_dropped_mention_still_dates_the_mentions_after_it():
    """The scorer only removes rows: every date stays what the rules made it."""
    text = ("The Egyptian and Jordanian foreign ministers met in Cairo on 3 May 2020. The meeting of the two ministers "
            "discussed the border.")
    article = Article(id="a", text=text, date=date(2020, 5, 10), lang="en")
    judge = scorer({"date=own": -10.0}, {"en": 0.5}, bias=1.0)
    rules = {m.sentence_start: m.date for m in extract(article).mentions}
    kept = extract(article, judge).mentions
    assert len(rules) == 2 and [(m.sentence_start, m.date) for m in kept] == [(text.index("The meeting"), date(2020, 5, 3))]


def test_a_model_of_other_features_is_refused():
    with pytest.raises(ValueError, match="retrain"):
        MentionScorer({"features": FEATURES + 1, "hash_bits": HASH_BITS, "bias": 0, "weights": {}, "thresholds": {}})


def test_the_shipped_model_loads_once_and_judges_by_default():
    shipped = shipped_scorer()
    assert shipped is None or (shipped is shipped_scorer() and shipped.active)
    article = Article(id="a", text="The minister visited Cairo on Monday.", date=date(2020, 11, 17), lang="en")
    named = parse(article, None).mentions  # the rules alone, then the actors named
    assert [replace(m, actor_name=None) for m in named] == extract(article).mentions


@pytest.mark.parametrize("text, lang", [
    ("Officials said they may not pull out the troops if the talks fail, according to the minister.", "en"),
    ("وقال المسؤولون إنهم لن يسحبوا القوات إذا لم تنجح المحادثات، من أجل السلام، بحسب الوزير.", "ar")])
def test_cue_words_read_word_by_word_are_those_one_pass_over_the_sentence_finds(text, lang):
    """Most cue patterns match whole words: read once per word, they give what one pass over the sentence gives."""
    folded = fold(text).text
    template, anchored, short = _CUE_TEMPLATE[lang], [], {}
    for name in CUES:
        for words in alternatives(load_lexicon(lang).get(name) or ""):
            if anchors(words) is None:
                short.setdefault(name, []).append(words)
            else:
                anchored.append((name, words, re.compile(template.replace("<words>", words))))
    one_pass = {(name, m.start()) for name, m in PatternSet(anchored, clitic_letters(lang)).finditer(folded)}
    groups = "|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in short.items())
    one_pass |= {(m.lastgroup, m.start()) for m in re.finditer(template.replace("<words>", groups), folded)}
    assert set(read_sentence(folded, lang).cues) == one_pass and len(one_pass) > 3


def test_the_judge_scores_from_remembered_weights_exactly_as_from_the_features_and_travels_without_them():
    judge = scorer({"type=meeting": 0.7, "en|trigger=visited": -0.3, "c=<vi": 0.11, "w=cairo": -0.2}, {"en": 0.5})
    (candidates, folded, lang), *_ = candidates_of("The minister visited Cairo on Monday for talks.")
    view = read_sentence(folded, lang)
    for i in range(len(candidates)):
        assert judge._probability_of(candidates, i, view) == judge.probability(features(candidates, i, view))
    copy = pickle.loads(pickle.dumps(judge))
    assert not copy.known and copy.probability(features(candidates, 0, view)) == judge.probability(features(candidates, 0, view))


def test_a_judge_scores_each_row_of_a_sentence_that_states_two_events():
    text = "The foreign minister is due to visit Kabul on Friday and Baghdad on Sunday. The army withdrew its troops from the border."
    article = Article(id="a", text=text, date=date(2021, 3, 2), lang="en")
    keep_all, drop_visits = scorer({}, {"en": 0.5}, bias=1.0), scorer({"trigger=visit": -10.0}, {"en": 0.5}, bias=1.0)
    assert [(m.event_type, m.location) for m in extract(article, keep_all).mentions] == [
        ("meeting", "Kabul"), ("meeting", "Baghdad"), ("withdrawal", None)]
    assert [m.event_type for m in extract(article, drop_visits).mentions] == ["withdrawal"]
