"""Who acts, under one name: each mention's `actor_name`, and its `actor` where the text gave no entity.

An actor is an entity (a person, a government, a ministry, an office, an army, an armed group, an
international body, a party), never a fragment: a pronoun, a particle, a verb or a bare noun ("officials")
is none, and the actor is then the entity named nearest in the sentence or, for a pronoun or a verb with
no subject of its own, the one named last in the article. Within an article a surname or a post refers
back to the full name given earlier ("وزير الدفاع الأمريكي بالوكالة كريستوفر ميللر" ... "ميللر");
`actor_name` is the entity's common name (gazetteer.py), the same across spellings and languages.
"""
from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..model import ArticleResult, Mention
from .gazetteer import Entity, Gazetteer, name_key
from .lexicon import load_lexicon
from .text import fold_text as _fold_text
from .watch import check

fold_text = lru_cache(maxsize=1 << 16)(_fold_text)  # the same words come back in every phrase tried

_WORD = re.compile(r"[\w'’.+-]+|[^\w\s]")  # words (with "U.S.", "al-Nusra", "5+1") and single punctuation marks
_BREAK = re.compile(r"[^\w\s'’.+-]|^\.$")  # what ends a run of name words: commas, quotes, brackets
_POSSESSIVE = re.compile(r"['’]s?$")
_TRAILING_DOT = re.compile(r"(?<=[^\W\d]{2})\.$")  # a sentence's full stop, not the dot of "U.S." or "Gen."
LAST_NAMED_CHARS = 600  # how far back a pronoun's or a subjectless verb's actor is looked for
SPOT_WORDS = 6  # words a title-headed phrase or a name may run to


@cache
def _word_classes(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    portfolios = "|".join(sorted(map(re.escape, lex["portfolios"]), key=len, reverse=True))
    flags = 0 if lang == "ar" else re.IGNORECASE
    return {
        "title": re.compile(rf"(?<!\S)(?:[وف]?(?:ال)?)?(?:{lex['actor_titles']})(?!\S)" if lang == "ar"
                            else rf"(?<!\S)(?:{lex['actor_titles']})(?!\S)", flags),
        "place_before": re.compile(rf"(?:^|\s)[وف]?(?:{lex['place_prepositions']})\s+(?:the\s+)?$", re.IGNORECASE),
        "head": re.compile(rf"(?:[وفبلك]?(?:{lex['actor_heads']}))$" if lang == "ar" else rf"(?:{lex['actor_heads']})$"),
        "bare": re.compile(rf"(?:[وف]?(?:{lex['bare_actor_nouns']}))$"),
        "portfolio": re.compile(rf"(?:{portfolios})$", re.IGNORECASE),
        "modifier": re.compile(rf"(?:{lex['role_modifiers']})$", re.IGNORECASE),
        "force": re.compile(rf"(?:[وفبلك]?(?:ال)?(?:{lex['force_heads']}))$" if lang == "ar" else rf"(?:{lex['force_heads']})$",
                            flags),
        "stop": re.compile(rf"(?:[وف]?(?:{lex['actor_stop']}))$") if lang == "ar" else re.compile(r"(?!)"),
    }


@cache
def _not_names() -> frozenset[str]:
    """English capitalised words that start no name: particles, weekdays, months."""
    lex = load_lexicon("en")
    return frozenset(lex["not_names"]) | frozenset(lex["weekdays"]) | frozenset(lex["months"])


@cache
def _pronouns(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    return frozenset(lex["actor_pronouns"]) | (frozenset(lex["not_names"]) if lang == "en" else frozenset())


@dataclass
class Named:
    """An entity as the article names it: its common name, kind, and for a person the words of the name and the post."""

    entity: Entity
    written: str  # the fullest form the article gave
    surname: str = ""  # name_key of a person's last name word
    role: str = ""  # name_key of the post it was given with ("وزير الدفاع الامريكي")


@dataclass
class _Article:
    """What an article has named so far: people by surname and by post, and the last entity named."""

    gazetteer: Gazetteer
    lang: str
    people: dict[str, Named] = field(default_factory=dict)
    roles: dict[str, Named] = field(default_factory=dict)
    named_last: Named | None = None  # the entity of the last mention
    unread: list[str] = field(default_factory=list)  # stretches of text since then, read only if a pronoun needs them
    spotted: dict[int, list] = field(default_factory=dict)  # a sentence's entities by its start, read once per sentence

    @property
    def last(self) -> Named | None:
        """The entity named last: in the text since the last mention, else that mention's."""
        while self.unread:
            spots = _spots(self, self.unread.pop())
            if spots:
                self.unread.clear()
                self.named_last = spots[-1][1]
        return self.named_last

    def words(self, phrase: str) -> list[str]:
        return [w for w in _WORD.findall(phrase) if not _BREAK.fullmatch(w)]

    def entity(self, phrase: str) -> Named | None:
        """The entity a phrase (an actor as the extractor wrote it) names, or None for a fragment."""
        words = [_POSSESSIVE.sub("", w) if self.lang == "en" else w for w in self.words(phrase)]
        if not words or all(self._is_pronoun(w) for w in words):
            return None
        classes = _word_classes(self.lang)
        folded = [fold_text(w) for w in words]
        found = self.gazetteer.find(words)
        covered = {i for s, e, _ in found for i in range(s, e)}
        titled = _titled(words, folded, classes["title"])
        role_end = 0
        for i, w in enumerate(folded):  # the post: titles, fields, nationalities, qualifiers, entities, then the name
            if (i in titled or i in covered or classes["portfolio"].match(w) or classes["modifier"].match(w)
                    or self.gazetteer.country_of(words[i]) or w in ("of", "the", "for", "باسم", "ل", "in")):
                role_end = i + 1 if titled and i >= titled[0] else role_end
            elif titled and i > titled[0]:
                break
        name = list(takewhile(lambda iw: self._may_name(iw[1], folded[iw[0]], iw[0] in covered),
                              enumerate(words[role_end:], role_end)))
        name = [w for _, w in name]
        if titled and titled[0] > 0 and not set(range(titled[0])) <= covered | {
                i for i, w in enumerate(words) if self.gazetteer.country_of(w)}:
            return None  # "على توجيهات الرئيس ترامب": the entity starts at its title
        if titled and name:
            return self._person(name, " ".join(words[:role_end]), phrase)
        if not titled and self._is_name(words, folded, covered):
            return self._person(words, "", phrase)
        if titled:
            return self._post(" ".join(words[titled[0]:role_end] or words), found, phrase)
        if found:
            return self._body(found, words, folded, phrase)
        return self._generic(words, folded, phrase)

    def is_description(self, phrase: str) -> bool:
        """A definite description with no name ("the army", "foreign ministry", القوات): who it means is left open."""
        words = [fold_text(w) for w in self.words(phrase)]
        classes = _word_classes(self.lang)
        return any(classes["head"].match(w) or classes["force"].match(w) for w in words) and not all(map(self._is_pronoun, words))

    def _is_pronoun(self, word: str) -> bool:
        return fold_text(word) in _pronouns(self.lang) or bool(_word_classes(self.lang)["bare"].match(fold_text(word)))

    def _may_name(self, word: str, folded: str, covered: bool) -> bool:
        classes = _word_classes(self.lang)
        if covered or self._is_pronoun(word) or classes["stop"].match(folded) or classes["head"].match(folded):
            return False
        return word[0].isupper() or word.startswith("al-") if self.lang == "en" else not folded.isdigit()

    def _is_name(self, words: list[str], folded: list[str], covered: set[int]) -> bool:
        """A phrase that is a name alone: a person met before, a name the gazetteer can spell, or English capitals."""
        if covered or len(words) > SPOT_WORDS:
            return False
        if name_key(words[-1]) in self.people:
            return True
        if self.lang == "ar":
            stop = _word_classes("ar")["stop"]
            return not any(stop.match(f) for f in folded) and self.gazetteer.latin(words) is not None
        return all(self._may_name(w, f, False) for w, f in zip(words, folded)) and name_key(" ".join(words)) not in self.gazetteer.places

    def _qualifies(self, word: str, folded: str) -> bool:
        """A word that can qualify a body's head noun: Arabic a definite noun or adjective (جماعة الحوثي),
        English a capitalised word; never a pronoun or a particle."""
        if self._is_pronoun(word) or _word_classes(self.lang)["stop"].match(folded):
            return False
        return folded.startswith(("ال", "لل")) or bool(self.gazetteer.entity([word])) if self.lang == "ar" else word[:1].isupper()

    def _person(self, name: list[str], role: str, written: str) -> Named:
        surname = name_key(name[-1])
        earlier = self.people.get(surname)
        if earlier is None:
            common = " ".join(name) if self.lang == "en" else (self.gazetteer.latin(name) or " ".join(name))
            earlier = Named(Entity(common, "person"), written, surname, name_key(role))
            self.people[surname] = earlier
        if role and not earlier.role:
            earlier.role = name_key(role)
        if earlier.role:
            self.roles[earlier.role] = earlier
        return earlier

    def _post(self, role: str, found: list, written: str) -> Named:
        """A post named without a name: the person given it earlier in the article, else the office."""
        key = name_key(role)
        earlier = self.roles.get(key) or next((p for r, p in self.roles.items() if r.startswith(key) or key.startswith(r)), None)
        if earlier:
            return earlier
        office = next((e for _, _, e in found if e.kind == "office"), None)
        return Named(office or Entity(role, "office"), written, role=key)

    def _body(self, found: list, words: list[str], folded: list[str], written: str) -> Named:
        """A phrase that holds a known entity: the most specific one (a ministry over its country)."""
        best = max(found, key=lambda f: (f[2].kind != "government", f[1] - f[0]))[2]
        if best.kind == "government":
            return self._generic(words, folded, written) or Named(best, written)
        return Named(best, written)

    def _generic(self, words: list[str], folded: list[str], written: str) -> Named | None:
        """A body by its head noun: a country's forces or government (القوات الأمريكية, the Sudanese government),
        else the body as written (جماعة الحوثي); no head noun and no entity: a fragment."""
        classes = _word_classes(self.lang)
        heads = [i for i, w in enumerate(folded) if classes["head"].match(w)]
        country = next((c for c in map(self.gazetteer.country_of, words) if c), None)
        found = self.gazetteer.find(words)
        country = country or next((e.country for _, _, e in found if e.kind == "government"), None)
        if country and any(classes["force"].match(folded[i]) for i in heads):
            return Named(Entity(f"{self.gazetteer.countries[country].name} armed forces", "army", country), written)
        if country:
            return Named(self.gazetteer.countries[country], written)
        qualified = [i for i in heads if i + 1 < len(words) and self._qualifies(words[i + 1], folded[i + 1])]
        if not qualified:  # a head noun alone ("the government", القوات) is a bare noun: no one in particular
            return None
        start = qualified[0]
        end = start + 1 + sum(1 for _ in takewhile(lambda iw: self._qualifies(*iw), zip(words[start + 1:], folded[start + 1:])))
        body = " ".join(words[start:end])
        return Named(Entity(body.lstrip("وف") if self.lang == "ar" and body[:1] in "وف" and len(words[start]) > 4 else body,
                            "government"), written)


def name_actors(result: ArticleResult, gazetteer: Gazetteer) -> None:
    """Give every mention of an article its `actor_name`, in text order; a mention whose actor is no entity
    takes the entity named nearest in its sentence, or the one named last before it."""
    article = _Article(gazetteer, result.lang)
    text = result.article.text
    previous_end = 0
    for m in sorted(result.mentions, key=lambda m: m.sentence_start or 0):
        check()  # the article's time limit (watch.py)
        start = m.sentence_start or 0
        if start > previous_end:  # the sentences between: who they name is who a pronoun may mean
            article.unread.append(text[max(previous_end, start - LAST_NAMED_CHARS):start])
        named = article.entity(m.actor) if m.actor else None
        if named is None and m.actor and article.is_description(m.actor):
            m.actor_name = None  # "the army": kept as written, no one named
            previous_end = max(previous_end, m.sentence_end or start)
            continue
        if named is None:
            named = ((article.last or _nearest(article, m)) if m.actor else (_nearest(article, m) or article.last)
                     ) if _refers_back(article, m) else _nearest(article, m)  # he, she: the one named last
            if named is not None:
                m.actor = _TRAILING_DOT.sub("", named.written)
        if named is not None:
            article.named_last, article.unread = named, []
        m.actor_name = named.entity.name if named else None
        previous_end = max(previous_end, m.sentence_end or start)


def _titled(words: list[str], folded: list[str], titles: re.Pattern) -> list[int]:
    """The indexes of the words that make a title ("Prime Minister", "ولي العهد")."""
    text, starts, at = " ".join(folded), [], 0
    for w in folded:
        starts.append(at)
        at += len(w) + 1
    for original in (text, " ".join(words)):
        spans = [(m.start(), m.end()) for m in titles.finditer(original)]
        if spans:
            return [i for i, s in enumerate(starts) if any(a <= s < b for a, b in spans)]
    return []


def _refers_back(article: _Article, m: Mention) -> bool:
    """A mention whose actor the text left to the reader: a pronoun, or none at all."""
    return m.actor is None or all(article._is_pronoun(w) for w in article.words(m.actor))


def _spots(article: _Article, text: str) -> list[tuple[int, Named]]:
    """The entities a text names, with where each starts: the longest run of words that may belong to a
    name (from a word that may start one) that names an entity, shortened from its end until it does."""
    words = [w for w in _WORD.finditer(text)]
    spots, i = [], 0
    while i < len(words):
        if not _may_start(article, words[i].group()):
            i += 1
            continue
        j = i + 1
        while j < min(len(words), i + SPOT_WORDS) and _may_continue(article, words[j].group()):
            j += 1
        found = next(((end, named) for end in range(j, i, -1)
                      if (named := article.entity(text[words[i].start():words[end - 1].end()])) is not None), None)
        if found is None:
            i += 1
            continue
        end, named = found
        if _word_classes(article.lang)["place_before"].search(text, max(0, words[i].start() - 30), words[i].start()):
            i = end  # "a visit to Iran", "في العراق": a place, not who acts
            continue
        while end - 1 > i and (shorter := article.entity(text[words[i].start():words[end - 2].end()])) is not None \
                and shorter.entity == named.entity:  # "القوات الأمريكية بالانسحاب" is "القوات الأمريكية"
            end, named = end - 1, shorter
        spots.append((words[i].start(), named))
        i = end
    return spots


def _may_start(article: _Article, word: str) -> bool:
    """Whether an entity's name may start with this word (most words start none: the search stays cheap)."""
    folded = fold_text(word)
    classes = _word_classes(article.lang)
    if article.lang == "en":
        return (word[:1].isupper() or word.startswith("al-")) and folded.rstrip(".") not in _not_names()
    if classes["stop"].match(folded):
        return False
    return (bool(classes["title"].match(folded) or classes["head"].match(folded)) or _starts_alias(article, word)
            or name_key(word) in article.people or article.gazetteer.latin([word]) is not None)


@cache
def _alias_starts(gazetteer: Gazetteer) -> frozenset[str]:
    """The first words of every alias."""
    return frozenset(alias.split()[0] for alias in gazetteer.aliases)


def _starts_alias(article: _Article, word: str) -> bool:
    starts = _alias_starts(article.gazetteer)
    key = name_key(word)
    return key in starts or (len(key) > 3 and key[0] in "وفبلك" and (key[1:] in starts or "ال" + key[2:] in starts))


def _may_continue(article: _Article, word: str) -> bool:
    """Whether a word may stand inside an entity's name or post (not punctuation, a particle, a pronoun)."""
    if _BREAK.fullmatch(word) or article._is_pronoun(word):
        return False
    if article.lang == "en":
        return word[:1].isupper() or word in ("of", "the", "for", "and") or word.startswith("al-") or bool(
            _word_classes("en")["head"].match(word))
    return not _word_classes("ar")["stop"].match(fold_text(word))


def _nearest(article: _Article, m: Mention) -> Named | None:
    """The entity named nearest to the mention's trigger in its sentence (before it on a tie). A sentence is read
    once, however many mentions it holds: reading it again for each made a sentence of many triggers quadratic."""
    spots = article.spotted.get(m.sentence_start)
    if spots is None:
        spots = article.spotted[m.sentence_start] = _spots(article, m.sentence)
    if not spots:
        return None
    at = m.sentence.find(m.trigger) if m.trigger else 0
    return min(spots, key=lambda s: (abs(s[0] - at), s[0] > at))[1]


def actor_name_of(actor: str | None, lang: str, gazetteer: Gazetteer) -> str | None:
    """The common name of an actor written alone, outside any article (an events file's rows)."""
    named = _Article(gazetteer, lang if lang in ("ar", "en") else "en").entity(actor) if actor else None
    return named.entity.name if named else None
