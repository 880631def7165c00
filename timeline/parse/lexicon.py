"""Per-language lexicons: month and weekday tables, trigger words, cues. Data, one JSON file per language.

`lexicons/schema.json` says what each key holds and means; a lexicon is checked
against it when it is loaded, so that a misspelt key or a pattern that does not
compile fails at once with the file and the key named, not on the first article
of that language.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .. import errors
from ..model import EVENT_TYPES

PACKAGE_DIR = Path(__file__).parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
SCHEMA_FILE = LEXICON_DIR / "schema.json"
LANGUAGES = ("ar", "en")
TRIGGER_FIELDS = {"pattern", "pos", "strength", "near", "force_window"}
TRIGGER_POS = ("noun", "verb", "any", "phrase")
TRIGGER_STRENGTHS = ("strong", "weak")


def _read_unique(path: Path) -> dict:
    """A JSON file whose objects declare each key once: json would keep the last of two silently (E502)."""
    def unique(pairs: list[tuple[str, object]]) -> dict:
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise errors.TimelineError(errors.BAD_LEXICON, file=path.name, key=key, detail="declared twice")
            seen.add(key)
        return dict(pairs)

    with open(path, encoding="utf-8") as fh:
        return json.load(fh, object_pairs_hook=unique)


@cache
def load_schema() -> dict[str, dict]:
    """What every lexicon key holds: kind, meaning, and the languages that need it (all when not said)."""
    return _read_unique(SCHEMA_FILE)


@cache
def load_lexicon(lang: str) -> dict:
    """The lexicon of one language, read and checked once; unknown languages fall back to English."""
    if lang not in LANGUAGES:
        lang = "en"
    path = LEXICON_DIR / f"{lang}.json"
    lexicon = _read_unique(path)
    validate(lexicon, lang, path.name)
    return lexicon


@cache
def load_package_data(name: str) -> dict:
    """A JSON data file of this package (`entities/world.json`): the parser reads no file but its own data."""
    with open(PACKAGE_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


def validate(lexicon: dict, lang: str, name: str) -> None:
    """Raise TimelineError (E502) naming the file and the key of the first entry that breaks the schema."""
    schema = load_schema()
    for key in lexicon:
        if key not in schema:
            raise errors.TimelineError(errors.BAD_LEXICON, file=name, key=key, detail="not in lexicons/schema.json")
    for key, spec in schema.items():
        if key not in lexicon:
            if lang in spec.get("languages", LANGUAGES):
                raise errors.TimelineError(errors.BAD_LEXICON, file=name, key=key, detail="missing")
            continue
        kinds = spec["kind"] if isinstance(spec["kind"], list) else [spec["kind"]]
        problems = [_problem(kind, lexicon[key], lexicon) for kind in kinds]
        if all(problems):
            raise errors.TimelineError(errors.BAD_LEXICON, file=name, key=key, detail=problems[0])


def _pattern_problem(value) -> str | None:
    if not isinstance(value, str):
        return f"expected a pattern (a string), got {type(value).__name__}"
    try:
        re.compile(value)
    except re.error as exc:
        return f"the pattern does not compile: {exc}"
    return None


def _trigger_problem(entry, lexicon: dict) -> str | None:
    if not isinstance(entry, dict) or "pattern" not in entry:
        return "a trigger entry is an object with a pattern"
    if set(entry) - TRIGGER_FIELDS:
        return f"unknown trigger fields {sorted(set(entry) - TRIGGER_FIELDS)}"
    if entry.get("pos", "noun") not in TRIGGER_POS or entry.get("strength", "strong") not in TRIGGER_STRENGTHS:
        return f"pos is one of {TRIGGER_POS}, strength one of {TRIGGER_STRENGTHS}: {entry}"
    near = entry.get("near")
    if isinstance(near, str) and near.startswith("@") and near[1:] not in lexicon:
        return f"near names {near}, which the lexicon lacks"
    return _pattern_problem(entry["pattern"]) or (_pattern_problem(near) if near and not near.startswith("@") else None)


def _problem(kind: str, value, lexicon: dict) -> str | None:
    """What is wrong with `value` as a `kind` of the schema, or None."""
    if kind.endswith("?"):
        return None if value is None else _problem(kind[:-1], value, lexicon)
    if kind == "pattern":
        return _pattern_problem(value)
    if kind == "text":
        return None if isinstance(value, str) else "expected text"
    if kind == "int":
        return None if isinstance(value, int) else "expected a whole number"
    if kind == "words":
        return None if isinstance(value, list) and all(isinstance(w, str) for w in value) else "expected a list of words"
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return "expected an object"
    if kind == "table":
        return None
    if kind == "patterns":
        return next(filter(None, map(_pattern_problem, value.values())), None)
    if kind == "pattern_lists":
        lists = [v if isinstance(v, list) else [None] for v in value.values()]
        return next(filter(None, (_pattern_problem(p) for patterns in lists for p in patterns)), None)
    if kind == "triggers":
        if set(value) - set(EVENT_TYPES):
            return f"unknown event types {sorted(set(value) - set(EVENT_TYPES))}"
        entries = [e for items in value.values() for e in (items if isinstance(items, list) else [None])]
        return next(filter(None, (_trigger_problem(e, lexicon) for e in entries)), None)
    return f"the schema names an unknown kind {kind!r}"


def clitic_letters(lang: str) -> str:
    """The letters that may stand before a stem in the same word (Arabic و ف ب ل ك س and ال; none in English)."""
    return load_lexicon(lang).get("clitic_letters", "")


@cache
def word_regex(lang: str, words: str, form: str = "noun") -> re.Pattern:
    """`words` (a lexicon pattern) as they are written in running text: with the clitics, suffixes and
    boundaries the lexicon's word_forms give that kind of word (Arabic و ف ب ل ك ال before a noun, هم after)."""
    return re.compile(load_lexicon(lang)["word_forms"][form].replace("<words>", words))


@cache
def lexicon_regex(lang: str, key: str, template: str = "<words>", flags: int = 0) -> re.Pattern | None:
    """The lexicon entry `key` of a language compiled into `template` (where <words> stands for it), once per
    language and template; None where the language has no such entry."""
    words = load_lexicon(lang).get(key)
    return re.compile(template.replace("<words>", words), flags) if words else None
