"""The gazetteer: the entities that act in the news, by every name they go by in Arabic and English.

Package data, read once: `entities/world.json` (countries, cities, regions and English nationality adjectives,
generated from CLDR, ISO 3166 and countryinfo by scripts/make_world.py) and `entities/entities.json` (curated and
sourced: bodies, offices, armies, armed groups, nationality adjectives, capitals, the transliteration of common
name tokens). A user's alias file
(io/aliases.py reads it) adds entries of the same shape: `Gazetteer.with_entries`. Names are compared by
`name_key`, which folds what spelling varies (أ/ا, ة/ه, doubled letters: ميللر = ميلر, U.S. = US).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import errors
from .lexicon import load_package_data
from .text import fold_text as _fold_text

KINDS = ("person", "government", "ministry", "office", "army", "armed_group", "international_body", "party")
ENTRY_FIELDS = {"name", "kind", "country", "aliases", "source"}
MAX_ALIAS_WORDS = 8  # no alias in the data is longer; bounds the phrase lookups
REMEMBERED_WORDS = 1 << 14  # words whose nationality is kept: the same words come back in every phrase tried
_NOT_NAME = re.compile(r"[^\w\s+]")  # punctuation and quotes play no part in a name ("«النصرة»", "U.S.")
_DOUBLED = re.compile(r"([^\W\d])\1+")  # a doubled letter ("Qadhdhafi"); never a digit: G-77 is no G-7
_ARABIC_CLITICS = ("و", "ف")  # conjunctions before any word
_ARABIC_PREPOSITIONS = ("ب", "ل", "ك")  # prepositions fused to a noun
_NISBA_ENDINGS = ("ه", "ين", "ون", "ان", "تين", "تان", "ن")  # feminine, plural, dual of an adjective in ي (يين folds to ين)


fold_text = lru_cache(maxsize=1 << 16)(_fold_text)  # the same words come back in every phrase tried (actors.py too)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name as compared: folded, without punctuation, ة as ه, doubled letters (not digits) as one, one space."""
    folded = _NOT_NAME.sub("", fold_text(text).replace("ة", "ه").replace("-", " "))
    return " ".join(_DOUBLED.sub(r"\1", folded).split())


@dataclass(frozen=True)
class Entity:
    """One actor under its common name (English where the data gives one), with its kind and country."""

    name: str
    kind: str
    country: str = ""  # ISO 3166 code, where the entity belongs to one


def validate_entities(data: dict, file: str) -> None:
    """Raise TimelineError (E506) naming the file and the first entry that breaks the entity file's shape."""
    def fail(detail: str):
        raise errors.TimelineError(errors.BAD_ENTITIES, file=file, detail=detail)

    if not isinstance(data, dict):
        fail("expected a JSON object with a list of entities")
    for n, entry in enumerate(data.get("entities", [])):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            fail(f"entity {n}: an entity is an object with a name")
        if set(entry) - ENTRY_FIELDS:
            fail(f"entity {entry['name']!r}: unknown fields {sorted(set(entry) - ENTRY_FIELDS)}")
        if entry.get("kind", "person") not in KINDS:
            fail(f"entity {entry['name']!r}: kind is one of {', '.join(KINDS)}")
        aliases = entry.get("aliases", {})
        if not isinstance(aliases, dict) or set(aliases) - {"ar", "en"} or not all(
                isinstance(names, list) and all(isinstance(a, str) and a.strip() for a in names) for names in aliases.values()):
            fail(f"entity {entry['name']!r}: aliases are {{\"ar\": [names], \"en\": [names]}}")
        if any(len(a.split()) > MAX_ALIAS_WORDS for names in aliases.values() for a in names):
            fail(f"entity {entry['name']!r}: an alias has more than {MAX_ALIAS_WORDS} words")
    names = data.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, list) and all(isinstance(a, str) for a in v)
                                              for k, v in names.items() if not k.startswith("_")):
        fail("names are {\"Latin name\": [Arabic spellings]}")


class Gazetteer:
    """Entities by name: `entity(words)` for a phrase, `country_of(word)` for a nationality adjective,
    `latin(words)` for a person's name written in Arabic, `places` for the cities and regions that never act."""

    def __init__(self, entries: Iterable[dict], world: dict, nationalities: dict, capitals: dict, names: dict):
        self.aliases: dict[str, Entity] = {}
        self.prefixes: set[str] = set()  # the leading words of every alias ("الامم" of "الامم المتحده"): where a phrase may go on
        self.countries: dict[str, Entity] = {}
        self.nationality: dict[str, str] = {}  # name_key of an adjective (Arabic: its stem) -> country code
        self.arabic_names: dict[str, str] = {}  # name_key of an Arabic name token -> its Latin spelling
        for code, names_of in world["countries"].items():
            self.countries[code] = Entity(names_of["en"][0], "government", code)
            self._add(names_of["en"] + names_of["ar"], self.countries[code], override=False)
        for code, names_of in _entries(capitals):  # a capital stands for its government ("Washington said")
            self._add(names_of["en"] + names_of["ar"], self.countries[code])
        self.places = ({name_key(city) for names_of in world["cities"].values() for city in names_of["en"] + names_of["ar"]}
                       | {name_key(region) for names in world["regions"].values() for region in names}
                       ) - set(self.aliases)  # other cities and the regions are where things happen, never who acts
        for code, adjectives in world["nationalities"].items():  # generated; the curated ones below may override them
            for adjective in adjectives:
                self.nationality[name_key(adjective)] = code
        for code, forms in _entries(nationalities):
            for adjective in forms["en"] + forms["ar"]:
                self.nationality[name_key(adjective)] = code
        self.add_entries(entries)
        self.add_names(names)
        self.remembered: dict[str, str | None] = {}  # country_of's answers so far (a plain dict: a gazetteer is pickled for Dask)

    def _add(self, aliases: Iterable[str], entity: Entity, override: bool = True) -> None:
        for alias in aliases:
            key = name_key(alias)
            if key and (override or key not in self.aliases):
                self.aliases[key] = entity
                words = key.split()
                self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))

    def add_entries(self, entries: Iterable[dict]) -> None:
        for entry in entries:
            entity = Entity(entry["name"], entry.get("kind", "person"), entry.get("country", ""))
            self._add([entry["name"], *entry.get("aliases", {}).get("en", []), *entry.get("aliases", {}).get("ar", [])], entity)

    def add_names(self, names: dict) -> None:
        for latin, spellings in _entries(names):
            for spelling in spellings:
                self.arabic_names[name_key(spelling)] = latin

    def with_entries(self, data: dict) -> Gazetteer:
        """A copy that also knows a user's entities and name spellings (the alias file's shape)."""
        copy = object.__new__(Gazetteer)
        copy.aliases, copy.prefixes, copy.countries, copy.places = dict(self.aliases), set(self.prefixes), self.countries, self.places
        copy.nationality, copy.arabic_names = self.nationality, dict(self.arabic_names)
        copy.add_entries(data.get("entities", []))
        copy.add_names(data.get("names", {}))
        copy.remembered = {}
        return copy

    def entity(self, words: Sequence[str]) -> Entity | None:
        """The entity a phrase names exactly, its first word stripped of a fused و ف ب ل ك if need be."""
        for first in _clitic_forms(words[0]) if words else ():
            found = self.aliases.get(name_key(" ".join([first, *words[1:]])))
            if found:
                return found
        return None

    def find(self, words: Sequence[str]) -> list[tuple[int, int, Entity]]:
        """The entities named in a phrase, longest first where names overlap: (first word, last word + 1, entity).

        From each word, each form of it (`entity`) is read on, word by word, while the words so far begin an alias."""
        keys = [name_key(w) for w in words]
        found, i = [], 0
        while i < len(words):
            longest: tuple[int, Entity] | None = None
            for first in _clitic_forms(words[i]):
                key = name_key(first)
                for j in range(i + 1, min(len(words), i + MAX_ALIAS_WORDS) + 1):
                    if j > i + 1 and keys[j - 1]:
                        key = f"{key} {keys[j - 1]}" if key else keys[j - 1]
                    entity = self.aliases.get(key)
                    if entity and (longest is None or j > longest[0]):
                        longest = (j, entity)
                    if key and key not in self.prefixes and (j == len(words) or keys[j]):
                        break  # no alias goes on from here (a word of punctuation alone adds nothing)
            if longest:
                found.append((i, *longest))
                i = longest[0]
            else:
                i += 1
        return found

    def country_of(self, word: str) -> str | None:
        """The country of a nationality adjective in any form (الأمريكية، والعراقيين, American), or None."""
        if word not in self.remembered:
            if len(self.remembered) >= REMEMBERED_WORDS:
                self.remembered.clear()
            self.remembered[word] = self._country_of(word)
        return self.remembered[word]

    def _country_of(self, word: str) -> str | None:
        for form in _clitic_forms(word):
            key = name_key(form)
            key = key[2:] if key.startswith("ال") and len(key) > 4 else key
            if key in self.nationality:
                return self.nationality[key]
            for ending in _NISBA_ENDINGS:
                if key.endswith(ending) and key[:-len(ending)] in self.nationality:
                    return self.nationality[key[:-len(ending)]]
        return None

    def latin(self, words: Sequence[str]) -> str | None:
        """A name written in Arabic, spelt in Latin letters where every one of its words is known."""
        spelt = []
        for word in words:
            key = name_key(word)
            latin = self.arabic_names.get(key)  # "المشرف" is no "مشرف": a name written with ال is spelt with it
            if latin is None:
                return None
            if not spelt or spelt[-1] != latin:  # "عبد الله" is one name in two words
                spelt.append(latin)
        return " ".join(spelt) or None


def _entries(table: dict) -> list[tuple[str, object]]:
    """A data table's entries, without its _doc."""
    return [(k, v) for k, v in table.items() if not k.startswith("_")]


def _clitic_forms(word: str) -> list[str]:
    """A word and its forms without the Arabic conjunction and preposition fused to it (وبالعراق -> العراق)."""
    forms = [word]
    if len(word) > 3 and word[0] in _ARABIC_CLITICS:
        forms.append(word[1:])
    for form in list(forms):
        if len(form) > 3 and form[0] in _ARABIC_PREPOSITIONS:
            rest = form[1:]
            forms.append("ال" + rest[1:] if form[0] == "ل" and rest.startswith("ل") else rest)
    return forms


@cache
def default_gazetteer() -> Gazetteer:
    """The package's gazetteer, read and checked once."""
    data = load_package_data("entities/entities.json")
    validate_entities(data, "entities.json")
    return Gazetteer(data["entities"], load_package_data("entities/world.json"), data["nationalities"],
                     data["capitals"], data["names"])
