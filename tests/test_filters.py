from datetime import date

from timeline.filters import EventFilter, filter_events
from support import frame

FRAME = frame(*[
    {"article_id": "a", "event_type": "withdrawal", "date": "2020-11-17", "actor": "US forces", "location": "Iraq",
     "lang": "en", "sentence": "US forces withdrew from Iraq", "sentence_start": 0},
    {"article_id": "b", "event_type": "meeting", "date": "2015-07-25", "actor": "الجبير", "location": "موسكو",
     "lang": "ar", "sentence": "الجبير يناقش في موسكو", "sentence_start": 0},
    {"article_id": "c", "event_type": "agreement", "date": None, "lang": "en", "sentence": "They agreed.", "sentence_start": 0},
])


def ids(spec):
    return list(filter_events(FRAME, spec)["article_id"])


def test_filters():
    assert ids(EventFilter()) == ["a", "b", "c"]
    assert ids(EventFilter(start=date(2016, 1, 1))) == ["a"]
    assert ids(EventFilter(event_types=["meeting", "agreement"])) == ["b", "c"]
    assert ids(EventFilter(places=["Iraq"])) == ["a"]
    assert ids(EventFilter(langs=["ar"])) == ["b"]


def test_search_is_folded_and_needs_every_word():
    assert ids(EventFilter(search="withdrew IRAQ")) == ["a"]
    assert ids(EventFilter(search="موسكو الجبير")) == ["b"]
    assert ids(EventFilter(search="withdrew moscow")) == []



def test_search_finds_a_place_or_an_actor_by_any_of_its_names_in_either_language():
    assert ids(EventFilter(search="العراق")) == ids(EventFilter(search="iraq")) == ["a"]
    assert ids(EventFilter(search="Moscow")) == ["b"]  # موسكو in an Arabic sentence
    assert ids(EventFilter(search="us")) == ["a"]  # a short name is looked for as typed, not as its other names


def test_search_terms_alternatives_are_the_same_in_sql_rows_and_frames():
    from timeline.filters import search_terms

    assert search_terms("العراق")[0][0] == "العراق" and "iraq" in search_terms("العراق")[0]
    where, params = EventFilter(search="العراق troops").where()
    assert where.count("contains(") == len(params) == len(search_terms("العراق")[0]) + 1
