"""Which candidates are true: EVENTS.md's matching rule (invented rows), the same pairs as the project's scorer."""
from support import read_jsonl, shared_file

from timeline.io.formats import to_record
from timeline.learn.labels import MAX_SENTENCE, fold, match


def pred(sentence, event_type="meeting", article_id="a", date=None, quantity=None):
    return {"article_id": article_id, "event_type": event_type, "sentence": sentence, "date": date, "quantity": quantity}


def gold(evidence, event_type="meeting", article_id="a", date=None, quantity=None):
    return {"article_id": article_id, "event_type": event_type, "evidence": evidence, "date": date, "quantity": quantity}


def test_a_prediction_matches_where_article_and_type_agree_and_its_sentence_holds_the_evidence():
    rows = [pred("The ministers met in Cairo."), pred("The ministers met in Cairo.", "agreement"),
            pred("The ministers met in Cairo.", article_id="b")]
    assert match([gold("met in  Cairo")], rows) == [(0, 0)]


def test_folding_ignores_arabic_marks_tatweel_digits_quotes_and_case():
    assert fold("اجتمـاعٌ  «الوفدين» في ٢٠٢٠") == fold('اجتماع "الوفدين" في 2020')
    assert match([gold("وصلَ الوفدُ")], [pred("وصل الوفد إلى عمان.")]) == [(0, 0)]


def test_matching_is_one_to_one_and_prefers_the_gold_date_then_the_quantity():
    rows = [pred("They met twice.", date="2020-01-01"), pred("They met twice.", date="2020-01-02")]
    assert match([gold("met twice", date="2020-01-02"), gold("met twice")], rows) == [(0, 1), (1, 0)]
    assert match([gold("met"), gold("met")], [pred("They met.")]) == [(0, 0)]


def test_a_paragraph_long_sentence_never_matches():
    assert match([gold("met")], [pred("They met. " + "x" * MAX_SENTENCE)]) == []


def test_the_pairs_are_the_project_scorers_on_the_dev_corpus(dev):
    from test_quality import load_scorer

    gold_rows = read_jsonl(shared_file("corpus", "dev.gold.jsonl"))
    rows = [to_record(m) for m in dev.mentions]
    assert match(gold_rows, rows) == load_scorer("score").match(gold_rows, rows)
