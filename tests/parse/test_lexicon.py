"""The lexicons are data checked against lexicons/schema.json, at load time and here."""
import json

import pytest

from timeline import errors
from timeline.parse.lexicon import LANGUAGES, LEXICON_DIR, load_lexicon, load_schema, validate


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_lexicons_follow_the_schema(lang):
    validate(json.loads((LEXICON_DIR / f"{lang}.json").read_text(encoding="utf-8")), lang, f"{lang}.json")
    assert load_lexicon(lang)["triggers"]


def test_every_key_of_the_schema_says_what_it_holds():
    for key, spec in load_schema().items():
        assert spec["kind"] and len(spec["doc"]) > 10, key


@pytest.mark.parametrize(("change", "key", "detail"), [
    (lambda lex: lex.update(negation="(unclosed"), "negation", "does not compile"),
    (lambda lex: lex.pop("future"), "future", "missing"),
    (lambda lex: lex.update(negatoin="not"), "negatoin", "not in lexicons/schema.json"),
    (lambda lex: lex.update(weekdays=["monday"]), "weekdays", "expected an object"),
    (lambda lex: lex["triggers"]["meeting"].append({"pattern": "met", "pos": "adverb"}), "triggers", "pos is one of"),
    (lambda lex: lex["triggers"]["meeting"].append({"pattern": "met", "near": "@nowhere"}), "triggers", "@nowhere"),
    (lambda lex: lex.update(triggers={"parade": []}), "triggers", "unknown event types"),
])
def test_a_broken_lexicon_fails_naming_its_file_and_key(change, key, detail):
    lexicon = json.loads((LEXICON_DIR / "en.json").read_text(encoding="utf-8"))
    change(lexicon)
    with pytest.raises(errors.TimelineError) as raised:
        validate(lexicon, "en", "en.json")
    assert raised.value.code == errors.BAD_LEXICON.code
    assert "en.json" in str(raised.value) and repr(key) in str(raised.value) and detail in str(raised.value)


def test_a_key_of_one_language_is_not_required_in_the_other():
    lexicon = json.loads((LEXICON_DIR / "en.json").read_text(encoding="utf-8"))
    assert "abbreviations" in lexicon and load_schema()["abbreviations"]["languages"] == ["en"]
    lexicon.pop("abbreviations")
    with pytest.raises(errors.TimelineError):
        validate(lexicon, "en", "en.json")
    arabic = json.loads((LEXICON_DIR / "ar.json").read_text(encoding="utf-8"))
    assert "abbreviations" not in arabic
    validate(arabic, "ar", "ar.json")


def test_a_key_declared_twice_fails_naming_its_file_and_key(tmp_path):
    """json keeps the last of two equal keys without a word; a lexicon or the schema may not hold one twice."""
    from timeline.parse.lexicon import _read_unique

    path = tmp_path / "xx.json"
    path.write_text('{"verbs": {"kind": "pattern"}, "nouns": {"kind": "words"}, "verbs": {"kind": "words"}}', encoding="utf-8")
    with pytest.raises(errors.TimelineError, match=r"xx\.json.*'verbs'.*declared twice") as raised:
        _read_unique(path)
    assert raised.value.code == errors.BAD_LEXICON.code
