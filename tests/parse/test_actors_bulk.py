"""No actor_name in the bulk articles (any topic, no gold) is a pronoun, a particle, a verb or a bare noun; no
Arabic one is cut short: it ends on no title after a name, no name link, no ل or باسم that wait for their body, nor
is it a title alone ("الوزير", "المتحدث الرسمي"); no English one is a post or a field alone ("foreign minister",
"Interior") or ends with its sentence's full stop."""
import functools
import re

import pytest
from support import shared_file

from timeline.engine.local import Collector, run
from timeline.io.readers import read_inputs
from timeline.parse.lexicon import load_lexicon
from timeline.parse.roles import BODY_LINKS
from timeline.parse.text import fold_text, is_abbreviation


def fragment_words(lang):
    """Words no entity's name is made of alone: the lexicon's pronouns, particles (and Arabic imperfect verbs,
    which actor_stop holds) and bare nouns."""
    lex = load_lexicon(lang)
    stop = lex["actor_stop"] if lang == "ar" else "|".join(map(re.escape, lex["not_names"]))
    return re.compile(rf"(?:[وف]?(?:{stop}|{lex['bare_actor_nouns']}|{'|'.join(lex['actor_pronouns'])}))$", re.IGNORECASE)


@functools.cache
def bulk_actor_names(lang):
    """The actor_names of one language's bulk file, parsed once for all the tests here."""
    collected = Collector()
    run(read_inputs([shared_file("corpus", "bulk", f"{lang}_bulk.jsonl")]), [collected])
    return {m.actor_name for m in collected.rows if m.actor_name}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_actor_name_in_the_bulk_output_is_a_fragment(lang):
    fragment = fragment_words(lang)
    names = bulk_actor_names(lang)
    assert names
    bad = sorted(n for n in names if all(fragment.match(fold_text(w)) for w in n.split()))
    assert not bad, bad


def cut_short(name, lex):
    """Whether an Arabic name ends where it still waits for a word: on a title after a name ("أحمد سيف قائد", two
    entities fused), a name link ("عبد", "ولد") or ل, لـ, باسم before the body of a post ("الأمين العام لـ")."""
    title = re.compile(rf"[وف]?(?:ال)?(?:{lex['actor_titles']})$")
    link = re.compile(rf"(?:{lex['name_links']}|{'|'.join(BODY_LINKS)})$")
    words = [fold_text(w) for w in name.split()]
    return len(words) > 1 and bool(link.match(words[-1]) or title.match(words[-1]) and not (title.match(words[-2])
                                                                                          or link.match(words[-2])))


def test_cut_short_tells_a_name_that_waits_for_a_word():
    lex = load_lexicon("ar")
    assert [cut_short(n, lex) for n in ("سالم خليل العبدلي قائد", "الأمين العام لـ", "الناطق باسم", "سيدي ولد")] == [True] * 4
    assert [cut_short(n, lex) for n in ("سالم خليل العبدلي", "الأمين العام", "وزير", "سيدي ولد الشيخ")] == [False] * 4


def test_no_arabic_actor_name_in_the_bulk_output_is_cut_short():
    lex = load_lexicon("ar")
    names = bulk_actor_names("ar")
    assert names
    assert not sorted(n for n in names if cut_short(n, lex))


def test_no_english_actor_name_in_the_bulk_output_is_a_post_or_a_field_alone_or_ends_with_a_full_stop():
    lex = load_lexicon("en")
    post = re.compile(rf"(?:(?:{lex['role_modifiers']})\s+)*(?:{lex['actor_titles']})")  # "foreign minister", "spokesman"
    fields = {fold_text(f) for pair in lex["portfolios"].items() for f in pair}  # "Interior", "Foreign Affairs"
    names = bulk_actor_names("en")
    assert names
    bad = sorted(n for n in names if post.fullmatch(n) and n[:1].islower() or fold_text(n) in fields
                 or re.search(r"(?<=[^\W\d]{2})\.$", n) and not is_abbreviation(n.split()[-1][:-1]))  # "Janet Reno.", not "Corp."
    assert not bad, bad


def bare_title(name, lex):
    """Whether an Arabic name is a title alone, with its qualifiers ("الوزير", "المتحدث الرسمي"): no one of its own."""
    title = re.compile(rf"[وف]?(?:ال)?(?:{lex['actor_titles']})")
    modifier = re.compile(rf"(?:{lex['role_modifiers']})")
    words = [fold_text(w) for w in name.split()]
    return bool(title.fullmatch(" ".join(words))) or len(words) > 1 and bool(title.fullmatch(words[0])) and all(
        modifier.fullmatch(w) or title.fullmatch(w) for w in words[1:])


def test_bare_title_tells_a_title_alone():
    lex = load_lexicon("ar")
    assert [bare_title(n, lex) for n in ("الوزير", "المتحدث الرسمي", "وزير", "ولي العهد", "العميد")] == [True] * 5
    assert [bare_title(n, lex) for n in ("وزير الخارجية", "الرئيس الأميركي", "سالم العبدلي", "المبعوث الصيني")
            ] == [False] * 4


def test_no_arabic_actor_name_in_the_bulk_output_is_a_title_alone():
    lex = load_lexicon("ar")
    names = bulk_actor_names("ar")
    assert names
    assert not sorted(n for n in names if bare_title(n, lex))
