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

