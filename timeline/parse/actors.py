"""Who acts, under one name: each mention's `actor_name`, and its `actor` where the text gave no entity.

An actor is an entity (a person, a government, a ministry, an office, an army, an armed group, an
international body, a party), never a fragment: a pronoun, a particle, a verb or a bare noun ("officials")
is none, and the actor is then the entity named nearest in the sentence (in Arabic the one named first before
the trigger, the clause's subject; never the other party of a meeting: "with X", "مع X"; for a trigger a
possessive owns, "زيارته", "his visit", its owner) or, for a pronoun or a verb with no subject of its own, the
one named last in the article (a person for he, she); "the statement said" is who issued the statement. Within
an article a surname or a post refers back to the full name given earlier, as an actor or not ("وزيرة الزراعة
الكندية آن موريل" ... "موريل"); parties acting together ("Chile and Peru", "كينيا وأوغندا") keep every name.
`actor_name` is the entity's common name (gazetteer.py), the same across spellings and languages.

What words name is read once per phrase and remembered (`Reader`); what an article named (its people and
posts) stays with the article.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterator
from contextlib import contextmanager
from itertools import takewhile
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from ..model import ArticleResult, Mention
from .gazetteer import Entity, Gazetteer, fold_text, name_key
from .text import Folded, ends_abbreviation, fold, is_abbreviation
from .lexicon import load_lexicon
from .roles import (BODY_LINKS, arabic_dual_subject, arabic_parties, construction_actor, is_english_verb, owner_pronoun,
                    starts_no_name)

_MATCHES_NOTHING = re.compile(r"(?!)")  # a word class one language has no words for
_WORD = re.compile(r"[\w'’.+-]+|[^\w\s]")  # words (with "U.S.", "al-Nusra", "5+1") and single punctuation marks
_BREAK = re.compile(r"[^\w\s'’.+-]|^\.$")  # what ends a run of name words: commas, quotes, brackets
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”'`]*|(?:^|\s)[\"“'`]+)\s*$")  # before a sentence's or a quotation's first word
_CAPITALISED_PAIR = re.compile(r"(?:\b[A-Z][\w'’-]*|\b[A-Z]\.)\s+(?=([A-Z][\w'’-]*))")  # a capitalised word, then the next
_RUN_BREAK = re.compile(r"[.,;:!?\"“”()]\s|\n")  # where an English name's run may start after: punctuation, a new line
DATELINE_TAIL_CHARS = 40  # a dateline's date and agency after its city ("OSLO, May 3 (NTB) -- ") run no longer
_OPENING = re.compile(rf"(?:[A-Z][A-Z.' -]+(?:,[^_\n]{{0,{DATELINE_TAIL_CHARS}}}?)?\s+(?:_|--|—)\s+)?[\s\"“'`]*")  # "OSLO _ ", '"': before a sentence's first word
_COMMON_WORD = re.compile(r"[A-Z][a-z]+")  # a word as any word is written, capitalised: no acronym, compound or possessive
_ACRONYM = re.compile(r"[A-Z][A-Z.&-]+")  # "SRSG", "U.N.": letters that restate a name in brackets
_POSSESSIVE = re.compile(r"['’]s?$")
_TRAILING_DOT = re.compile(r"(?<=[^\W\d]{2})\.$")  # a period after a word of letters: a full stop, or an abbreviation's (`_full_stop`)
_FUSED_PREPOSITION = re.compile(r"[وف]?(لل|[بلك](?=ال)|[بل](?=\w{3}))")  # ب ل ك fused to a noun (لل: ل before ال)
_FUSED_CONJUNCTION = re.compile(r"[وف]()")  # و ف fused to a body's noun ("والحكومة", "وقوات"): no ال lost with it
_DEFINITE = re.compile(r"^(?:[وف](?=ال))?(?:ال)?")  # ال of an Arabic word, with و or ف fused before it ("والوزير")
_ARABIC_FUTURE = re.compile(r"[وف]?س[يتن]\w{2,}")  # ستزور، سيعقدون: س, the future, before an imperfect verb
LAST_NAMED_CHARS = 600  # how far back a pronoun's or a subjectless verb's actor is looked for
SPOT_WORDS = 6  # words a name may run to
QUALIFIED_WORDS = 3  # words from a nationality to the head noun of the body it qualifies ("Swiss federal parliament")
TITLED_SPOT_WORDS = 9  # words a phrase that opens with a title may run to ("رئيس اللجنة الدولية للصليب الأحمر بيتر مورير")
PREPOSITION_CHARS = 30  # how far before a name its preposition (في, to, with) is looked for
FIELD_LINKS = frozenset({"of", "for"})  # what stands between an English post's title and its field
NAMED_PLACE_CHARS = 20  # how far before a name the noun of a place it names is looked for ("وبمستشفى " and more)
STATEMENT_CHARS = 12  # how close to a declaring verb a statement stands to be its subject ("the statement said")
NAME_CHARS = 80  # how far before a surname its post and first names may start ("رئيس اللجنة الدولية بيتر مورير")
NISBA_END = re.compile("(?:ي|يه|ية|يين|يون|يان)$")  # Arabic adjectives of relation ("الأمريكية"): they qualify a head
FAMILY_NAME_WORDS = 3  # a first name and up to two family names in ال ("محمد العامري")
ENGLISH_NAME_LINKS = ("of", "and", "for", "the", "on")  # lower-case words inside an English body's name ("Ministry of Energy and Mines")
SHORT_WORD = 3  # letters of a particle that is also a name word ("بان": بأن and Ban): it stays a particle
DEFINITE_STEM_LETTERS = 3  # letters after ب and ال that make a post's field ("بالملف"), not a particle ("بالي")
COUNTERPART_OWNERS = ("ه", "ها", "هم", "هما")  # the pronoun a counterpart after ب ends with ("بنظيره"); "بنظير" may be a name
HOLDER_AFTER_WORDS = 6  # words of a post's body between it and its holder's name ("على شؤون الطلبة الأستاذ")
HOLDER_AFTER_CHARS = 160  # how far after such a post its body and its holder's name are read
MEMBER_BODY_KINDS = ("international_body", "party")  # the kinds of entity that have members (an office is a building)
HOLDER_LINKS = ("ل", "على")  # what joins an Arabic post to its body, as written ("لـ«...»", "المدير العام على الفرع")
LI_STEM_LETTERS = 3  # a word of no more letters after ل is no ل + noun ("لها", "لدى"): it keeps its ل
QUOTES = ('"', "«", "»", "“", "”")  # what a quoted name opens and closes with
QUOTED_BODY_WORDS = 4  # words a quoted body of a post may run to ('لـ"الجبهة الشعبية لتحرير فلسطين"')
SUBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "ني")  # أنه, إنها, أننا: a complementizer that carries its clause's subject
REMEMBERED = 1 << 14  # phrases and words whose reading is kept: names come back in every sentence tried


@cache
def _word_classes(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    fields = set(lex["portfolios"]) | ({w for field in lex["portfolios"] for w in field.split()} if lang == "en" else set())
    if lang == "ar":  # a field before its country is indefinite, in the construct state: "وزير خارجية إيران"
        fields |= {field[len("ال"):] for field in lex["portfolios"] if field.startswith("ال") and " " not in field}
    portfolios = "|".join(sorted(map(re.escape, fields), key=len, reverse=True))  # English: "Foreign Affairs" word by word
    flags = 0 if lang == "ar" else re.IGNORECASE
    two_word_fields = [f for f in lex["portfolios"] if " " in f] if lang == "ar" else []  # English reads fields word by word
    return {
        "title": re.compile(rf"(?<!\S)(?:[وف]?(?:ال)?)?(?:{lex['actor_titles']})(?!\S)" if lang == "ar"
                            else rf"(?<!\S)(?:{lex['actor_titles']})(?!\S)", flags),
        "place_before": re.compile(rf"(?:^|\s)[وف]?(?:{lex['place_prepositions']})\s+(?:the\s+)?$", re.IGNORECASE),
        "statement": re.compile(rf"(?<!\w)(?:[وفبل]?(?:ال|لل)?)(?:{lex['statement_cue']})\w*" if lang == "ar"
                                else rf"\b(?:{lex['statement_cue']})\b", flags),
        "in_before": re.compile(rf"(?:^|\s)[وف]?(?:{lex['place_prepositions']})\s+(?:(?:a|an|the|its|his|her|their)\s+)?$",
                                re.IGNORECASE),  # "في بيان", "in a statement": how X said it, not who said it
        "party_before": re.compile(rf"(?:^|\s)[وف]?(?:{lex['party_prepositions']})\s+(?:the\s+)?$", re.IGNORECASE),
        "head": re.compile(rf"(?:[وفبلك]?(?:{lex['actor_heads']}))$" if lang == "ar" else rf"(?:{lex['actor_heads']})$"),
        "bare": re.compile(rf"(?:[وف]?(?:{lex['bare_actor_nouns']}))$"),
        "portfolio": re.compile(rf"(?:{portfolios})$", re.IGNORECASE),
        # Arabic fields of two words ("وزير حقوق الإنسان", "مستشار الأمن القومي"), read over the phrase, not word by word
        "field_words": re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, two_word_fields))})(?!\S)" if two_word_fields else r"(?!)"),
        "field_opener": re.compile(rf"(?:{'|'.join(re.escape(f.split()[0]) for f in two_word_fields)})$" if two_word_fields else r"(?!)"),
        "modifier": re.compile(rf"(?:{lex['role_modifiers']})$", re.IGNORECASE),
        "force": re.compile(rf"(?:[وفبلك]?(?:ال)?(?:{lex['force_heads']}))$" if lang == "ar" else rf"(?:{lex['force_heads']})$",
                            flags),
        "stop": re.compile(rf"(?:[وف]?(?:{lex['actor_stop']}|{'|'.join(lex['weekdays'])}))$") if lang == "ar" else _MATCHES_NOTHING,
        "link": re.compile(rf"(?:{lex['name_links']})$") if lang == "ar" else _MATCHES_NOTHING,
        # a word of past_words (a past verb of news writing, or منذ, لم) alone or with an imperfect prefix ("ترحب"):
        # no word of a post's body; an imperfect whose stem changes ("يلتقي") is not one of them
        "finite_verb": re.compile(rf"[وف]?(?:س?[يتن])?(?:{lex['past_words']})") if lang == "ar" else _MATCHES_NOTHING,
        "bi_field_qualifier": re.compile(rf"(?:{lex['bi_field_qualifiers']})") if lang == "ar" else _MATCHES_NOTHING,
        "bi_noun": re.compile(rf"(?:{lex['bi_phrase_nouns']})") if lang == "ar" else _MATCHES_NOTHING,
        "members": re.compile(rf"[وف]?(?:{lex['member_nouns']})") if lang == "ar" else _MATCHES_NOTHING,
        "named_place": re.compile(rf"(?:^|\s)[وف]?[بلك]?(?:{lex['named_place_nouns']})\s+$") if lang == "ar" else _MATCHES_NOTHING,
        "complementizer": re.compile(rf"(?:{lex['complementizer']})$"),
        "counterpart": re.compile(rf"[وف]?(?:{lex['counterpart_nouns']})", flags),
        "adjective": re.compile(rf"[A-Z][a-z]+(?:{lex['adjective_endings']})") if lang == "en" else _MATCHES_NOTHING,
        "person_pronoun": re.compile(lex["person_possessives"]),
        "body_pronoun": re.compile(lex["body_possessives"]),
    }


@cache
def _not_names() -> frozenset[str]:
    """English capitalised words that start no name: particles, weekdays, months."""
    lex = load_lexicon("en")
    return frozenset(lex["not_names"]) | frozenset(lex["weekdays"]) | frozenset(lex["months"])


@cache
def _where_or_what_words() -> dict[str, frozenset[str]]:
    """English words that make a name a place's, first or last (Fort Davis, Blue Line), a thing's, last (Tallinn
    Accord, Lantern Festival), or the field's a post is for, last (Minister of Land Reform)."""
    lex = load_lexicon("en")
    return {key: frozenset(lex[key]) for key in ("place_first_words", "place_last_words", "thing_last_words",
                                                  "field_last_words")}


@cache
def _number_words() -> frozenset[str]:
    """English numbers written as words (four, seventy): they start no name."""
    return frozenset(load_lexicon("en")["number_words"])


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
    unheld: bool = False  # a title alone that no one the text named before holds ("وقال الوزير"), or one whose body the
    # reading left out ("رئيس" of "رئيس البرلمان"): it names no entity


@dataclass(frozen=True)
class Reading:
    """What a phrase's words name, whatever the article named before them (`Reader.reading`)."""

    person: tuple[str, ...] = ()  # a person's name, given after a title or spelt as a name
    length: int = 0  # how many of the phrase's words the person's post and name take
    role: str = ""  # the post given with that name, or the post named alone
    post: bool = False  # a post without a name: the person given it earlier in the article, else the office
    met: tuple[str, ...] = ()  # words that name a person if the article named one of this surname before
    entity: Entity | None = None  # else what the words name: an office, a body, a country or its forces


class Reader:
    """The part of naming that depends on the words alone, not on the article: read once per phrase and
    word for a gazetteer and a language, and remembered (names come back in every sentence tried)."""

    def __init__(self, gazetteer: Gazetteer, lang: str):
        self.gazetteer, self.lang = gazetteer, lang
        self.classes = _word_classes(lang)
        self.alias_starts = frozenset(alias.split()[0] for alias in gazetteer.aliases)  # the first words of every alias
        self.latin_words = frozenset(map(name_key, gazetteer.arabic_names.values()))  # name words the data spells ("Mohammed")
        self.reading = lru_cache(maxsize=REMEMBERED)(self._reading)
        self.is_pronoun = lru_cache(maxsize=REMEMBERED)(self._is_pronoun)
        self.may_start = lru_cache(maxsize=REMEMBERED)(self._may_start)
        self.may_continue = lru_cache(maxsize=REMEMBERED)(self._may_continue)
        self.names_where_or_what = lru_cache(maxsize=REMEMBERED)(self._names_where_or_what)

    def _reading(self, written: tuple[str, ...]) -> Reading | None:
        """What the words of a phrase name (an actor as the extractor wrote it), or None for a fragment."""
        words = [_POSSESSIVE.sub("", w) if self.lang == "en" else w for w in written]
        if words and self.lang == "en":  # "Attorney General Janet Reno.": the sentence's full stop is no part of the name
            words[-1] = _without_full_stop(words[-1])
        if not words or all(self.is_pronoun(w) for w in words):
            return None
        classes = self.classes
        folded = [fold_text(w) for w in words]
        found = self.gazetteer.find(words)
        covered = {i for s, e, _ in found for i in range(s, e)}
        titled = _titled(words, folded, classes["title"])
        post_for_field = bool(titled) and all(f == "the" for f in folded[:titled[0]]) and any(
            f in FIELD_LINKS for f in folded[titled[0] + 1:])  # "Minister of Land Reform", "Chief of Protocol"
        if self.names_where_or_what(tuple(words)) and not post_for_field:
            return None  # "the Tallinn Accord", "King Tomas Airport"; a post's field after "of" is read below
        in_post = self._nationality(words) | {  # "Socialist Prime Minister": an adjective before the title only, not
            i for i in self.other_adjectives(words) if titled and i < titled[0]}  # "President Tadic"'s surname in -ic
        field = set(_titled(words, folded, classes["field_words"])) | (  # "وزير حقوق": a field cut at the phrase's end
            {len(words) - 1} if classes["field_opener"].match(folded[-1]) else set())
        if self.lang == "ar":  # "المفوض السامي لحقوق الإنسان": the field a post is for, after ل
            field |= set(_titled(words, list(map(_without_li, folded)), classes["field_words"]))
        role_end, body = 0, False
        for i, w in enumerate(folded):  # the post: titles, fields, nationalities, qualifiers, entities, then the name
            body = self._of_body(w, body and i == role_end, folded[i - 1] if i else "") or (
                i == role_end and i > 0 and folded[i - 1] in BODY_LINKS and bool(titled))  # the quoted body: 'لـ"أوفيد"'
            if (i in titled or i in covered or i in field or classes["portfolio"].match(w) or classes["modifier"].match(w)
                    or i in in_post or body or w in ("of", "the", "for", "باسم", "ل", "in", "to")):
                role_end = i + 1 if titled and i >= titled[0] else role_end
            elif titled and i > titled[0]:
                break
        name = list(takewhile(lambda iw: self._may_name(iw[1], folded[iw[0]], iw[0] in covered)
                              and not self._second_post(iw[0], folded, titled), enumerate(words[role_end:], role_end)))
        name = [w for _, w in name][:self._name_end([folded[i] for i, _ in name])]
        if titled and name and (self.names_where_or_what(tuple(name))
                                or fold_text(name[-1]) in _where_or_what_words()["field_last_words"]):
            role_end, name = role_end + len(name), []  # "Minister of Land Reform": the field the post is for, no name
        if titled and titled[0] > 0 and not self._body_of_post(words[:titled[0]], folded, 0 in covered) and not set(
                range(titled[0])) <= covered | in_post | {
                i for i, w in enumerate(folded) if classes["modifier"].match(w) or classes["portfolio"].match(w)}:  # "Trade Minister X"
            if not covered & set(range(titled[0])) and self._name_before_post(words[:titled[0]], folded[:titled[0]]):
                return Reading(person=tuple(words[:titled[0]]), length=role_end, role=" ".join(words[titled[0]:role_end]))
            return None  # "على توجيهات الرئيس ترامب": the entity starts at its title
        if titled and name:
            return Reading(person=tuple(name), length=role_end + len(name), role=" ".join(words[:role_end]))
        if titled:
            office = next((e for _, _, e in found if e.kind == "office"), None)
            start = 0 if self.lang == "en" else titled[0]  # "Russian foreign minister", "Spain's prime minister": a post keeps its country
            return Reading(role=" ".join(words[start:role_end] or words), post=True, entity=office)
        if self._is_name(words, folded, covered):
            return Reading(person=tuple(words), length=len(words))
        met = tuple(words) if not covered and len(words) <= SPOT_WORDS else ()
        return Reading(met=met, entity=self._body(found, words, folded) if found else self._generic(words, folded))


    def bare_title(self, role: str) -> str | None:
        """The title of an Arabic post written as a title alone, with no field, body, country or name ("الوزير",
        "المتحدث الرسمي", "العميد"), without its ال ("" for an indefinite one); None for any other post. Such a post
        names no one of its own: only the person the text gave that title before."""
        words = role.split()
        folded = [fold_text(w) for w in words]
        titled = _titled(words, folded, self.classes["title"])
        if self.lang != "ar" or not titled or titled[0] or not all(
                i in titled or self.classes["modifier"].match(f) for i, f in enumerate(folded)):
            return None
        if not _DEFINITE.match(folded[0]).group():
            return ""  # "وزير" alone: a construct cut from what it is of, no title to look back for
        return " ".join(_DEFINITE.sub("", f) for f in folded[:1 + sum(1 for _ in takewhile(
            lambda i: i in titled, range(1, len(folded))))])

    def _body_of_post(self, words: list[str], folded: list[str], known_first: bool) -> bool:
        """English capitalised words before a post's title that name the body the post is of: they open with an
        entity the data knows ("IDF Galilee Division Commander") or end with a body's head noun ("International
        Olympic Committee President"); part of the post, not words before the entity."""
        return (self.lang == "en" and all(w[:1].isupper() and not starts_no_name(w) for w in words)
                and (known_first or bool(self.classes["head"].match(folded[len(words) - 1]))))

    def _names_where_or_what(self, words: tuple[str, ...], things: bool = True) -> bool:
        """English words that name a place by their first or last word ("Fort Davis", "the South China Sea", "Blue
        Line"), or, with `things`, a thing that does not act by its last ("the Tallinn Accord", "the Lantern
        Festival"): where or what, not who; unless a known entity ends them or a body's head noun stands in them
        ("Lake Chad Basin Commission", "Treaty Organisation")."""
        if self.lang != "en" or not words:
            return False
        folded = [fold_text(w) for w in words]
        found = self.gazetteer.find(words)
        if found and found[-1][1] == len(words) or any(self.classes["head"].match(w) for w in folded):
            return False
        place = _where_or_what_words()
        return (folded[-1] in place["place_last_words"] or things and folded[-1] in place["thing_last_words"]
                or len(folded) > 1 and folded[0] in place["place_first_words"])

    def _name_before_post(self, words: list[str], folded: list[str]) -> bool:
        """Whether the Arabic words before a post are the name of who holds it ("وقال سمير داود المتحدث باسم
        الوزارة"): a first name the data spells, or two or three words of which the first has no ال; none a title, a
        qualifier, a nationality, a particle, a word that joins it to the next (also after و: "هادي وولد الشيخ"). The
        caller has made sure no known entity (a place: "وتريد واشنطن إشراك نظام الرئيس") stands among them."""
        spelt_first = self.gazetteer.latin(words[:1]) is not None
        return (self.lang == "ar" and 0 < len(words) <= FAMILY_NAME_WORDS
                and (spelt_first or len(words) > 1 and not folded[0].startswith("ال"))
                and self._name_end([f.removeprefix("و") for f in folded]) == len(folded)
                and all(self._may_name(w, f, False) and not self.classes["modifier"].match(f) and not self.gazetteer.country_of(w)
                        for w, f in zip(words, folded)))

    def _second_post(self, i: int, folded: list[str], titled: list[int]) -> bool:
        """Whether an Arabic title after a name opens a second post ("أحمد سيف قائد المنطقة", "عز الدين الاصبحي
        مفوض الأمم المتحدة"): it ends the name, but a title a name link joins to the name is a name word ("ولد الشيخ")."""
        return self.lang == "ar" and i in titled and not (i and self.classes["link"].match(folded[i - 1]))

    def _name_end(self, folded: list[str]) -> int:
        """How many of a name's words make it: an Arabic name never ends on a word that joins it to the next (عبد، بن)."""
        return len(folded) - sum(1 for _ in takewhile(self.classes["link"].fullmatch, reversed(folded)))

    def _of_body(self, folded: str, in_body: bool, previous: str) -> bool:
        """Whether an Arabic word names the body a post is of ("المتحدث الرسمي للمركز", "النائب الثاني لرئيس
        الوزراء"): a noun joined by ل to the post, or, right after one, a definite adjective qualifying it, or the
        definite noun an indefinite one is in construct with ("الناطق باسم شرطة المنطقة", "لشرطة المنطقة الشرقية")."""
        if self.lang != "ar":
            return False
        if in_body:
            construct = not previous.startswith(("ال", "لل"))
            return folded.startswith("ال") and (construct or bool(NISBA_END.search(folded)))
        if self._opens_post_field(folded, previous):
            return True  # "المنسق الخاص بالشؤون الإنسانية": the field a post is for, after ب
        return len(folded) > SHORT_WORD and (folded.startswith("لل") or folded[0] == "ل" and bool(
            self.classes["head"].match(folded[1:]) or self.classes["title"].fullmatch(folded[1:])))

    def _nationality(self, words: list[str]) -> set[int]:
        """The indexes of the words that make a nationality, of one word or two ("US", "South Korean")."""
        found = {i for i, w in enumerate(words) if self.gazetteer.country_of(w)}
        return found | {j for i in range(len(words) - 1) if self.gazetteer.country_of(f"{words[i]} {words[i + 1]}")
                        for j in (i, i + 1)}

    def adjectives(self, words: list[str]) -> set[int]:
        """The indexes of the words that make a nationality ("Peruvian") or another adjective (`other_adjectives`)."""
        return self._nationality(words) | self.other_adjectives(words)

    def other_adjectives(self, words: list[str]) -> set[int]:
        """The indexes of the words that make an adjective of a people, a faith, an ideology or a region that is no
        nationality and that no entity the data knows goes by ("Moorish", "Maoist")."""
        nationality = self._nationality(words)
        return {i for i, w in enumerate(words) if i not in nationality and self.classes["adjective"].fullmatch(w)
                and not self.gazetteer.entity([w])}

    def _country_of_nationality(self, words: list[str]) -> str | None:
        """The country of the first nationality in a phrase, of two words ("South Korean") before one."""
        pairs = (self.gazetteer.country_of(f"{a} {b}") for a, b in zip(words, words[1:]))
        return next((c for c in pairs if c), None) or next((c for c in map(self.gazetteer.country_of, words) if c), None)

    def description_words(self, phrase_words: list[str]) -> int:
        """How many of a phrase's words make a description with no name ("the army", "foreign ministry", القوات),
        whose referent is left open; 0 for none. Arabic: its head noun first, then what qualifies a head (definite
        nouns, adjectives, more heads: "قوات التحالف الدولي"), so "القوات اتخذ" is "القوات" and "أخرى لحسم" (no head
        first) none."""
        words = [fold_text(w) for w in phrase_words]
        if not words or all(map(self.is_pronoun, words)):
            return 0
        is_head = [bool(self.classes["head"].match(w) or self.classes["force"].match(w)) for w in words]
        if self.lang != "ar":  # "Maoist commanders": holders of a post, by what they are
            plural_post = (len(words) > 1 and words[-1].endswith("s") and _is_title(self, words[-1])
                           and len(self.adjectives(list(phrase_words[:-1]))) == len(words) - 1)
            return len(words) if any(is_head) or plural_post else 0
        if not is_head[0]:
            return 0
        qualifying = [head or bool(NISBA_END.search(f)) or self._qualifies(w, f)
                      for w, f, head in zip(phrase_words[1:], words[1:], is_head[1:])]
        # "قيادة أركان الجيش": an indefinite noun after an indefinite one, before what qualifies, is a construct's noun
        construct = [q or after and not before.startswith("ال") and not f.startswith("و") and not self.stops(f) and not self.is_pronoun(w)
                     for q, after, before, w, f in zip(qualifying, qualifying[1:] + [False], words, phrase_words[1:], words[1:])]
        return 1 + sum(1 for _ in takewhile(bool, construct))

    def stops(self, folded: str) -> bool:
        """Whether a folded word ends a name: a particle or an Arabic imperfect verb (يزور), but not a name word the
        data can spell that only looks like one (فيصل, يوسف)."""
        return bool(self.classes["stop"].match(folded)) and not (
            len(folded) > SHORT_WORD and self.gazetteer.latin([folded]) is not None)

    def _is_pronoun(self, word: str) -> bool:
        folded = fold_text(word)
        return folded in _pronouns(self.lang) or bool(self.classes["bare"].match(folded))

    def _may_name(self, word: str, folded: str, covered: bool) -> bool:
        classes = self.classes
        if covered or self.is_pronoun(word) or self.stops(folded) or classes["head"].match(folded):
            return False
        if self.lang == "ar" and len(folded) == 1:
            return False  # a lone letter is a clitic cut from its word (لـ«...»)
        if self.lang == "ar" and self._opens_bi_phrase(word, folded):
            return False
        if self.lang == "en":  # "Nine months of talks", "Twenty-two nations": a count, not a name
            return (word[0].isupper() or word.startswith("al-")) and folded.split("-")[0] not in _number_words()
        return not folded.isdigit()

    def _opens_bi_phrase(self, word: str, folded: str) -> bool:
        """Whether an Arabic word is ب fused to the first word of a phrase it governs, which a name runs on into
        ("فلان بمقر السفارة", "بالعاصمة", "برئيس الإقليم", "بنظيره", "بأستراليا"): a title, a body's or a force's
        head noun, a counterpart with its owner's pronoun, an entity the data knows (a country, a capital), or a
        noun of where or with whom (bi_phrase_nouns), with or without ال. A word of ب and any other noun may be a
        name ("بنظير", "بالحاج", "بلقاسم"), as may a name word the data spells (بارزاني، بوتين); a name link (بن),
        باسم and a qualifier of a post (بالوكالة) stay."""
        if not folded.startswith("ب") or len(folded) <= SHORT_WORD or folded in BODY_LINKS:
            return False
        if self.classes["link"].fullmatch(folded) or self.classes["modifier"].fullmatch(folded) or self.gazetteer.latin([word]) is not None:
            return False
        rest, classes = folded[1:], self.classes
        noun = rest.removeprefix("ال")
        return bool(classes["title"].fullmatch(rest) or classes["head"].match(rest) or classes["force"].match(rest)
                    or classes["bi_noun"].fullmatch(noun) or self.gazetteer.entity([rest]) is not None
                    or classes["counterpart"].fullmatch(rest) and rest.endswith(COUNTERPART_OWNERS))

    def _opens_post_field(self, folded: str, previous: str) -> bool:
        """Whether an Arabic word is ب fused to the definite noun of the field a post is for, right after the
        qualifier that governs that ب ("المنسق الخاص بالشؤون الإنسانية", "الوزير المكلف بالاستثمار")."""
        return (bool(self.classes["bi_field_qualifier"].fullmatch(previous)) and folded.startswith("بال")
                and len(folded) >= len("بال") + DEFINITE_STEM_LETTERS)

    def _is_name(self, words: list[str], folded: list[str], covered: set[int]) -> bool:
        """A phrase that is a name alone: a name the gazetteer can spell, or English capitals (a person met
        before is the article's to tell: Reading.met)."""
        if covered or len(words) > SPOT_WORDS:
            return False
        if self.lang == "ar":
            return (not any(map(self.stops, folded)) and self._name_end(folded) == len(folded)
                    and (self.gazetteer.latin(words) is not None or self._family_named(words, folded)))
        if len(self._nationality(words)) == len(words):
            return False  # "Peruvian", "South Korean" ("two Peruvian diplomats stated"): its country, not a person of that name
        return all(self._may_name(w, f, False) for w, f in zip(words, folded)) and name_key(" ".join(words)) not in self.gazetteer.places

    def _family_named(self, words: list[str], folded: list[str]) -> bool:
        """An Arabic person's name of a first name the data spells and a family name in ال ("سالم العلي",
        "محمد العامري"): no verb, particle or noun of a body stands there with the article."""
        return (1 < len(words) <= FAMILY_NAME_WORDS and self.gazetteer.latin(words[:1]) is not None
                and all(f.startswith("ال") and self._may_name(w, f, False) and not self.classes["title"].match(f)
                        and not self.classes["modifier"].match(f) and not self.gazetteer.country_of(w)
                        for w, f in zip(words[1:], folded[1:])))

    def _qualifies(self, word: str, folded: str) -> bool:
        """An Arabic word that can qualify a body's head noun: a definite noun or adjective, or an entity (جماعة
        الحوثي); never a pronoun or a particle. (An English body is read by `_english_body`.)"""
        if self.is_pronoun(word) or self.classes["stop"].match(folded):
            return False
        return folded.startswith(("ال", "لل")) or bool(self.gazetteer.entity([word]))

    def _body(self, found: list, words: list[str], folded: list[str]) -> Entity:
        """A phrase that holds a known entity: the most specific one (a ministry over its country)."""
        best = max(found, key=lambda f: (f[2].kind != "government", f[1] - f[0]))[2]
        if best.kind == "government":
            return self._generic(words, folded) or best
        return best

    def _generic(self, words: list[str], folded: list[str]) -> Entity | None:
        """A body by its head noun: a country's forces or government (القوات الأمريكية, the Sudanese government),
        else the body as written (جماعة الحوثي); no head noun and no entity: a fragment."""
        classes = self.classes
        heads = [i for i, w in enumerate(folded) if classes["head"].match(w)]
        country = self._country_of_nationality(words)
        found = self.gazetteer.find(words)
        country = country or next((e.country for _, _, e in found if e.kind == "government"), None)
        if country and any(classes["force"].match(folded[i]) for i in heads):
            return Entity(f"{self.gazetteer.countries[country].name} armed forces", "army", country)
        if country:
            return self.gazetteer.countries[country]
        if self.lang == "en":
            return self._english_body(words, heads)
        qualifying = [self._qualifies(w, f) for w, f in zip(words, folded)]
        qualified = [i for i in heads if i + 1 < len(words) and qualifying[i + 1]]
        if not qualified:  # a head noun alone ("the government", القوات) is a bare noun: no one in particular
            return None
        start = qualified[0]
        end = start + 1 + sum(1 for _ in takewhile(bool, qualifying[start + 1:]))
        body = " ".join(words[start:end])
        head = folded[start]
        if (head[:1] in "وف" and len(head) > 4 and classes["head"].fullmatch(head[1:])
                or head[:1] in "بل" and head[1:2] not in "لا" and classes["head"].fullmatch(head[1:])):
            body = body[1:]  # "وقيادة التحالف", "لقوة حفظ السلام": a conjunction or a preposition; "لواء", "وجهاء" keep theirs
        return Entity(body, "government")

    def _english_body(self, words: list[str], heads: list[int]) -> Entity | None:
        """An English body by the capitalised name that holds a capitalised head noun ("the Democratic Progress
        Party (DPP)", "Ministry of Energy and Mines"): the name from its first capital on, through lower-case links
        (of, and) between capitals, without an acronym after it; a head noun alone ("the ministry") is no one in
        particular."""
        capital = [i for i, w in enumerate(words) if w[:1].isupper()]
        if not capital or not any(capital[0] <= i and words[i][:1].isupper() for i in heads):
            return None
        end = capital[0]
        while end < len(words) and (words[end][:1].isupper() or words[end] in ENGLISH_NAME_LINKS and end + 1 < len(words)
                                    and words[end + 1][:1].isupper()):
            end += 1
        name = words[capital[0]:end]
        if len(name) > 2 and name[-1].isupper() and any(i == capital[0] + len(name) - 2 for i in heads):
            name = name[:-1]  # "Democratic Progress Party DPP": the acronym restates the name
        return Entity(" ".join(name), "government") if len(name) > 1 else None

    def _may_start(self, word: str) -> bool | None:
        """Whether an entity's name may start with this word (most words start none: the search stays cheap);
        None: only if it is the surname of a person the article named."""
        folded = fold_text(word)
        classes = self.classes
        if self.lang == "en":
            return (word[:1].isupper() or word.startswith("al-")) and folded.rstrip(".") not in _not_names()
        if self.stops(folded):
            return False
        if (classes["title"].match(folded) or classes["head"].match(folded) or self._starts_alias(word)
                or self.gazetteer.latin([word]) is not None):
            return True
        return None

    def starts_known(self, word: str) -> bool:
        """Whether a word starts a name the data knows: an entity's alias or a person's name word ("Beijing on Monday")."""
        return self._starts_alias(word) or name_key(word) in self.latin_words

    def _starts_alias(self, word: str) -> bool:
        starts, key = self.alias_starts, name_key(word)
        return key in starts or (len(key) > 3 and key[0] in "وفبلك" and (key[1:] in starts or "ال" + key[2:] in starts))

    def _may_continue(self, word: str) -> bool:
        """Whether a word may stand inside an entity's name or post (not punctuation, a particle, a pronoun)."""
        if self.lang == "en" and word == "of":  # "Secretary of State X", "Ministry of Defense": "of" inside a name or a post
            return True
        if _BREAK.fullmatch(word) or self.is_pronoun(word):
            return False
        if self.lang == "en":
            return word[:1].isupper() or word.startswith("al-") or bool(self.classes["head"].match(word))
        return not self.stops(fold_text(word))


@lru_cache(maxsize=8)
def _reader(gazetteer: Gazetteer, lang: str) -> Reader:
    return Reader(gazetteer, lang)


def _whole_word_at(text: str, word: str) -> list[int]:
    """Where a word stands in a text as a whole word (no regular expression is built for each word looked for)."""
    def is_edge(i: int) -> bool:
        return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] == "_")

    found, at = [], text.find(word)
    while at >= 0:
        if is_edge(at - 1) and is_edge(at + len(word)):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _first_words(phrase: str, n: int, known: Container[str] = ()) -> str:
    """A phrase up to the end of its n-th word ("وزير الدفاع هيل" of "وزير الدفاع هيل بقوات")."""
    ends = [m.end() for m in _word_matches(phrase, known)]
    return phrase[:ends[n - 1]] if 0 < n <= len(ends) else phrase


def _words(phrase: str, known: Container[str] = ()) -> tuple[str, ...]:
    """A phrase's words, without the punctuation between them."""
    return tuple(m.group() for m in _word_matches(phrase, known))


def _word_matches(phrase: str, known: Container[str]) -> list[re.Match]:
    """A phrase's words, without punctuation and without an acronym in brackets that restates the name before it
    ("the Special Representative for Somalia (SRSG) Ann Dale", "the National Union of Mineworkers (NUM)"), unless
    the acronym is a name `known` (by its name_key) and the words before it may not be."""
    matches = list(_WORD.finditer(phrase))
    tokens = [m.group() for m in matches]
    restated = {i for i in range(1, len(tokens) - 1) if tokens[i - 1] == "(" and tokens[i + 1] == ")"
                and _ACRONYM.fullmatch(tokens[i]) and name_key(tokens[i]) not in known}
    return [m for i, m in enumerate(matches) if i not in restated and not _BREAK.fullmatch(m.group())]


@dataclass
class _Article:
    """What an article has named so far: people by surname and by post, and the last entity named."""

    gazetteer: Gazetteer
    lang: str
    people: dict[str, Named] = field(default_factory=dict)
    roles: dict[str, Named] = field(default_factory=dict)
    named_last: Named | None = None  # the entity of the last mention
    person_last: Named | None = None  # the person of the last mention that named one
    stated_by: Named | None = None  # the entity of the last mention in a sentence with a statement: what "the statement" means
    spoke_last: Named | None = None  # who made the last announcement: whom a subjectless "وأوضح:", "«قررنا»" continues
    unread: list[str] = field(default_factory=list)  # stretches of text since then, read only if a pronoun needs them
    text: str = ""  # the article's text
    at: int = 0  # where the sentence being named starts
    looked_for: set[str] = field(default_factory=set)  # names looked for in the text before (`meet`)
    triggers: dict[int, list[str]] = field(default_factory=dict)  # the mentions' triggers by their sentence's start

    def __post_init__(self):
        self.reader = _reader(self.gazetteer, self.lang)

    @cached_property
    def name_tails(self) -> frozenset[str]:
        """English words the article writes after a capitalised word, as the later words of a name ("Tetangco" of
        "Amando Tetangco", "Reno" of "Janet Reno")."""
        return frozenset(m.group(1) for m in _CAPITALISED_PAIR.finditer(self.text)) if self.lang == "en" else frozenset()

    @cached_property
    def folded(self) -> Folded:
        """The article's text folded once, where titles are looked for (`holder`)."""
        return fold(self.text)

    @property
    def last(self) -> Named | None:
        """The entity named last: in the text since the last mention, else that mention's."""
        while self.unread:
            spots = _spots(self, self.unread[-1])
            if spots:
                self.named_last = spots[-1][2]
                self.forget_unread()
            else:
                self.unread.pop()
        return self.named_last

    def forget_unread(self) -> None:
        """Drop the text since the last mention, keeping the person it named last ("said Ana Ruiz, head of the
        PSA." ... "the ships will leave, she said"): whom a later he or she means, though no event named them."""
        self.person_last, self.unread = self.last_person if self.lang == "en" else self.person_last, []

    @property
    def last_person(self) -> Named | None:
        """The person named last ("he", "she" mean a person): in the text since the last mention, else the person of
        the last mention that named one."""
        for stretch in reversed(self.unread):
            people = [named for _, _, named in _spots(self, stretch) if named.entity.kind == "person"
                      and not _ACRONYM.fullmatch(named.written)]  # "of the PSA": letters that name a body, not a person
            if people:
                return people[-1]
        return self.person_last

    def entity(self, phrase: str, words: tuple[str, ...] | None = None) -> Named | None:
        """The entity a phrase (an actor as the extractor wrote it) names, or None for a fragment; `words`:
        the phrase's words where the caller has them."""
        known = self.gazetteer.aliases
        reading = self.reader.reading(_words(phrase, known) if words is None else words)
        if reading is None:
            return None
        if reading.person:
            if self.lang == "en" and len(reading.person) == 1 and not reading.role and name_key(reading.person[0]) not in self.people:
                self.meet(reading.person[0])  # "Attorney General Janet Reno" ... "Reno said"
            return self._person(reading.person, reading.role, _first_words(phrase, reading.length, known))
        if reading.met and name_key(reading.met[-1]) not in self.people:
            self.meet(reading.met[-1])
        if reading.met and name_key(reading.met[-1]) in self.people:
            return self._person(reading.met, "", phrase)
        if reading.post:
            return self._post(reading.role, reading.entity, phrase)
        return Named(reading.entity, phrase) if reading.entity else None

    def description(self, phrase: str) -> str | None:
        """The description with no name a phrase opens with ("the army", القوات), as written; None if it opens with none."""
        words = _words(phrase)
        n = self.reader.description_words(list(words))
        return (phrase if n == len(words) else " ".join(words[:n])) if n else None

    def meet(self, surname: str) -> None:
        """The person of this surname that the text before this sentence named, though no mention named them
        ("رئيس اللجنة الدولية بيتر مورير" ... "والتقى مورير", "Attorney General Janet Reno" ... "Reno said"): the words
        up to each place the surname stands are read."""
        if surname in self.looked_for or self.at < 0 or self.lang == "ar" and self.reader.may_start(surname) is not None:
            return  # an Arabic word that may start a name of its own (a title, a head noun) was read already
        if self.lang == "en" and (not surname[:1].isupper() or self.gazetteer.country_of(surname)):
            return  # "Cuban": a nationality, no one's surname
        self.looked_for.add(surname)
        key = name_key(surname)
        with self._reading_back(keep=self.lang == "ar") as (at, people, _):  # English: only the person of that surname is met
            for found in _whole_word_at(self.text[:at], surname):
                _spots(self, self.text[self._run_start(found):found + len(surname)])
            met = self.people.get(key)
        if self.lang == "en" and met is not None and key not in people and len(met.entity.name.split()) > 1:  # a full name
            self.people[key] = met
            if met.role:
                self.roles[met.role] = met

    @contextmanager
    def _reading_back(self, keep: bool) -> Iterator[tuple[int, dict, dict]]:
        """While the text before this sentence is read again: what the reading meets is not looked for in turn, and,
        unless `keep`, the people and posts it reads are forgotten after. Yields where this sentence starts and the
        people and posts known before."""
        at, people, roles = self.at, dict(self.people), dict(self.roles)
        self.at = -1
        try:
            yield at, people, roles
        finally:
            self.at = at
            if not keep:
                self.people, self.roles = people, roles

    def _run_start(self, found: int) -> int:
        """Where the run of a name that reaches text[found] may start: NAME_CHARS before it, and in English after the
        punctuation or new line before it, not inside a post ("of State Condoleezza Rice")."""
        start = max(0, found - NAME_CHARS)
        return max([start, *(m.end() for m in _RUN_BREAK.finditer(self.text, start, found))]) if self.lang == "en" else start

    def recall(self, title: str) -> None:
        """The person the text before this sentence gave an English post, though no mention named them ("King Carl
        Gustaf of Sweden" ... "the king held talks"): the words from where a name's run may start up to each place the title
        stands capitalised, and a name's length after it, are read; only the people given that title are kept."""
        if title in self.looked_for or self.at < 0:
            return
        self.looked_for.add(title)
        key, held = name_key(title), []
        with self._reading_back(keep=False) as (at, _, _):  # only who holds the title is kept, not the other words read
            for found in _whole_word_at(self.text[:at], title.capitalize()):
                held += [named for _, _, named in _spots(self, self.text[self._run_start(found):min(at, found + len(title) + NAME_CHARS)])
                         if named.entity.kind == "person" and named.role.split()[-1:] == [key]]
        for named in held:
            self.people.setdefault(named.surname, named)
            self.roles.setdefault(named.role, named)

    def holder(self, title: str) -> Named | None:
        """The person the text before this sentence gave an Arabic title last ("وزير الخارجية التركي X" ... "وقال
        الوزير"; "X المتحدث باسم الجيش" ... "وأضاف المتحدث"): each place the title stands (with or without ال, a
        clitic before it) is read with a name's length around it; a title in construct with a body's noun is that
        body's head, another post ("رئيس الوزراء" is no "الرئيس"). A feminine title (وزيرة) is only a woman's post."""
        if self.at < 0:
            return None
        words = title.split()
        pattern = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?" + r"\s+(?:ال)?".join(map(re.escape, words)) + r"(?!\w)")
        folded, held = self.folded, None
        with self._reading_back(keep=False) as (at, people, _):  # only the holder is kept, not the other words read
            for found in pattern.finditer(folded.text, 0, folded.folded_offset(at)):
                start, end = folded.span(found.start(), found.end())
                window = self._run_start(start)
                for s, e, named in _spots(self, self.text[window:min(at, end + NAME_CHARS)]):
                    if (named.entity.kind == "person" and s <= start - window < e and self._holds(named.role.split(), title)
                            and not named.entity.name.startswith(("ال", "و"))  # "متحدث باسم المجلس ومقره": no name after it
                            and not self.reader.classes["counterpart"].fullmatch(fold_text(named.entity.name.split()[0]))):  # "نظيره"
                        held = named
        if held is None:
            return None
        words = held.entity.name.split()  # "ماري دوبوا سحب" read around the title is "ماري دوبوا" a mention named
        known = [p for p in people.values()
                 if p.entity.kind == "person" and words[:len(p.entity.name.split())] == p.entity.name.split()]
        held = max(known, key=lambda p: len(p.entity.name), default=held)
        self.people.setdefault(held.surname, held)
        return held

    def _post_goes_on(self, role: str, written: str) -> bool:
        """Whether the word after a post's title is a body's noun in construct with it that its reading left out
        ("رئيس البرلمان"): the post of that body, not the title of an earlier holder (`_post` names no one by it)."""
        rest = _words(written)[len(role.split()):]
        return bool(rest) and bool(self.reader.classes["head"].match(fold_text(rest[0])))

    def _holds(self, role: list[str], title: str) -> bool:
        """Whether a post (its words as name_key gives them) is of a title: the title is its first, not one after a
        deputy's (نائب وزير), and not in construct with a body's noun after it ("رئيس الوزراء": another post)."""
        first, length = name_key(title.split()[0]), len(title.split())
        i = next((i for i, r in enumerate(role) if _DEFINITE.sub("", r) == first), None)
        if i is None or any(self.reader.classes["title"].fullmatch(r) for r in role[:i]):
            return False  # "نائب وزير الخارجية" is no "الوزير": the post is its first title's
        return not (i + length < len(role) and self.reader.classes["head"].match(role[i + length]))

    def _person(self, name: tuple[str, ...], role: str, written: str) -> Named:
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

    def _post(self, role: str, office: Entity | None, written: str) -> Named:
        """A post named without a name: the person given it earlier in the article, else the office."""
        key = name_key(role)
        if (title := self.reader.bare_title(role)) is not None and not self._post_goes_on(role, written):  # "وقال الوزير"
            return (title and self.holder(title)) or Named(Entity(written, "office"), written, role=key, unheld=True)
        if self.lang == "en" and role[:1].islower() and len(role.split()) == 1:
            self.recall(role)  # "the king": the king the text named before
        earlier = self.roles.get(key) or next((p for r, p in self.roles.items() if r.startswith(key) or key.startswith(r)
                                               or r.endswith(f" {key}")), None)  # "the king" of "Jordanian King X"
        if earlier:
            return earlier
        bare = self.lang == "ar" and office is None and title is not None  # "رئيس" of a body its reading left out
        return Named(office or Entity(role, "office"), written, role=key, unheld=bare)


def name_actors(result: ArticleResult, gazetteer: Gazetteer) -> None:
    """Give every mention of an article its `actor_name`, in text order; a mention whose actor is no entity
    takes the entity named nearest in its sentence (Arabic: the one named first before its trigger; for one with no
    actor at all, the one named last before its trigger, else the one the text before named last; for a trigger a
    possessive owns, "زيارته", "his visit", its owner), or the one named last before it (the person named last for
    he, she); a statement that speaks, the one that issued it."""
    text = result.article.text
    article = _Article(gazetteer, result.lang, text=text)
    for m in result.mentions:  # an English event's words name no one ("Negotiations were moving forward")
        if m.trigger and result.lang == "en":
            article.triggers.setdefault(m.sentence_start or 0, []).append(m.trigger)
    previous_end = 0
    for m in sorted(result.mentions, key=lambda m: m.sentence_start or 0):
        start = article.at = m.sentence_start or 0
        if start > previous_end:  # the sentences between: who they name is who a pronoun may mean
            article.unread.append(text[max(previous_end, start - LAST_NAMED_CHARS):start])
        previous_end = max(previous_end, m.sentence_end or start)
        if result.lang == "en":  # constructions the rules' reading of word order passes over (roles.py)
            m.actor = construction_actor(m.sentence, m.trigger, m.event_type) or _without_particles(m.actor)
        parties = (arabic_parties(m.sentence, m.trigger, m.event_type) or arabic_dual_subject(m.sentence, m.trigger)
                   ) if result.lang == "ar" else None
        m.actor = parties or m.actor
        if result.lang == "en" and m.actor:
            m.actor = _body_qualified(article, m.sentence, m.actor)
        if _opener_alone(article, m):  # "Envoys at the talks agreed": capitalised because it comes first
            m.actor_name = None  # kept as written, as a description is, but no one's name
            continue
        named = (_joint(article, m) or article.entity(m.actor)) if m.actor else None
        if named is not None and result.lang == "ar" and _after_named_place_noun(article, m.sentence[:max(0, _actor_at(m))], named):
            named = None  # "افتتاح ميناء الشيخ فلان": the port, not the sheikh
        if named is not None and (holder := _holder_named_on(article, m, named)):
            named, m.actor = holder, holder.written  # "Danish Ambassador" of "Danish Ambassador to Peru X said"
        description = article.description(m.actor) if named is None and m.actor and not parties else None
        if named is None and m.actor and (parties or description):
            m.actor = parties or description
            m.actor_name = None  # "the army", "بين X وY" of no known names, "الوزيرين": kept as written, no one named
            continue
        if named is None and article.stated_by and _said_by_statement(article, m):
            named = article.stated_by  # "وأضاف البيان", "the statement said": who issued the statement before
            m.actor = _without_full_stop(named.written)
        if named is None:
            if m.actor is None and m.event_type == "announcement" and article.spoke_last and not _nearest(article, m, before=True):
                named = article.spoke_last  # "وأوضح: «...»", "«قررنا»": the speaker goes on, whoever was named since
            elif m.actor is None and (pronoun := owner_pronoun(m.sentence, m.trigger, result.lang)):
                named = _owner(article, m, pronoun) or article.last  # "خلال زيارته", "his visit": whose visit
            else:
                named = ((_last(article, m) or _nearest(article, m)) if m.actor else (_nearest(article, m, before=True) or article.last or _nearest(article, m))
                         ) if _refers_back(article, m) else _nearest(article, m)  # he, she: the one named last
            if named is not None:
                m.actor = _without_full_stop(named.written)
            elif m.actor is not None:
                m.actor = None  # "القوات اتخذ", "أخرى لحسم": a fragment names no one, and the text named no one near it
        if named is not None and result.lang == "ar" and (body := _members_of(article, m)):
            m.actor = _without_preposition(article, m.actor, named)
            named = body  # "الدول الأعضاء في الحلف": the alliance's members, named by the alliance
        if named is not None and result.lang == "ar" and (holder := _holder_named_after(article, m, named)):
            named = holder  # "المدير العام لشؤون الطلبة الأستاذ فلان": the post as written, named by its holder
        if named is not None:
            article.named_last = named
            if named.entity.kind == "person":
                article.person_last, article.unread = named, []
            else:
                article.forget_unread()
            if m.event_type == "announcement":
                article.spoke_last = named
                if article.reader.classes["statement"].search(m.sentence):
                    article.stated_by = named
        if named is not None and result.lang == "ar":
            m.actor = _without_preposition(article, m.actor, named)
        if m.actor and result.lang == "en":
            m.actor = _POSSESSIVE.sub("", m.actor)  # "Lind's boycott", "Ruritania's reply": who acts is Lind, Ruritania
        m.actor_name = named.entity.name if named and not _unheld_post(named) else None


def _body_qualified(article: _Article, sentence: str, actor: str) -> str:
    """An English actor that is a nationality or another adjective alone ("Japanese", "U.S.", "Maoist") where the
    sentence goes on to the head noun of a body or a force it qualifies ("Japanese troops", "the Swiss federal
    parliament", "Maoist fighters") or to a post's title ("the Maoist defence minister", "Maoist commanders"): the
    actor is that noun phrase, up to its head; an adjective before a name ("Iraqi National Dialogue") or before no
    head stays as written."""
    words = _words(actor)
    at = _whole_word_at(sentence, actor)
    if not at or len(article.reader.adjectives(list(words))) != len(words):
        return actor
    end = at[0] + len(actor)
    for word in list(_WORD.finditer(sentence, end))[:QUALIFIED_WORDS]:
        if _BREAK.fullmatch(word.group()) or word.group()[:1].isupper() or word.group() == "that" or is_english_verb(word.group()):
            break  # "Chinese officials said troops": the phrase ends at its verb
        if article.reader.classes["head"].match(word.group()) or _is_title(article.reader, word.group()):
            return sentence[at[0]:word.end()]
    return actor


def _is_title(reader: Reader, word: str) -> bool:
    """Whether an English word is a post's title, in the singular or the plural ("minister", "leaders"), not a bare
    noun ("officials")."""
    return not reader.is_pronoun(word) and any(reader.classes["title"].fullmatch(w) for w in (word, word.removesuffix("s")))


def _unheld_post(named: Named) -> bool:
    """A post with no holder the article gave: an Arabic title alone ("وقال الوزير", `Named.unheld`) or an English
    post written in lower case ("the king", "the top commander"): the actor stays as written, but it names no entity
    of its own: every article's minister or king would be one lane."""
    return named.unheld or named.entity.kind == "office" and not named.surname and named.entity.name[:1].islower()


def _holder_named_on(article: _Article, m: Mention, named: Named) -> Named | None:
    """The person an English post names further on in the sentence, where the actor as written stops at the post
    ("Danish Ambassador" of "Danish Ambassador to Peru Anna Holm said"): the post with its holder's name."""
    if article.lang != "en" or named.entity.kind != "office" or named.surname or not m.actor:
        return None
    at = m.sentence.find(m.actor)
    return next((holder for start, holder in _acting_spots(article, m) if start == at
                 and holder.entity.kind == "person" and len(holder.written) > len(m.actor)), None)


def _holder_named_after(article: _Article, m: Mention, named: Named) -> Named | None:
    """The person an Arabic post without a holder names after the body it is of ("الأمين العام لنقابة الأطباء
    الدكتور فلان"): the first person named after the post, with only the body's words between (`_of_post_body`, at most
    HOLDER_AFTER_WORDS; a body the data knows among them) and no title of their own (then they hold another post:
    "التقى المدير العام الوزير فلان"); written from the post to the name."""
    if named.entity.kind != "office" or named.surname or not m.actor or (at := _actor_at(m)) < 0:
        return None
    end, reader = at + len(m.actor), article.reader
    after = m.sentence[end:end + HOLDER_AFTER_CHARS]  # the body and the name read, not the whole sentence
    for start, stop, holder in _spots(article, after):
        between = list(_words(after[:start]))
        if len(between) > HOLDER_AFTER_WORDS or not all(_of_post_body(reader, w, fold_text(following))
                                                        for w, following in zip(between, between[1:] + [""])):
            return None
        if _of_another_post(reader, list(_words(m.actor))[1:] + between):
            return None  # "المتحدث باسم الرئيس فلان": فلان holds the other post, the president's
        if holder.entity.kind != "person":
            continue  # the body the post is of, though it bear a person's name ("جامعة الملك فلان")
        words = list(_words(after[start:stop]))
        if _titled(words, [fold_text(w) for w in words], reader.classes["title"]):
            return None
        return replace(holder, written=m.sentence[at:end + stop])
    return None


def _of_another_post(reader: Reader, words: list[str]) -> bool:
    """Whether the words after a post's first one, up to a name, hold the title of another post ("مدير مكتب
    الوزير", "الناطق باسم القائد", "مستشار للملك"): the name after them is that post's holder's."""
    folded = [fold_text(w) for w in words]
    return any(reader.classes["title"].fullmatch(w) or w.startswith("ل") and reader.classes["title"].fullmatch(w[1:])
               for w in folded)


def _of_post_body(reader: Reader, word: str, following: str) -> bool:
    """Whether an Arabic word (as written) may be one of the body a post is of, between the post and its holder's
    name: ل or على, a definite noun or one with ل ("المركز", "لشؤون"), or a noun in construct with the definite one
    after it ("مركز الملك"); never a verb (التقى, سيلتقي, يزور) or a particle. على is read as written: folded, it is
    spelled as the name علي."""
    if word in HOLDER_LINKS:
        return True
    folded = fold_text(word)
    if (reader.stops(folded) or reader.classes["finite_verb"].fullmatch(folded) or _ARABIC_FUTURE.fullmatch(folded)
            or folded in _pronouns("ar")):
        return False
    return folded.startswith(("ال", "ل")) or following.startswith("ال")


def _without_preposition(article: _Article, actor: str | None, named: Named) -> str | None:
    """An Arabic actor without the preposition fused to its first, definite word ("للبيت الأبيض" is "البيت الأبيض",
    "بالحكومة اليمنية" "الحكومة اليمنية") or the conjunction fused to a body's ("والحكومة اليونانية", "وقوات الجيش"):
    the preposition or conjunction ties it to the sentence, it is not part of the name; kept
    where the words without it name someone else or no one ("للواء" is ل + لواء, not اللواء), and where the words
    with it open with a known name and those without it do not: the letter is the name's own ("بشار الأسد" is
    not ب + شار الأسد; "ببشار الأسد" is)."""
    found = _FUSED_PREPOSITION.match(actor) if actor else None
    if not found and actor and _opens_body(article.reader, actor[1:]):
        found = _FUSED_CONJUNCTION.match(actor)
    if not found or _opens_known_name(article.gazetteer, actor) and not _opens_known_name(article.gazetteer, actor[found.end():]):
        return actor
    bare = ("ال" if found.group(1) == "لل" else "") + actor[found.end():]
    again = article.entity(bare)
    return bare if again is not None and again.entity == named.entity else actor


def _opens_body(reader: Reader, phrase: str) -> bool:
    """Whether a phrase opens with a definite noun or a body's head noun ("الحكومة اليونانية", "قوات الجيش")."""
    return phrase.startswith("ال") or bool(phrase.split() and reader.classes["head"].match(fold_text(phrase.split()[0])))


def _opens_known_name(gazetteer: Gazetteer, phrase: str) -> bool:
    return gazetteer.latin(phrase.split()[:1]) is not None


def _without_li(folded: str) -> str:
    """An Arabic word without the ل fused to it ("لحقوق" is حقوق, "للدفاع" الدفاع): what a post is for."""
    if len(folded) <= LI_STEM_LETTERS or folded[0] != "ل":
        return folded
    return "ال" + folded[len("لل"):] if folded.startswith("لل") else folded[len("ل"):]


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


def _without_particles(actor: str | None) -> str | None:
    """An English actor without the words before its name that start none ("But Hamas" is "Hamas")."""
    words = actor.split() if actor else []
    lead = next((i for i, w in enumerate(words) if not starts_no_name(w.capitalize())), 0)
    return " ".join(words[lead:]) if 0 < lead < len(words) and words[lead][:1].isupper() else actor


def _joint(article: _Article, m: Mention) -> Named | None:
    """Two or more entities that act together ("أوباما وأردوغان", "Israel and the Palestinian Authority"): each
    part after a conjunction (and; و before a word that may start a name) names a different entity, and an
    English one as a whole, not capitalised words around a known name ("UN Food and Agriculture Organization").
    The actor is written up to the last of them; its name joins theirs."""
    words = _words(m.actor)
    cuts = [i for i, w in enumerate(words) if i and (w == "and" if article.lang == "en" else
                                                      w[:1] == "و" and len(w) > 2 and article.reader.may_start(w[1:]))]
    parts, start = [], 0
    for end in [*cuts, len(words)] if cuts else ():
        part = words[start:end]
        if start:  # without its conjunction
            part = part[1:] if article.lang == "en" else (part[0][1:], *part[1:])
        reading = article.reader.reading(part) if part else None
        if reading is None or article.lang == "en" and not _whole(article, part, reading):
            break
        named = article.entity(" ".join(part), part)
        if named is None or any(p.entity == named.entity for p in parts):
            break
        parts.append(named)
        start = end
    if len(parts) < 2:
        return None
    m.actor = _first_words(m.actor, start)
    return Named(Entity(" and ".join(p.entity.name for p in parts), "joint"), m.actor)


def _whole(article: _Article, part: tuple[str, ...], reading: Reading) -> bool:
    """Whether English words name an entity as a whole: a known name up to their last word, a person given with
    a post, or a person the article named before."""
    if reading.person:
        return bool(reading.role) or name_key(part[-1]) in article.people
    found = article.gazetteer.find([_POSSESSIVE.sub("", w) for w in part])
    return bool(found) and found[-1][1] == len(part)


def _said_by_statement(article: _Article, m: Mention) -> bool:
    """An announcement whose subject is a statement: its trigger holds it ("a statement said") or it stands right
    after the trigger ("وأضاف البيان") or right before it ("the statement said")."""
    if m.event_type != "announcement" or not m.trigger:
        return False
    at = m.sentence.find(m.trigger)
    classes = article.reader.classes
    return any(not classes["in_before"].search(m.sentence, max(0, found.start() - PREPOSITION_CHARS), found.start())
               for found in classes["statement"].finditer(m.sentence, max(0, at - STATEMENT_CHARS),
                                                          at + len(m.trigger) + STATEMENT_CHARS))


def _last(article: _Article, m: Mention) -> Named | None:
    """Whom a pronoun means: the person named last for one that means a person (he, she), else the entity named last."""
    person = fold_text(m.actor or "") in _person_pronouns(article.lang)
    return (article.last_person if person else None) or article.last


@cache
def _person_pronouns(lang: str) -> frozenset[str]:
    return frozenset(load_lexicon(lang)["person_pronouns"])


def _refers_back(article: _Article, m: Mention) -> bool:
    """A mention whose actor the text left to the reader: a pronoun, or none at all."""
    return m.actor is None or all(map(article.reader.is_pronoun, _words(m.actor)))


def _spots(article: _Article, text: str) -> list[tuple[int, int, Named]]:
    """The entities a text names, with where each starts and ends: the longest run of words that may belong to a
    name (from a word that may start one) that names an entity, shortened from its end until it does."""
    tokens = list(_WORD.finditer(text))
    words = [t.group() for t in tokens]
    starts = list(map(article.reader.may_start, words))  # None: if the article named a person of that name
    spots, resume = [], 0
    for i in [i for i, starts_name in enumerate(starts) if starts_name is not False]:
        if i < resume or (starts[i] is None and name_key(words[i]) not in article.people):
            continue
        j = _run_end(article.reader, words, i)
        if (j == i + 1 or not words[i + 1][:1].isupper()) and _unmet_opener(article, text, tokens[i]):  # "Millions of"
            continue
        place_end = next((end for end in range(j, i, -1) if article.reader.names_where_or_what(tuple(words[i:end]), end == j)), None)
        if place_end is not None:  # "the South China Sea", "Fort Davis": no shorter part of a place's name acts (a thing's
            #  word ends the whole run only: "Festival Secretariat" is a body)
            resume = place_end
            continue
        found = next(((end, named) for end in range(j, i, -1)
                      if (named := _entity_at(article, text, tokens, words, i, end)) is not None), None)
        if found is None:
            continue
        end, named = found
        resume = end
        before = text[max(0, tokens[i].start() - PREPOSITION_CHARS):tokens[i].start()]
        if article.reader.classes["place_before"].search(fold_text(before) if article.lang == "ar" else before):
            continue  # "a visit to Iran", "في العراق": a place, not who acts
        if _after_named_place_noun(article, before, named):
            continue  # "شارع الرئيس فلان": the street, not the president
        while end - 1 > i and not (article.lang == "en" and article.reader.classes["head"].match(words[end - 1])) \
                and (shorter := _entity_at(article, text, tokens, words, i, end - 1)) is not None \
                and shorter.entity == named.entity:  # "القوات الأمريكية بالانسحاب" is "القوات الأمريكية"; "Swiss parliament" stays
            end, named = end - 1, shorter
        spots.append((tokens[i].start(), tokens[end - 1].end(), named))
        resume = end
    return spots


def _members_of(article: _Article, m: Mention) -> Named | None:
    """The body an Arabic actor's members are of ("الأحزاب الأعضاء في الجبهة", "سفراء الدول الأعضاء في الحلف"):
    an actor that ends with a word for members (member_nouns), then في and an entity the data knows of a kind that
    has members (MEMBER_BODY_KINDS: no country, city or building, which are where they meet); that entity, the
    actor staying as written."""
    words = _words(m.actor)
    at = _actor_at(m)
    if not words or at < 0 or not article.reader.classes["members"].fullmatch(fold_text(words[-1])):
        return None
    after = _words(m.sentence[at + len(m.actor):])[:1 + SPOT_WORDS]  # في, then a name of at most SPOT_WORDS
    if not after or fold_text(after[0]) != "في":
        return None
    found = article.gazetteer.find(list(after[1:]))
    if not found or found[0][0] != 0 or found[0][2].kind not in MEMBER_BODY_KINDS:
        return None
    return Named(found[0][2], " ".join(after[1:found[0][1] + 1]))


def _after_named_place_noun(article: _Article, before: str, named: Named) -> bool:
    """Whether a person (or a post) named right after the noun of a place that bears a name ("ملعب الأمير فلان",
    "شارع الرئيس فلان"; `before` is the text before the name) names that place, not who acts (Arabic). The noun is
    in construct, without ال: after "في الميناء" the person named next is who acts."""
    return article.lang == "ar" and named.entity.kind in ("person", "office") and bool(
        article.reader.classes["named_place"].search(fold_text(before[-NAMED_PLACE_CHARS:])))


def _actor_at(m: Mention) -> int:
    """Where a mention's actor first stands in its sentence as whole words; -1 where it does not."""
    return next(iter(_whole_word_at(m.sentence, m.actor)), -1) if m.actor else -1


def _unmet_opener(article: _Article, text: str, token: re.Match) -> bool:
    """An English word alone, capitalised because it opens a sentence or a quotation ("What", "Dressed", "Issues"),
    that names no one the data knows and that the article never writes as the last word of a longer name ("Amando
    Tetangco" ... "Tetangco said"): no name."""
    word = token.group()
    return (article.lang == "en" and _opens_sentence(text, token.start()) and not article.reader.starts_known(word)
            and not article.reader.classes["title"].match(word)
            and name_key(word) not in article.people and word not in article.name_tails)


def _opener_alone(article: _Article, m: Mention) -> bool:
    """Whether an English actor is one word that opens its sentence (after a dateline, a quote) and opens a clause
    ("Amid", "Following"): capitalised only because it comes first, no one's name. Not a name the article gave
    before ("Ana June ... June announced"). A plural noun opening the sentence ("Envoys at the talks") is left as it
    is: nothing in the words tells it from a surname ("Morales at a rally")."""
    if article.lang != "en" or not m.actor or article.reader.is_pronoun(m.actor) or fold_text(m.actor) in _number_words():
        return False  # a pronoun or a number is no one's already
    token = _WORD.match(m.sentence, _OPENING.match(m.sentence).end())
    if not token or token.group() != m.actor or not _COMMON_WORD.fullmatch(token.group()):
        return False  # "Petrovic's" owns what follows; "NGO", "UN-Chile" are written as names only
    word = token.group()
    if name_key(word) in article.people or word in article.name_tails:
        return False  # "Ambassador Ana June ... June announced": a name the article gave
    return starts_no_name(word)  # "Amid", "Following": a word that opens a clause


def _opens_sentence(text: str, at: int) -> bool:
    """Whether text[at] opens a sentence or a quotation; a period of "Mr." or "Gen." ends no sentence."""
    found = _SENTENCE_OPENS.search(text, 0, at)
    dot = text.rfind(".", found.start(), at) if found else -1
    return found is not None and (dot < 0 or not ends_abbreviation(text, dot))


def _full_stop(word: str) -> bool:
    """Whether a word ends with its sentence's full stop ("Reno."), not an abbreviation's period ("Gen.", "Mr.")."""
    return bool(_TRAILING_DOT.search(word)) and not is_abbreviation(word.split()[-1][:-1])


def _without_full_stop(phrase: str) -> str:
    return phrase[:-1] if _full_stop(phrase) else phrase


def _run_end(reader: Reader, words: list[str], start: int) -> int:
    """Where a run of words that may make a name, from `start`, ends: after SPOT_WORDS, before a word that may
    not stand in a name, or after one that ends a sentence ("صالح." then "وناقش")."""
    titled = reader.classes["title"].match(" ".join(map(fold_text, words[start:start + 2])))  # "وزير", "الأمين العام"
    end, limit = start + 1, TITLED_SPOT_WORDS if titled else SPOT_WORDS
    while end < min(len(words), start + limit) and not _full_stop(words[end - 1]):
        if _future_verb_after_name(reader, words, end):
            break
        if reader.may_continue(words[end]) or _post_to(reader, words, end):
            end += 1
        elif (closed := _quoted_body_end(reader, words, end)) is not None:
            end, limit = closed + 1, limit + 2  # the quotes are no words of the name
        else:
            break
    while end > start + 1 and fold_text(words[end - 1]) in BODY_LINKS:
        end -= 1  # "المدير العام لـ «...»، فلان": a ل or باسم whose body is no part of the run waits for nothing in it
    return end


def _future_verb_after_name(reader: Reader, words: list[str], at: int) -> bool:
    """"أن ميركل ستصل", "أن الوزير فلان سيعقد": after a word the data spells as a name, a word of the future
    (س before an imperfect) is the verb of the clause the name is the subject of, not a name word; elsewhere such a
    word may be one (سيرغي, ستيفان)."""
    return (reader.lang == "ar" and bool(_ARABIC_FUTURE.fullmatch(fold_text(words[at])))
            and reader.gazetteer.latin([words[at - 1]]) is not None)


def _quoted_body_end(reader: Reader, words: list[str], at: int) -> int | None:
    """Where the quoted body a post is of, opening at words[at], closes ('الأمين العام لـ"حزب الله" حسن نصرالله'):
    a quote after ل or باسم that follow a title or its qualifier, with a name after it; None for any other word."""
    if (reader.lang != "ar" or words[at] not in QUOTES or at < 2 or fold_text(words[at - 1]) not in BODY_LINKS
            or not (reader.classes["title"].match(fold_text(words[at - 2])) or reader.classes["modifier"].match(fold_text(words[at - 2])))):
        return None
    closed = next((j for j in range(at + 1, min(len(words), at + QUOTED_BODY_WORDS + 2)) if words[j] in QUOTES), None)
    named_on = closed is not None and closed + 1 < len(words) and reader.may_continue(words[closed + 1])
    return closed if named_on else None  # no name after the quotes: ل is to whom one speaks ('لـ«الشرق الأوسط»')


def _post_to(reader: Reader, words: list[str], at: int) -> bool:
    """Whether words[at] is the "to" of an English post's place ("Ambassador to Peru", "envoy to the UN"),
    which the post's holder's name follows."""
    return words[at] == "to" and reader.lang == "en" and bool(reader.classes["title"].match(fold_text(words[at - 1])))


def _entity_at(article: _Article, text: str, tokens: list[re.Match], words: list[str], start: int, end: int) -> Named | None:
    """The entity that the words start..end of a text name (a run of name words holds no punctuation)."""
    return article.entity(text[tokens[start].start():tokens[end - 1].end()],
                          tuple(w for w in words[start:end] if not _BREAK.fullmatch(w)))  # a quoted body's quotes


def _owner(article: _Article, m: Mention, pronoun: str) -> Named | None:
    """Whom a possessive pronoun on a trigger means ("وذلك خلال زيارته", "during his visit"): of those it may mean (a
    person for ه, his, her; a body for ها, its), the one named last before it, else the first named after it ("During
    his visit, Hale met"), else the entity the sentence names first; never the place or the other party named nearest."""
    spots = _acting_spots(article, m)
    person = article.reader.classes["person_pronoun"].fullmatch(pronoun)
    body = article.reader.classes["body_pronoun"].fullmatch(pronoun)
    fitting = [(start, named) for start, named in spots
               if (person and named.entity.kind == "person") or (body and named.entity.kind != "person")]
    at = m.sentence.find(m.trigger)
    before = [named for start, named in fitting if start < at]
    after = [named for start, named in fitting if start > at]
    return before[-1] if before else after[0] if after else spots[0][1] if spots else None


def _acting_spots(article: _Article, m: Mention) -> list[tuple[int, Named]]:
    """The entities a mention's sentence names, with where each starts, but the other party of a meeting and the
    words of the sentence's triggers ("Negotiations were moving forward"); each as this sentence writes it ("وزير الدفاع هيل",
    not the fullest form the article gave before)."""
    party = article.reader.classes["party_before"]
    triggers = [(at, at + len(t)) for t in article.triggers.get(m.sentence_start or 0, ()) if (at := m.sentence.find(t)) >= 0]
    return [(start, replace(named, written=m.sentence[start:end]))
            for start, end, named in _spots(article, m.sentence)
            if not party.search(m.sentence, max(0, start - PREPOSITION_CHARS), start)
            and not any(start < t_end and t_start < end for t_start, t_end in triggers)]


def _nearest(article: _Article, m: Mention, before: bool = False) -> Named | None:
    """The entity named nearest to the mention's trigger in its sentence (before it on a tie), not the other
    party of a meeting ("met with Kagame", "مع الرئيس"); `before`: the one named last before the trigger, if any
    (a mention whose actor the text leaves implicit means the one named last; in Arabic, none after it: what follows
    a verb with no subject of its own is its object or a place, and the text before named its subject). Arabic: the one named first before
    the trigger, its clause's subject, which stands before the objects and places in either order ("والتقى الوزير
    X في Y ممثلي Z ..." and "الوزير X ... التقى"); in a clause after أن or إن, the one that opens it (`_clause_opening`)."""
    spots = _acting_spots(article, m)
    if not spots:
        return None
    at = m.sentence.find(m.trigger) if m.trigger else 0
    if article.lang == "ar" and spots[0][0] < at:
        opens = _clause_opening(article, m.sentence, at)
        return next((named for start, named in spots if 0 < opens <= start < at and not m.sentence[opens:start].strip(' "«')),
                    spots[0][1])
    if before and spots[0][0] < at:
        return [named for start, named in spots if start < at][-1]
    if before and article.lang == "ar":
        return None  # "كما تعهدت بإخلاء مواقعها على جبهات داعش": a verb without a subject of its own has the one named before
    return min(spots, key=lambda s: (abs(s[0] - at), s[0] > at))[1]


def _clause_opening(article: _Article, sentence: str, at: int) -> int:
    """Where the Arabic clause that a trigger at `at` stands in opens: after the last أن or إن before it, whose
    clause has a subject of its own, named first in it ("وقال المتحدث إن المدير العام X استقبل": X receives), else
    0; أنه, إنها and the like restate the subject of the clause they stand in, which then goes on."""
    complementizer = article.reader.classes["complementizer"]
    opens = [w for w in _WORD.finditer(sentence, 0, at) if complementizer.match(fold_text(w.group()))]
    return opens[-1].end() if opens and not fold_text(opens[-1].group()).endswith(SUBJECT_SUFFIXES) else 0


def actor_name_of(actor: str | None, lang: str, gazetteer: Gazetteer) -> str | None:
    """The common name of an actor written alone, outside any article (an events file's rows)."""
    named = _Article(gazetteer, lang if lang in ("ar", "en") else "en").entity(actor) if actor else None
    return named.entity.name if named and not _unheld_post(named) else None
