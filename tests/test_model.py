"""One model of an event: every field declared once, with what the table and the docs need."""
from dataclasses import fields
from datetime import date

from support import mention

from timeline.model import KINDS, Mention, TimeExpression, mention_id


def test_every_field_declares_a_kind_and_a_meaning():
    for f in fields(Mention):
        assert f.metadata["kind"] in KINDS and len(f.metadata["meaning"]) > 5, f.name
        assert bool(f.metadata["categories"]) == (f.metadata["kind"] == "category"), f.name


def test_mention_ids_are_stable_and_distinct():
    assert mention_id("a", 0, "withdrawal", "x") == mention_id("a", 0, "withdrawal", "x")
    assert len({mention_id("a", 0, "withdrawal", "x"), mention_id("a", 0, "announcement", "x"),
                mention_id("a", 1, "withdrawal", "x"), mention_id("b", 0, "withdrawal", "x")}) == 4


def test_a_row_without_id_is_keyed_by_its_trigger_or_else_its_sentence():
    assert mention(article_id="a", event_type="meeting", sentence="S", sentence_start=3, trigger="met").mention_id == \
        mention_id("a", 3, "meeting", "met")
    assert mention(article_id="a", event_type="meeting", sentence="S").mention_id == mention_id("a", 0, "meeting", "S")


def test_extraction_ids_follow_the_one_formula_and_are_distinct(dev, train):
    for corpus in (dev, train):
        ids = [m.mention_id for m in corpus.mentions]
        assert len(ids) == len(set(ids))
        for m in corpus.mentions:
            assert m.mention_id in {mention_id(m.article_id, m.sentence_start, m.event_type, m.trigger + rank)
                                    for rank in ("", "#2", "#3")}


def test_a_week_starts_on_its_monday_though_its_day_is_the_first_of_its_month():
    week = TimeExpression(0, 9, "next week", "DATE", "2020-W49", "month")
    assert (week.day, week.first_day) == (date(2020, 11, 1), date(2020, 11, 30))
    day = TimeExpression(0, 6, "Monday", "DATE", "2020-11-30", "day")
    assert day.first_day == day.day == date(2020, 11, 30)
