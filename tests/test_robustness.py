"""Any text, however odd, parses without an exception and with offsets that point at what they say."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.parse.dates import find_time_expressions
from timeline.parse.extract import extract
from timeline.model import Article

WORDS = ["أعلنت", "الوزارة", "انسحاب", "القوات", "من", "العراق", "اليوم", "أمس", "الثلاثاء", "١٧", "تشرين", "الثاني",
         "2020", "هـ", "شوال", "خفض", "إلى", "2500", "جندي", "،", ".", "؟", "\n", "اتفاق", "بين", "اجتماع", "غدًا",
         "The", "army", "withdrew", "troops", "from", "3,200", "to", "on", "Tuesday", "Jan.", "15", "U.S.", "said",
         "will", "talks", "agreement", "signed", "by", "next", "month", "(", ")", '"', "ـ", "\u064b", "٫", "%"]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["ar", "en"]), st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_extract_never_fails_and_offsets_hold(text, lang, published):
    result = extract(Article("x", text, date=published, lang=lang))
    for m in result.mentions:
        assert text[m.sentence_start:m.sentence_end] == m.sentence
        assert m.trigger and m.trigger in m.sentence
        assert m.date_precision in ("day", "month", "year", "none")
        assert (m.date is None) == (m.date_precision == "none")


@settings(max_examples=150, deadline=None)
@given(texts, st.sampled_from(["ar", "en"]), st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
def test_time_expressions_point_at_their_text(text, lang, reference):
    for t in find_time_expressions(text, lang, reference):
        assert text[t.start:t.end] == t.text and t.text.strip() == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".txt", ".jsonl", ".html"]))
def test_any_bytes_give_articles_or_errors(raw, suffix):
    from timeline.model import ArticleError
    from timeline.io.readers import read_bytes

    items = list(read_bytes(raw, "f" + suffix, suffix))
    assert items and all(isinstance(i, (Article, ArticleError)) for i in items)
    assert all(i.reason for i in items if isinstance(i, ArticleError))


# ---- any Unicode text, any publication date (issue 14) ------------------------------------------------------

from timeline.parse import mentions, time_expressions  # noqa: E402

any_text = st.text() | st.lists(st.sampled_from(WORDS) | st.text(), max_size=40).map(" ".join)
any_day = st.none() | st.dates()  # from year 1 to 9999


def assert_real_calendar_dates(row) -> None:
    for name in ("date", "end_date", "target_date"):
        value = getattr(row, name)
        assert value is None or type(value) is date, (name, value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from(["ar", "en", ""]), any_day)
def test_any_text_and_any_date_parse_without_an_exception(text, lang, published):
    article = Article("x", text, date=published, lang=lang)
    for m in mentions(article):
        assert m.sentence and m.sentence in text and text[m.sentence_start:m.sentence_end] == m.sentence
        assert_real_calendar_dates(m)
        assert m.quantity is None or 0 < m.quantity <= 10_000_000
    for t in time_expressions(article):
        assert text[t.start:t.end] == t.text
        assert t.day is None or type(t.day) is date
        if t.precision == "day" and t.type == "DATE":
            assert date.fromisoformat(t.value[:10]) == t.day


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaned_text_holds_no_invisible_characters_and_cleans_to_itself(text):
    from timeline.io.readers import _INVISIBLE, clean_text

    cleaned = clean_text(text)
    assert not _INVISIBLE.search(cleaned) and "\r" not in cleaned
    assert clean_text(cleaned) == cleaned
