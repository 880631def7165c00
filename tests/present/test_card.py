import pandas as pd
import pytest

from support import events_frame as frame
from timeline.present.card import date_label, evidence_html, period_end, story_card_html

ROWS = frame({"event_type": "announcement", "date": "2020-11-17", "lang": "ar", "sentence": "أعلن الوزير <خفض> القوات",
              "title": "**عنوان**", "url": "https://example.org/a", "quantity": 700, "troops_from": 3200, "troops_to": 2500,
              "actor_name": "Christopher Miller", "place": "Iraq", "date_reference": "latest date in text"},
             {"event_type": "withdrawal", "date": "2015-03-01", "date_precision": "month", "lang": "en", "sentence": "x",
              "date_reference": "published"})


@pytest.mark.parametrize("value, precision, label", [("2020-11-17", "day", "17 Nov 2020"),
                                                     ("2015-03-01", "month", "March 2015 (month)"),
                                                     ("2015-01-01", "year", "2015 (year)"), (None, "none", "undated")])
def test_a_date_is_shown_as_precisely_as_it_is_known(value, precision, label):
    assert date_label(pd.Timestamp(value) if value else None, precision) == label


def test_period_ends():
    assert period_end(pd.Timestamp("2015-12-01"), "month").isoformat() == "2016-01-01"
    assert period_end(pd.Timestamp("2015-01-01"), "year").isoformat() == "2016-01-01"


def test_the_evidence_card_is_escaped_right_to_left_for_arabic_and_marks_a_guessed_date():
    card = evidence_html(ROWS.iloc[0])
    assert 'dir="rtl"' in card and "&lt;خفض&gt;" in card and "https://example.org/a" in card
    assert "date uncertain" in card and "700 troops · from 3,200 to 2,500" in card
    assert 'dir="ltr"' in evidence_html(ROWS.iloc[1]) and "March 2015 (month)" in evidence_html(ROWS.iloc[1])
    assert "date uncertain" not in evidence_html(ROWS.iloc[1])


def test_the_story_card_holds_date_type_actor_numbers_evidence_and_source():
    card = story_card_html(ROWS.iloc[0], 3, 24)
    for part in ("17 Nov 2020", "announcement", "Christopher Miller · Iraq", "from 3,200 to 2,500", "3 / 24",
                 'class="story-evidence" dir="rtl"', "**عنوان**"):
        assert part in card


def test_the_card_of_an_imported_event_says_where_it_comes_from():
    acled = frame({"event_type": "agreement", "date": "2020-02-29", "lang": "en", "sentence": "Deal signed.",
                   "origin": "acled"})
    assert "imported from ACLED" in evidence_html(acled.iloc[0])
    assert "imported" not in evidence_html(ROWS.iloc[0])  # a parsed event
