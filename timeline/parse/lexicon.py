"""Per-language lexicons: month and weekday tables, trigger words, cues. Data, one JSON file per language."""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).with_name("lexicons")
LANGUAGES = ("ar", "en")


@cache
def load_lexicon(lang: str) -> dict:
    """The lexicon of one language, read once; unknown languages fall back to English."""
    if lang not in LANGUAGES:
        lang = "en"
    with open(LEXICON_DIR / f"{lang}.json", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def lexicon_regex(lang: str, key: str, template: str = "<words>", flags: int = 0) -> re.Pattern | None:
    """The lexicon entry `key` of a language compiled into `template` (where <words> stands for it), once per
    language and template; None where the language has no such entry."""
    words = load_lexicon(lang).get(key)
    return re.compile(template.replace("<words>", words), flags) if words else None
