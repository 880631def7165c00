"""No actor_name in the bulk articles (any topic, no gold) is a pronoun, a particle, a verb or a bare noun; no English
one is a post or a field alone ("foreign minister", "Interior") or ends with its sentence's full stop."""
import re

import pytest
from support import shared_file

from timeline.engine.local import Collector, run
from timeline.io.readers import read_inputs
from timeline.parse.lexicon import load_lexicon
from timeline.parse.text import fold_text


def fragment_words(lang):
    """Words no entity's name is made of alone: the lexicon's pronouns, particles (and Arabic imperfect verbs,
    which actor_stop holds) and bare nouns."""
    lex = load_lexicon(lang)
    stop = lex["actor_stop"] if lang == "ar" else "|".join(map(re.escape, lex["not_names"]))
    return re.compile(rf"(?:[وف]?(?:{stop}|{lex['bare_actor_nouns']}|{'|'.join(lex['actor_pronouns'])}))$", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_actor_name_in_the_bulk_output_is_a_fragment(lang):
    collected = Collector()
    run(read_inputs([shared_file("corpus", "bulk", f"{lang}_bulk.jsonl")]), [collected])
    fragment = fragment_words(lang)
    names = {m.actor_name for m in collected.rows if m.actor_name}
    assert names
    bad = sorted(n for n in names if all(fragment.match(fold_text(w)) for w in n.split()))
    assert not bad, bad


def test_no_english_actor_name_in_the_bulk_output_is_a_post_or_a_field_alone_or_ends_with_a_full_stop():
    collected = Collector()
    run(read_inputs([shared_file("corpus", "bulk", "en_bulk.jsonl")]), [collected])
    lex = load_lexicon("en")
    post = re.compile(rf"(?:(?:{lex['role_modifiers']})\s+)*(?:{lex['actor_titles']})")  # "foreign minister", "spokesman"
    fields = {fold_text(f) for pair in lex["portfolios"].items() for f in pair}  # "Interior", "Foreign Affairs"
    names = {m.actor_name for m in collected.rows if m.actor_name}
    assert names
    bad = sorted(n for n in names if post.fullmatch(n) and n[:1].islower() or fold_text(n) in fields
                 or re.search(r"(?<=[^\W\d]{2})\.$", n))  # "Janet Reno.": the sentence's full stop
    assert not bad, bad
