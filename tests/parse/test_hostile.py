"""No input can hang the parser: long adversarial strings, the patterns that backtracked, and the time limit.

Times are CPU seconds of this process (time.process_time), so that other work on the machine does not make a
test fail; the bounds are many times what the code takes, and far below what the old code took.
"""
import json
import multiprocessing
import threading
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import errors
from timeline.errors import TimelineError
from timeline.model import Article, TimeExpression
from timeline.parse import mentions, watch
from timeline.parse.dates import find_time_expressions
from timeline.parse.extract import CLAUSE_WORDS, _CLAUSE_BREAK, _words_apart
from timeline.parse.lexicon import LEXICON_DIR
from timeline.parse.numbers import MAX_TROOPS, find_troop_numbers
from timeline.parse.text import MAX_SENTENCE_CHARS, split_sentences

DAY = date(2020, 3, 1)
# sentences written for these tests: every kind of word the rules look at, with no punctuation between them
UNPUNCTUATED = {
    "en": "the defence minister announced that three hundred soldiers withdrew from the base near the border on "
          "tuesday and the delegations met in the capital yesterday to sign an agreement on the deployment of "
          "forces by next month said general miller ",
    "ar": "أعلن وزير الدفاع أن ثلاثمئة جندي انسحبوا من القاعدة قرب الحدود يوم الثلاثاء والتقى الوفدان في العاصمة "
          "أمس لتوقيع اتفاق حول نشر القوات بحلول الشهر المقبل وقال اللواء ميللر ",
}


def cpu(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def within(seconds: float, fn, *args):
    """fn(*args) in a child process, failing the test if it takes longer than `seconds`: a pattern that
    backtracks catastrophically would otherwise hang the suite rather than fail it."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=lambda: results.put(fn(*args)))
    child.start()
    child.join(seconds)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"{fn.__name__} took more than {seconds} s")
    return results.get(timeout=5)


def parse_line(text: str, lang: str) -> list:
    return mentions(Article("x", text, date=DAY, lang=lang))


def line_of(lang: str, chars: int) -> str:
    unit = UNPUNCTUATED[lang]
    return (unit * (chars // len(unit) + 1))[:chars]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_line_without_punctuation_parses_in_linear_time(lang):
    parse_line(line_of(lang, 5_000), lang)  # lexicons and patterns loaded
    short, long = cpu(parse_line, line_of(lang, 25_000), lang), cpu(parse_line, line_of(lang, 100_000), lang)
    # four times the text: linear is 4x; the old code was cubic here (50 KB 1.5 s, 100 KB 6.2 s, 200 KB 39 s)
    assert long < 7 * short + 0.5, (short, long)
    assert long < 20, long


def test_a_sentence_is_never_longer_than_the_cap():
    text = "word " * 5_000 + "x" * 7_000 + "   tail"
    spans = split_sentences(text)
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    assert split_sentences("Short one. Another one.") == [(0, 10), (11, 23)]  # real sentences as before


@pytest.mark.parametrize("lang, word", [("en", "hundred"), ("en", "thousand"), ("en", "million"), ("ar", "مئة"),
                                        ("ar", "الف"), ("ar", "مليون")])
def test_number_words_repeated_do_not_backtrack_exponentially(lang, word):
    """'hundred' is a number word and a multiplier: each repeated word could be read two ways, and a failed
    match tried every combination (20 words took 3 s, 22 took 11 s, 60 would take centuries)."""
    run = " ".join([word] * 60)
    sentence = {"en": f"The army withdrew {run} of them.", "ar": f"انسحب الجيش {run} منهم."}[lang]
    assert within(30, lambda: (cpu(find_troop_numbers, run + " and the", lang), cpu(parse_line, sentence, lang))) < (1, 2)


def lexicon_words(lang: str) -> list[str]:
    """Every listed word and key of a lexicon, and the plain alternatives of its patterns."""
    lex = json.loads((LEXICON_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            found.update(w for w in value.split("|") if w.replace(" ", "").isalpha() and len(w) < 30)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                if k != "_doc":
                    walk(k)
                    walk(v)
    walk(lex)
    return sorted(found)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_any_lexicon_word_repeated_parses_quickly(lang):
    """Each word the rules know, forty times over in one sentence with an event: where two patterns, or two
    readings of one, can take the same word, a regex that backtracks catastrophically shows up here."""
    prefix = {"en": "The army withdrew 3,000 troops from Iraq on Tuesday and", "ar": "أعلن الجيش انسحاب 3000 جندي من العراق يوم الثلاثاء و"}[lang]
    words = lexicon_words(lang)
    assert len(words) > 300

    def slow_ones() -> list:
        slow = []
        for word in words:
            for joint in (" ", {"en": " and ", "ar": " و"}[lang]):
                took = cpu(parse_line, f"{prefix} {joint.join([word] * 40)} qqq", lang)
                if took > 0.5:
                    slow.append((word, joint, round(took, 2)))
        return slow
    assert within(120, slow_ones) == []


def test_dense_dates_in_a_long_text_are_found_in_linear_time():
    """The overlap test of found expressions and "the following year" each went over all earlier ones."""
    unit = "5 January 2020 and the following year "
    find_time_expressions(unit * 100, "en", None)
    short = cpu(find_time_expressions, unit * 5_000, "en", None)
    long = cpu(find_time_expressions, unit * 20_000, "en", None)
    assert long < 7 * short + 0.5, (short, long)


def old_words_apart(text, t, start, end):
    gap = text[t.end:start] if t.end <= start else text[end:t.start] if t.start >= end else ""
    return len(gap.split()) + CLAUSE_WORDS * len(_CLAUSE_BREAK.findall(gap))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,،;.\n\t\u00a0\u2028\u200b")), max_size=40), st.data())
def test_words_apart_on_an_index_counts_as_splitting_the_gap(text, data):
    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    c = data.draw(st.integers(0, n))
    d = data.draw(st.integers(c, n))
    t = TimeExpression(a, b, text[a:b], "DATE", "2020", "year")
    assert _words_apart(text, t, c, d) == old_words_apart(text, t, c, d)


def test_a_number_too_large_for_troops_is_empty_with_a_warning():
    with watch.watching() as seen:
        found = find_troop_numbers("withdrew 123456789012345678901234567890 troops", "en")
        huge = find_troop_numbers("withdrew " + "9" * 400 + " troops", "en")  # a float would be infinite
        fine = find_troop_numbers("withdrew 3,200 troops", "en")
    assert found.quantity is None and huge.quantity is None and fine.quantity == 3200
    assert len(seen.warnings) == 2 and all(w.startswith("E305 ") for w in seen.warnings)
    assert f"{MAX_TROOPS:,}" in seen.warnings[0]
    assert find_troop_numbers("withdrew 123456789012345678901234567890 troops", "en").quantity is None  # no watch


def test_the_time_limit_stops_a_parse_between_sentences():
    text = line_of("en", 400_000)
    with watch.watching(0.2, "TIMELINE_PARSE_SECONDS"):
        start = time.monotonic()
        with pytest.raises(TimelineError) as failed:
            parse_line(text, "en")
    assert failed.value.code == errors.OVER_BUDGET.code and "TIMELINE_PARSE_SECONDS" in str(failed.value)
    assert time.monotonic() - start < 5


def test_each_thread_has_its_own_watch():
    """The app parses in Streamlit's script threads and Dask in worker threads: one thread's limit is not another's."""
    outcomes = {}

    def parse(name: str, seconds: float | None) -> None:
        with watch.watching(seconds):
            try:
                parse_line(line_of("en", 200_000), "en")
                outcomes[name] = "done"
            except TimelineError as exc:
                outcomes[name] = exc.code

    threads = [threading.Thread(target=parse, args=("limited", 0.05)), threading.Thread(target=parse, args=("free", None))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes == {"limited": "E402", "free": "done"}
    watch.check()  # outside any watch: never raises


@pytest.mark.parametrize("published", [date.min, date.max, date(1, 1, 2), date(9999, 12, 30)])
def test_dates_at_the_ends_of_the_calendar_are_no_exception(published):
    text = ("The army withdrew its troops yesterday and will withdraw more tomorrow, next week and the following "
            "year, for five days, by 31 December 9999. Talks were held on 1 January 1.")
    for m in parse_line(text, "en") + mentions(Article("x", text, date=published)):
        for day in (m.date, m.end_date, m.target_date):
            assert day is None or date.min <= day <= date.max
