"""Who and where: the actor and the place of an event mention, heuristics over word order and a gazetteer.

Good enough to browse and filter by; not scored. Word lists come from the lexicons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .lexicon import clitic_letters, load_lexicon
from .matching import PatternSet
from .numbers import word_number
from .text import CLAUSE_BREAK, Folded, fold
from .triggers import Trigger

_EN_NAME = re.compile(r"(?:[A-Z][\w'.-]*|al-\w+)(?:\s+(?:of|the|al-|for|and|bin|de|el-)?\s*(?:[A-Z][\w'.-]*|\(\w+\)))*")
# "signed by X", and after a noun "the truce was drawn up by X": the passive's agent
_EN_AGENT = re.compile(r"(?:\s+(?:was|were|has been|had been|have been)\s+\w+(?:\s+(?:out|up))?)?"
                       r"\s+by\s+((?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,5}[A-Z][\w'.-]*)")
_EN_SUBJECT = re.compile(r"(?:^|[,;:\"'“”]\s*)((?:the\s+)?(?:[A-Za-z][\w'.-]*\s+){0,4}?[A-Za-z][\w'.-]*)\s*$")
_AR_TOKEN = re.compile(r"[^\s،,.:؛\"«»()]+|[،,.:؛\"«»()]")
_QUOTES = ('"', "«", "»")
BODY_LINKS = ("ل", "باسم")  # Arabic words (folded) that join a post to the body it is of, which may follow in quotes
NISBA = "ي|يه|ية|يين|ين"  # Arabic adjective endings: "قوات التحالف الدولي"
PREPOSITION_CHARS = 30  # how far before a capitalised name a preposition makes it a place or an object
FORCE_CHARS = 60  # how far before an English troop movement its force ("the army") is looked for
SUBJECT_CHARS = 120  # how far before a declaring verb, or a holding verb, its subject is looked for
HOLDER_CHARS = 160  # how far before a meeting noun its verb of holding (عقد) is looked for
NAME_WORDS = 6  # no actor's name, with its title, is longer
TITLED_NAME_WORDS = 9  # but one that opens with its title ("قائد قوات التحالف الجنرال الكندي المتقاعد بيتر مور")
ARTICLES = ("the", "a", "an")  # after one, a word in -ed qualifies a noun ("the armed rebels"): it is no verb
BETWEEN_WORDS = 12  # how many words the parties after "between" may run to
VOS_CHARS = 40  # how far after a verb its subject may stand behind a short object ("زار بغداد وزير الخارجية")
DUAL_WORDS = 2  # how close before a trigger the dual verb or the dual noun that owns it stands ("أن الوزيرين سيعقدان محادثات")
BETWEEN_CHARS = 60  # how far after an Arabic meeting or agreement its بين may stand ("الاتفاق الذي أبرم أمس في فيينا بين")
PLACE_PREPOSITION_CHARS = 40  # how far before a place its preposition (from, في) is looked for
ADJECTIVE_END = re.compile("(?:ي|يه|ية)$")  # a definite singular nisba after another definite word qualifies it ("الحكومة اليمنية"); a plural one often names a group ("الانقلابيين")
CONTROL_CHARS = 160  # how far before a verbal noun the verb of forcing or calling that governs it may stand
OF_PHRASE_WORDS = 4  # how long the body a subject's post is of may be ("the commander of a rebel force said")
OBJECT_WORDS = 8  # how long the noun phrase a verb of forcing or urging governs may be ("urged the Ruritanian people to")
OBJECT_STOPS = "to|that|which|who|whom|in|at|on|for|about|with|from|by|ahead"  # words no such noun phrase holds: then "to" is not its verb's
APPOSITION_CHARS = 120  # how long an apposition or a relative clause between a subject and its verb may be


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    if lang == "en":
        days = [w for w in lex["weekdays"] if w.endswith("day")]
        months = [m for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
        words = "|".join(w.capitalize() for w in lex["not_names"] + days + months)
        titled_name = rf"(?:(?:{lex['actor_titles']})\s+)?{_EN_NAME.pattern}"  # "envoy Tom Baxter"
        counts = "|".join(w for w in lex["number_words"] if w not in ("a", "an"))  # "of 250 soldiers": a count, not a force
        verbs = f"{lex['finite_verbs']}|{lex['speaking_verbs']}"
        any_verb = f"{lex['past_verb']}|{verbs}"
        return {"not_name": re.compile(rf"^(?:{words})$"),
                "force": re.compile(rf"(?:(?:the|its|their|his)\s+)?(?:[A-Z][\w-]*\s+)*(?:{lex['force_heads']})\b"),
                # "Chancellor Olga Brandt's visit", "the navy commander's pullout": who owns a noun trigger, named before it
                "name_owner": re.compile(rf"(?<![\w'’])(?P<owner>(?:[A-Z][\w.-]*\s+){{0,{NAME_WORDS - 1}}}[A-Z][\w.-]*"
                                         rf"|the\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{lex['actor_titles']}))['’]s\s+$"),
                "force_of": re.compile(rf"\s+(?:of|for)\s+(?!\d|(?:{counts})\s)((?:[\w'’-]+\s+){{0,3}}?(?:{lex['force_heads']}))\b"),
                # "urged Ruritania to pull out", "called on the militia to leave", "invited X to visit": the one forced,
                # urged or asked is who does what follows "to" (right after it, or after a verb of its own and "and":
                # "to hold talks", "to unite and start talks"); the noun phrase holds no verb, no preposition and no "that" ("asked parliament to
                # approve a plan to withdraw" is not parliament's withdrawal)
                "controlled": re.compile(rf"\b(?:{lex['control_verbs']})\s+(?P<object>(?:(?!(?:{OBJECT_STOPS}|{verbs})\b)[^\s,.;:\"“”]+\s+){{0,{OBJECT_WORDS - 1}}}?"
                                         rf"(?!(?:{OBJECT_STOPS}|{verbs})\b)[^\s,.;:\"“”]+)\s+to\s+(?:[a-z]+\s+and\s+)?(?:[a-z]+\s+(?:(?:a|an|the)\s+)?)?$"),
                "between": re.compile(r"(?:\s+(?!to\b)[\w'’-]+){0,2}?\s+between\s+"),  # "talks held between", not "to broker ... between"
                # "a commission said", "Lima and the rebels went": a verb ends the phrase a subject is written in
                "verb": re.compile(rf"(?:{any_verb})"),
                # what may follow a description that is the subject after a fronted clause: its verb, a comma, a dash
                "subject_end": re.compile(rf"\s*(?:,|--|(?:{any_verb})\b)"),
                "head_noun": re.compile(rf"(?:{lex['party']}|{lex['actor_heads']}|{lex['force_heads']}|{lex['actor_titles']})", re.IGNORECASE),
                # "the minister will meet", "he met": a definite description or a pronoun that may be a subject
                "description": re.compile(rf"(?<![\w-])(?:(?:[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{lex['actor_heads']}|(?i:{lex['actor_titles']})))"
                                          rf"|{'|'.join(p for w in lex['subject_pronouns'] + lex['first_person'] for p in (w, w.capitalize()))})(?![\w-])"),
                "pronouns": frozenset(lex["subject_pronouns"]),
                "object_pronouns": frozenset(lex["actor_pronouns"]),
                "first_person": frozenset(lex["first_person"]),
                "quote_end": re.compile(r"[,.!?]?\s*(?:[\"”]|'')"),
                "speaker": re.compile(rf"\s*,?\s*(?:(?P<before>{titled_name}|{'|'.join(lex['subject_pronouns'])})\s+(?:{lex['speaking_verbs']})"
                                      rf"|(?:{lex['speaking_verbs']})\s+(?P<after>{titled_name}))\b"),
                "plural_owner": re.compile(lex["plural_possessives"]),
                "owned": re.compile(rf"\b({lex['possessive_pronouns']})\s+(?:[\w-]+\s+)?$", re.IGNORECASE),
                "bare": re.compile(lex["bare_actor_nouns"]),
                "party_end": re.compile(rf"^(?:{lex['party_end']})$"),
                "opener": re.compile(rf"(?:{lex['clause_openers']})\b", re.IGNORECASE),
                "number_word": re.compile(rf"(?:{counts})(?:-\w+)?", re.IGNORECASE),  # "Three", "Twenty-two": a count
                # a subject's verb, past an apposition or a relative clause between commas ("Italy, which ..., sent")
                "subject_verb": re.compile(rf"(?P<noun>(?:\s+(?!(?:{lex['party_end']}|{lex['subject_adverbs']}|and|or|the|an?)\b)[a-z][\w-]*){{0,3}}?)"
                                           rf"(?P<of>\s+of\s+(?:[\w'’-]+\s+){{0,{OF_PHRASE_WORDS - 1}}}?[\w'’-]+)?"  # "the commander of a rebel force said"
                                           rf"(?:\s*,[^,;:\"“”]{{1,{APPOSITION_CHARS}}},|\s+--\s[^;:\"“”]{{1,{APPOSITION_CHARS}}}?\s--)?\s+(?:(?:{lex['subject_adverbs']})\s+){{0,2}}"
                                           rf"(?:{lex['finite_verbs']}|{lex['past_verb']})\b"),
                "preposition": re.compile(rf"(?:^|\s)(?:{lex['place_prepositions']})\s+(?:\S+\s+)?$")}
    prepositions = lex["place_prepositions"]
    # up to three words, then a relative verb of holding or بين: who takes part follows
    participants = (rf"(?:\s+[^\s،,]+){{0,3}}?\s+(?:(?:(?:{lex['relative_pronouns']})\s+)?(?:{lex['holding_verbs']})|بين"
                    rf"|(?:{lex['relative_pronouns']})\s+(?:{lex['light_verbs']}))\s+")  # "الزيارة التي سيقوم بها الوفد"
    return {
        "stop": re.compile(rf"^(?:[وف]?(?:{lex['actor_stop']}|{'|'.join(lex['weekdays'])}))$"),
        "force": re.compile(rf"(?<!\w)(?:[وفبلك])?(?:ال)?(?:{lex['force_heads']})"
                            rf"\s+(?!(?:{lex['prepositions']})(?!\w))[^\W\d]+"
                            rf"(?:\s+(?!(?:{lex['prepositions']})(?!\w))[^\W\d]+(?:{NISBA}))?(?!\w)"),
        "preposition": re.compile(rf"(?:^|\s)(?:[وف]?(?:{prepositions}))\s+(?:\S+\s+)?$"),
        # roles of the actor: see _words_after, _fronted_subject and _subject_in_trigger
        "possessive": re.compile(rf"(?:{lex['possessive_endings']})$"),
        "statement_owner": re.compile(r"\s*(?:(?:عن|ل)(?:ه|ها|هم|هما)\s+)?(?:(?:ال)?بيان\w*\s+(?:(?:ال)?صادر\w*\s+(?:عن|من)\s+)?)?"),
        "holding_verb": re.compile(rf"(?<!\w)(?:{lex['holding_verbs']})(?!\w)"),
        "pronoun_object": re.compile(r"\s*(?:عن|ل|ب|علي|الي)(?:ه|ها|هم|هما)(?!\w)"),
        "to_participants": re.compile(participants),
        "definite_noun_tail": re.compile(rf"{participants}|(?:\s+ال\w+)+(?=\s|$)"),  # or a definite noun's adjectives
        "fronted": re.compile(r"(?<!\w)[وف]?(?:ان|بان|كان|كانت)\s+\"?(?P<who>(?:\S+\s+){0,6}?\S+?)\"?[،,]?\s+(?:قد\s+)?\"?$"),
        # a phrase trigger's first word that is a verb: past feminine ("أصدرت أمرا"), imperfect ("يصدر القرار")
        "verb_first": re.compile(rf"^(?:{lex['feminine_verb']}|[وف]?س?ي\w{{2,}})(?<!ات)$"),
        "between": re.compile(r"(?<!\w)بين\s+"),
        "parties_end": re.compile(rf"^(?:[وف]?(?:{lex['actor_stop']}|{lex['parties_end']}))$"),
        "clause_end": re.compile(r"[.:؛;!?]"),
        "delegation": re.compile(rf"^(?:{lex['delegation_nouns']})$"),
        "preposition_word": re.compile(rf"^[وف]?(?:{lex['prepositions']}|بين)$"),
        "light_verb": re.compile(rf"(?<!\w)(?:{lex['light_verbs']})\s+(?P<who>(?:[^\s،,.:؛]+\s+){{0,{NAME_WORDS - 1}}}?[^\s،,.:؛]+)\s+$"),
        # an imperfect verb right before a noun trigger, that governs it ("ستجري محادثات", "ستبدأ في نشر")
        "governing_verb": re.compile(r"(?<!\w)[وف]?س?[يت]\w{2,}\s+(?:في\s+)?$"),
        "two_back": re.compile(rf"^(?:[وف]?ال(?:{lex['dual_heads']})(?:ان|ين)|بينهما|بينهم)$"),
        "bare_title": re.compile(rf"^(?:ال)?(?:{lex['actor_titles']})$"),
        "title_first": re.compile(rf"^[وف]?(?:ال)?(?:{lex['actor_titles']})ة?$"),
        "role_modifier": re.compile(rf"^(?:{lex['role_modifiers']})$"),
        "apposed_name": re.compile(r"\s*[،,]\s*(?P<name>(?!ال)[^\W\d]+(?:\s+[^\W\d]+){0,2})\s*[،,]"),
        "dual": re.compile(rf"(?<!\w)[وف]?(?P<dual>ال(?:{lex['dual_heads']})(?:ان|ين))(?!\w)"),
        "dual_verb": re.compile(rf"^(?:{lex['dual_verb']})$"),
        "feminine_verb": re.compile(rf"^(?:{lex['feminine_verb']})$"),
        "masculine_verb": re.compile(rf"^(?:{lex['masculine_verb']})$"),
        "title_gender": re.compile(rf"^[وف]?(?:ال)?(?P<title>{'|'.join(t.removeprefix('ال') for t in lex['actor_titles'].split('|') if ' ' not in t and not t.endswith('ة'))})(?P<feminine>ة)?$"),
        "relation": re.compile(rf"(?<!\w)[وبل]?(?:ال)?(?:{lex['relation_nouns']})(?!\w)"),
        "ordinal_day": re.compile(rf"^(?:{'|'.join(w for w in lex['ordinal_days'] if ' ' not in w)})$"),
        # a verb of forcing, urging or calling, its subject and object, then إلى or على right before a verbal noun
        "control": re.compile(rf"(?<!\w)(?:{lex['control_verbs']})\s+(?P<who>[^.:؛!?\"]+?)\s+(?:الي|علي)\s+$"),
        "inner_subject": re.compile(r"[وف]?\S+\s+(?:عن\s+)?(?P<who>.+?)\s+(?:(?:امس|اليوم)\s+)?(?:(?:ال)?(?:بيان|قرار)\w*|مع)$"),
    }


@cache
def _places(lang: str) -> PatternSet:
    """The gazetteer as one PatternSet: a place may carry Arabic clitics (والعراق، بالعراق)."""
    prefix = r"(?<!\w)(?:[وفبلك])?(?:ل)?" if lang == "ar" else r"\b"
    names = {fold(name).text: common for name, common in load_lexicon(lang)["places"].items()}
    return PatternSet([(common, re.escape(name), re.compile(f"{prefix}(?P<place>{re.escape(name)})(?!\\w)"))
                       for name, common in names.items()], clitic_letters(lang))


def _longest(places: list[tuple[str, re.Match]]) -> list[tuple[str, re.Match]]:
    """Overlapping places keep the longest ("Gaza Strip" over "Gaza")."""
    kept: list[tuple[str, re.Match]] = []
    for found in sorted(places, key=lambda f: (f[1].start(), -(f[1].end() - f[1].start()))):
        if not kept or found[1].start() >= kept[-1][1].end():
            kept.append(found)
    return kept


@dataclass
class SentenceRoles:
    """What actor and place finding need from a sentence, computed once for all its mentions."""

    sentence: str
    folded: Folded
    lang: str
    triggers: list[Trigger]  # all the sentence's triggers: an actor's name stops where another event begins
    names: list[re.Match]  # English: capitalised names
    places: list[tuple[str, re.Match]]  # gazetteer places (common name, match in the folded text)

    @cached_property
    def forces(self) -> list[re.Match]:
        """Arabic: "القوات الأمريكية"-like phrases, in the folded text (read only for a troop movement)."""
        return list(_patterns(self.lang)["force"].finditer(self.folded.text)) if self.lang == "ar" else []

    @classmethod
    def of(cls, sentence: str, folded: Folded, lang: str, triggers: list[Trigger]) -> SentenceRoles:
        pats = _patterns(lang)
        names = [m for m in _EN_NAME.finditer(sentence) if not pats["not_name"].match(m.group().rstrip(".,"))
                 and not pats["preposition"].search(sentence, max(0, m.start() - PREPOSITION_CHARS), m.start())] if lang == "en" else []
        places = sorted(_places(lang).finditer(folded.text), key=lambda found: found[1].start())
        return cls(sentence, folded, lang, triggers, names, _longest(places))


def _without_particle(sentence: str, m: re.Match) -> re.Match | None:
    """A capitalised run without a first word that starts no name ("But Hamas" is "Hamas", "While" nothing)."""
    first = m.group().split(None, 1)[0]
    if not starts_no_name(first):
        return m
    rest = _EN_NAME.match(sentence, m.start() + len(first) + len(m.group()[len(first):]) - len(m.group()[len(first):].lstrip()))
    return rest if rest and rest.end() <= m.end() else None


def starts_no_name(word: str) -> bool:
    """An English capitalised word that starts no name: a particle, a day or month, a word that opens a clause, a
    number written as a word ("Three Polish frigates" are Polish)."""
    pats = _patterns("en")
    return bool(pats["not_name"].match(word.rstrip(".,")) or pats["opener"].fullmatch(word) or pats["number_word"].fullmatch(word))


def actor(trigger: Trigger, roles: SentenceRoles) -> str | None:
    """Who acts or announces, as written."""
    if roles.lang == "ar":
        return _arabic_actor(trigger, roles)
    found = _without_verb(_english_actor(trigger, roles))
    if found and found.split()[0].lower() in _patterns("en")["first_person"]:  # '"I am pleased to announce ...," X said'
        return _speaker(roles.sentence, *roles.folded.span(trigger.start, trigger.end)) or found
    return found


def is_english_verb(word: str) -> bool:
    """Whether an English word is a verb the lexicon knows (past, finite, speaking): where a noun phrase ends."""
    return bool(_patterns("en")["verb"].fullmatch(word))


def _without_verb(found: str | None) -> str | None:
    """An English actor cut before the verb its words ran into ("between Lima and the rebels went into force", ", a
    commission said in a statement"); a word in -ed after an article qualifies the noun ("the armed rebels")."""
    words = found.split() if found else []
    verb = _patterns("en")["verb"]
    end = next((i for i, w in enumerate(words)
                if i and w.islower() and verb.fullmatch(w) and words[i - 1].lower() not in ARTICLES), len(words))
    return " ".join(words[:end]) if end < len(words) else found


def _speaker(sentence: str, t_start: int, t_end: int) -> str | None:
    """Who speaks the quotation a trigger stands in, or whose frame it is: the name in the frame after the closing
    quote (', Berg said', ', said Defense Minister Berg'), or a pronoun there (he said), which naming resolves."""
    pats = _patterns("en")
    close = pats["quote_end"].search(sentence, t_end) or next(reversed(list(pats["quote_end"].finditer(sentence, 0, t_start))), None)
    found = pats["speaker"].match(sentence, close.end()) if close else None
    return _clean_name(found.group("before") or found.group("after")) if found else None


def _english_actor(trigger: Trigger, roles: SentenceRoles) -> str | None:
    """A passive's agent, the force that moves, the name right after "said", the subject before a
    declaring verb, the subject of the trigger's clause (a name, a definite description or a pronoun), else the
    nearest name (names after a preposition are places or objects)."""
    sentence = roles.sentence
    t_start, t_end = roles.folded.span(trigger.start, trigger.end)
    agent = _EN_AGENT.match(sentence, t_end)  # "a pull-back was approved by the Chilean Senate"
    if agent:
        return _clean_name(agent.group(1))
    if trigger.event_type in ("withdrawal", "deployment") and (force := _force_before(sentence, t_start)):
        return _clean_name(force.group())
    before = [m for m in roles.names if m.end() <= t_start]
    after = [m for m in roles.names if m.start() >= t_end]
    if trigger.event_type == "announcement" and after and after[0].start() - t_end <= 2 and _inverted(sentence, t_start):
        return _clean_name(after[0].group())
    subject = _EN_SUBJECT.search(sentence, max(0, t_start - SUBJECT_CHARS), t_start) if trigger.event_type == "announcement" else None
    if subject and (not before or before[-1].start() < subject.start(1)):
        return _clean_name(subject.group(1))
    subject = _clause_subject(sentence, before, t_start, t_end)
    if subject:
        return subject
    chosen = before[-1] if before else (after[0] if after else None)
    return _clean_name(chosen.group()) if chosen else None


def _clause_subject(sentence: str, before: list[re.Match], t_start: int, t_end: int) -> str | None:
    """The subject of the trigger's clause: of the names, definite descriptions and pronouns before the trigger,
    the last one a finite verb follows (`_subject_end`); a pronoun means the subject named before it in the sentence
    ("Southern African nations mulled ways as they started a meeting"). A trigger "their" owns is theirs whom the
    sentence names just before it ("decisions made by X and Y during their meeting")."""
    pats = _patterns("en")
    described = [m for m in pats["description"].finditer(sentence, 0, t_start) if not pats["bare"].fullmatch(m.group().split()[-1])]
    candidates = sorted([*before, *described], key=lambda m: m.start())
    owner = owner_pronoun(sentence, sentence[t_start:t_end], "en")
    owners = [m for m in candidates if m.group().lower() not in pats["pronouns"]]
    if owner and owners and pats["plural_owner"].fullmatch(owner):
        return _clean_name(owners[-1].group())
    subjects = [(m, end) for m in candidates if (end := _subject_end(sentence, m)) is not None and end <= t_start]
    subjects = [(m, end) for m, end in subjects if not any(o.start() < m.start() < e for o, e in subjects)]  # "of the Ruritanian force": a name inside the post's of-phrase
    if not subjects:
        return None
    named = [(m, end) for m, end in subjects if m.group().lower() not in pats["pronouns"]]
    name, end = named[-1] if named and subjects[-1] not in named else subjects[-1]
    return _clean_name(sentence[name.start():end])


def _inverted(sentence: str, t_start: int) -> bool:
    """"..., said Kibwana": a declaring verb put before its subject stands after a quote or a comma (or opens
    the sentence); after a name ("Baxter told state radio") the name after it is whom it addresses."""
    head = sentence[:t_start].rstrip()
    return not head or head[-1] in ",\"'”’"


def _subject_end(sentence: str, name: re.Match) -> int | None:
    """Where a name in subject position ends with the nouns it qualifies ("the Bulgarian government is"), or None:
    a finite verb follows it, past an apposition or a relative clause between commas ("Portugal, which stayed
    out at first, sent"; "Lind, who arrived in Oslo, is to sign"); not a place or an object a verb governs
    ("flew to Lima to attend")."""
    pats = _patterns("en")
    found = pats["subject_verb"].match(sentence, name.end())
    noun = found.group("noun").split()[-1] if found and found.group("noun") else ""
    if not found or noun and not pats["head_noun"].fullmatch(noun):
        return None  # "Canada's aid effort began": the name qualifies a noun that is no actor
    if found.group("of") and not noun:  # "the commander of a rebel force": the post with the body it is of
        return found.end("of")
    return name.end() if pats["bare"].fullmatch(noun) else found.end("noun")  # "an Egyptian official": Egyptian


def _force_before(sentence: str, t_start: int) -> re.Match | None:
    """"the army has withdrawn": the force named just before a movement, in its clause."""
    forces = list(_patterns("en")["force"].finditer(sentence, max(0, t_start - FORCE_CHARS), t_start))
    return forces[-1] if forces and not CLAUSE_BREAK.search(sentence, forces[-1].end(), t_start) else None


def owner_pronoun(sentence: str, trigger: str, lang: str) -> str | None:
    """The possessive pronoun that owns a trigger ("خلال زيارته", "during his visit"), folded, or None: its owner is
    named before it, not the place visited or the other party named nearest."""
    if lang == "ar":
        found = _patterns("ar")["possessive"].search(fold(trigger.split()[0]).text) if trigger else None
        return found.group() if found else None
    at = sentence.find(trigger) if trigger else -1
    found = _patterns("en")["owned"].search(sentence, max(0, at - PREPOSITION_CHARS), at) if at > 0 else None
    return found.group(1).lower() if found else None


def construction_actor(sentence: str, trigger: str, event_type: str) -> str | None:
    """Who acts by a construction that `actor`'s reading of word order passes over (English): the one forced, urged,
    asked or invited to do it ("called on the militia to leave"), the force a movement is of ("the pull-out of the
    marine battalions"), the parties "between" whom a meeting or an agreement is, the owner named before a trigger ("the governor's trip", "Ms Lind's pledge"), the subject after a clause put
    before it ("After touring the port, Lind signed"). Naming (actors.py) puts it in place of the actor the rules
    read, which stays theirs: their dates and the scorer read it."""
    t_start = sentence.find(trigger) if trigger else -1
    if t_start < 0:
        return None
    t_end, pats, window = t_start + len(trigger), _patterns("en"), max(0, t_start - SUBJECT_CHARS)
    controlled = pats["controlled"].search(sentence, window, t_start)
    if controlled and controlled.group("object").lower() not in pats["object_pronouns"]:  # "forcing them to": named before
        return _clean_name(controlled.group("object"))
    if event_type in ("withdrawal", "deployment") and not _force_before(sentence, t_start):
        moved = pats["force_of"].match(sentence, t_end)
        if moved:
            return _clean_name(moved.group(1))
    if event_type in ("meeting", "agreement") and (parties := _between(sentence, t_end)):
        return _without_verb(parties)
    owner = pats["name_owner"].search(sentence, window, t_start)
    if owner and not starts_no_name(owner.group("owner").split()[0]):
        return _clean_name(owner.group("owner"))
    main = _after_fronted_clause(sentence, t_end)
    return _clean_name(main.group()) if main else None


def _between(sentence: str, t_end: int) -> str | None:
    """"talks between the army and the militias": the parties named after "between", up to punctuation or a
    word that ends them (on, is), if two or more are joined by "and"."""
    found = _patterns("en")["between"].match(sentence, t_end)
    if not found:
        return None
    ends, words = _patterns("en")["party_end"], []
    for word in sentence[found.end():].split():
        if ends.match(word) and "and" in words or len(words) > BETWEEN_WORDS:
            break
        words.append(word.rstrip(",;:.!?"))
        if word[-1] in ",;:.!?":
            break
    return " ".join(words) if "and" in words[1:-1] else None


def trigger_start(sentence: str, trigger: str) -> int:
    """Where a mention's trigger stands in its sentence: where it stands as whole words ("واللقاء", not the start of
    "واللقاءات" before it), else where it first stands; -1 if nowhere."""
    at = first = sentence.find(trigger)
    while at >= 0:
        end = at + len(trigger)
        if (at == 0 or not sentence[at - 1].isalnum()) and (end == len(sentence) or not sentence[end].isalnum()):
            return at
        at = sentence.find(trigger, at + 1)
    return first


def arabic_parties(sentence: str, trigger: str, event_type: str) -> str | None:
    """"الاتفاق الذي وقع أمس في جنيف بين إيطاليا والنمسا", "المحادثات، الأسبوع الماضي، بين ممثلين عن المتمردين والحكومة":
    the parties of a meeting or an agreement, named after the بين that follows its trigger in its clause, if two or
    more are joined by و; they run up to punctuation, or a word that ends them once the second has begun. The two
    the trigger refers back to ("المنطقة التي اتفق عليها الطرفان", "الاتفاقات المبرمة بينهما") are the parties named
    after the last بين before it in the sentence."""
    t_start = trigger_start(sentence, trigger) if trigger and event_type in ("meeting", "agreement") else -1
    if t_start < 0:
        return None
    pats, t_end = _patterns("ar"), t_start + len(trigger)
    found = pats["between"].search(sentence, t_end, t_end + BETWEEN_CHARS)
    if found and not pats["clause_end"].search(sentence, t_end, found.start()) and not pats["relation"].search(
            fold(sentence[t_end:found.start()]).text):  # "لتعزيز العلاقات بين": بين belongs to a noun of relation
        return _parties(sentence, found.end())
    after = _AR_TOKEN.findall(fold(sentence[t_end:]).text)[:DUAL_WORDS + 1]
    if any(pats["two_back"].match(w) for w in after):
        before = list(pats["between"].finditer(sentence, 0, t_start))
        return _parties(sentence, before[-1].end()) if before else None
    return None


def _parties(sentence: str, start: int) -> str | None:
    """The parties named from `start` (after بين), if two or more are joined by و."""
    pats, words, conjunct = _patterns("ar"), [], ""  # conjunct: the word that opens the second party ("والدول")
    for m in _AR_TOKEN.finditer(sentence, start):
        word = fold(m.group()).text
        if not word[0].isalpha() or len(words) > BETWEEN_WORDS or conjunct and (
                pats["parties_end"].match(word) or conjunct.startswith("وال") and not word.startswith("ال")):
            break  # "بين المخابرات الفرنسية والإيطالية فاترة": a definite party's adjectives are definite
        conjunct = conjunct or (word if words and word[0] == "و" and len(word) > 2 else "")
        words.append(m)
    first = fold(words[0].group()).text if words else ""
    if pats["ordinal_day"].match(first) or _is_number(first, "ar"):
        return None  # "بين الثالث والخامس من مارس": days, not parties
    return sentence[words[0].start():words[-1].end()] if conjunct else None


def arabic_dual_subject(sentence: str, trigger: str) -> str | None:
    """"أن الوزيرين سيعقدان محادثات", "يجري الجانبان مشاورات", "خلال لقائهما": a trigger that a dual owns
    (its possessive هما, a dual verb just before it or a dual noun right before it) is the two's whom its sentence
    names last before it as two (الوزيرين، الجانبان), not an entity named elsewhere in the sentence."""
    at = trigger_start(sentence, trigger) if trigger else -1
    if at < 0:
        return None
    pats, head = _patterns("ar"), fold(sentence[:at])
    owned = owner_pronoun(sentence, trigger, "ar") == "هما"
    duals = list(pats["dual"].finditer(head.text, max(0, len(head.text) - SUBJECT_CHARS)))
    near = head.text.split()[-DUAL_WORDS:]
    first = fold(trigger.split()[0]).text
    dual_verb = any(pats["dual_verb"].match(w.strip("".join(_QUOTES))) for w in [*near, first])
    if not duals:
        return None
    dual_near = duals[-1].start() >= len(head.text.rstrip()) - len(" ".join(near))
    if not (owned or dual_verb or dual_near):
        return None
    return sentence[slice(*head.span(*duals[-1].span("dual")))]


def _after_fronted_clause(sentence: str, t_end: int) -> re.Match | None:
    """"While meeting Kabbah, Hu said", "In his talks with X, Hu said": an event in a clause put before the
    subject is the subject's: a definite description right after the clause's comma ("During X, the king said"), else
    the first name after it (not one a preposition governs)."""
    pats = _patterns("en")
    comma = sentence.find(",")
    if comma < t_end or not pats["opener"].match(sentence):
        return None
    start = len(sentence) - len(sentence[comma + 1:].lstrip())  # the first word after the comma
    described = pats["description"].match(sentence, start)  # "During his talks with X, the king said"
    if described and pats["subject_end"].match(sentence, described.end()):  # not "the army chief", "the Secretary of State"
        return described
    names = (_without_particle(sentence, m) for m in _EN_NAME.finditer(sentence, comma))
    return next((m for m in names if m and not pats["preposition"].search(sentence, max(comma, m.start() - PREPOSITION_CHARS),
                                                                           m.start())), None)


def _arabic_actor(trigger: Trigger, roles: SentenceRoles) -> str | None:
    """A noun's genitive names who acts ("زيارة الوزير"); an accusative noun ("يعقد كيري اجتماعا") is the
    object of a verb whose subject acts. Then, in turn: the force that moves, a subject inside the
    trigger, a subject before its verb, who holds the meeting, a titled subject after a place or a delegation
    (VOS), the words after the trigger."""
    folded = roles.folded
    after = _words_after(trigger, roles)
    accusative = trigger.text.split()[0].endswith("ا")
    genitive = _controlled(trigger, roles) or (after if trigger.entry.pos == "noun" and not accusative else None)
    if trigger.event_type in ("withdrawal", "deployment") and roles.forces and not genitive:
        nearest = min(roles.forces, key=lambda m: abs(m.start() - trigger.end))
        s, e = folded.span(*nearest.span())
        return roles.sentence[s:e]
    inverted = _titled_subject_after_object(folded.text, trigger, roles) if trigger.entry.pos != "noun" else None
    span = (_light_verb_subject(trigger, folded.text) or genitive
            or _subject_in_trigger(trigger, folded.text, roles.lang)
            or _fronted_subject(trigger, folded.text, roles.lang) or _holder(trigger, folded.text, roles.lang) or inverted
            or after)
    if span is not None and span == after and trigger.entry.pos == "verb" and _disagrees(trigger, folded.text[span[0]:span[1]]):
        span = None  # "ستلتقي وزير الدفاع": whom she meets; she is named before
    if span is None:
        return None
    s, e = folded.span(*span)
    return roles.sentence[s:e]


def _controlled(trigger: Trigger, roles: SentenceRoles) -> tuple[int, int] | None:
    """"أجبرت القوات المسلحين على الانسحاب", "دعا المجلس الحكومة إلى سحب قواتها": a verbal noun after إلى or على
    that a verb of forcing, urging or calling governs is done by that verb's object, the noun phrase right before
    إلى/على. Where the verb's subject follows the verb, the object opens at a second post ("حث الرئيس فلان المبعوث
    الأممي على زيارة") or at the last definite noun with its adjectives ("الحكومة اليمنية"), else at its last word
    ("أجبرت القوات الحكومية داعش"), with the noun whose genitive it is ("مقاتلي الحركة"); "أجبرتهم على الانسحاب" has
    none."""
    if trigger.entry.pos != "noun":
        return None
    pats, folded = _patterns("ar"), roles.folded.text
    found = pats["control"].search(folded, max(0, trigger.start - CONTROL_CHARS), trigger.start)
    if not found:
        return None
    words = list(_AR_TOKEN.finditer(folded, found.start("who"), found.end("who")))
    if not words or not all(w.group()[0].isalpha() or w.group() in "،," for w in words):
        return None
    words = [w for w in words if w.group()[0].isalpha()]
    titled = [i for i, w in enumerate(words) if i and pats["title_first"].match(w.group())
              and not pats["title_first"].match(words[i - 1].group())]
    definite = [i for i, w in enumerate(words) if i and w.group().lstrip("وف").startswith("ال")
                and not (ADJECTIVE_END.search(w.group()) and words[i - 1].group().lstrip("وف").startswith("ال"))]
    start = titled[0] if titled else definite[-1] if definite else len(words) - 1  # "القوات الحكومية داعش": the last name
    if not titled and start > 1 and not words[start - 1].group().lstrip("وف").startswith("ال"):
        start -= 1  # "مقاتلي الحركة": the construct's first noun opens it
    return _name_run(folded, words[start].start(), roles, TITLED_NAME_WORDS)


def _titled_subject_after_object(folded: str, trigger: Trigger, roles: SentenceRoles) -> tuple[int, int] | None:
    """"زار بغداد وزير الخارجية الفرنسي", "ويرأس وفد المغرب في المؤتمر وزير الدفاع": a place or a delegation
    may stand between a verb and its subject (VOS); a title that follows in the clause, not after a preposition,
    opens the subject. None if the verb's first word is anything else (VSO: its subject is what follows)."""
    pats = _patterns("ar")
    words = folded[trigger.start:trigger.end].split()[-1:] if pats["delegation"].match(trigger.text.split()[-1]) else []
    for m in _AR_TOKEN.finditer(folded, trigger.end, trigger.end + VOS_CHARS):
        if not m.group()[0].isalpha():
            return None
        if not words and not (pats["delegation"].match(m.group()) or any(p.start("place") == m.start() for _, p in roles.places)):
            return None  # "زار الرئيس", "أجرى الدكتور فلان": the subject comes first
        if pats["bare_title"].match(m.group()):
            return None if pats["preposition_word"].match(words[-1]) else _name_run(folded, m.start(), roles)
        words.append(m.group())
    return None


def _disagrees(trigger: Trigger, after: str) -> bool:
    """"ستلتقي وزير الدفاع", "التقى وزيرة الخارجية": a verb put before its subject agrees with it in gender, so a
    person whose title has the other gender is its object ("she will meet the minister"), not its subject."""
    pats = _patterns("ar")
    title = pats["title_gender"].match(after.split()[0]) if after.split() else None
    if title is None:
        return False
    verb = fold(trigger.text.split()[0]).text
    return bool(pats["masculine_verb"].match(verb) if title.group("feminine") else pats["feminine_verb"].match(verb))


def _name_run(folded: str, start: int, roles: SentenceRoles, limit: int = NAME_WORDS) -> tuple[int, int] | None:
    """The words from `start` that can make a name: up to `limit` of them, stopping at a particle,
    a date word, a number, punctuation or another event's trigger. Opening quotes are skipped."""
    stop = _patterns(roles.lang)["stop"]
    words, quoted, link = [], False, None  # link: where the ل or باسم before a quoted body stands in `words`
    for m in _AR_TOKEN.finditer(folded, start):
        if m.group() in _QUOTES and not words:
            continue
        if m.group() in _QUOTES and (quoted or _opens_quoted_body(words)):
            quoted = not quoted  # 'الأمين العام لـ"حزب الله" حسن نصرالله': the body of a post, quoted after ل
            link = len(words) - 1 if quoted else link
            words.append(m)
            continue
        if len(words) in (1, 2) and _patterns(roles.lang)["title_first"].match(" ".join(w.group() for w in words)):
            limit = max(limit, TITLED_NAME_WORDS)  # "وزير", "الأمين العام"
        if (not m.group()[0].isalpha() or stop.match(m.group()) or sum(w.group() not in _QUOTES for w in words) >= limit
                or _is_number(m.group(), roles.lang)
                or any(t.start <= m.start() < t.end for t in roles.triggers)):
            break
        words.append(m)
    if link is not None and (quoted or words[-1].group() in _QUOTES):
        words = words[:link]  # no name after the quotes: to whom one speaks ('قال الأمين العام لـ«الشرق الأوسط»')
    while words and words[-1].group() in BODY_LINKS:
        words.pop()  # 'قال فلان لـ«الشرق الأوسط»': ل before quotes that open no body is to whom one speaks, no name word
    return (words[0].start(), words[-1].end()) if words else None


def _opens_quoted_body(words: list[re.Match]) -> bool:
    """Whether a quote after these words may open the body a post is of ('الأمين العام لـ"حزب الله"', 'المتحدث باسم
    «الجيش الحر»'): the words end with ل or باسم after a title or a qualifier of one. It is the body only where a
    name follows the quotes (`_name_run`); else, as after a name, ل is to whom one speaks ('قال فلان لـ«الشرق الأوسط»')."""
    pats = _patterns("ar")
    return (len(words) > 1 and words[-1].group() in BODY_LINKS
            and bool(pats["title_first"].match(words[-2].group()) or pats["role_modifier"].match(words[-2].group())))


@lru_cache(maxsize=1 << 14)
def _is_number(word: str, lang: str) -> bool:
    """A number written as a word (خمسة): it ends a name; each word is read once."""
    return word_number(word, load_lexicon(lang)) is not None


def _subject_in_trigger(trigger: Trigger, folded: str, lang: str) -> tuple[int, int] | None:
    """"صدر عن رئاسة أركان الجيش بيان", "وأصدرت وزارة الداخلية أمس بيانا", "وعرض الملك عبدالله مع": a phrase
    trigger that holds its own subject between its verb and its noun (or مع)."""
    if trigger.entry.pos != "phrase" or trigger.event_type not in ("announcement", "meeting"):
        return None
    found = _patterns(lang)["inner_subject"].match(folded, trigger.start, trigger.end)
    return found.span("who") if found else None


def _fronted_subject(trigger: Trigger, folded: str, lang: str) -> tuple[int, int] | None:
    """A subject before its verb: after أن or كان ("أن الوزير الجبير سيزور موسكو", "وكانت السعودية
    أعلنت", "أن قيادة الجيش، أكدت", 'إن X «سيناقشان'), if none of its words stops a name. A noun's verb is the one
    that governs it ("أن الطائرات ستبدأ في استخدام المطار", "إن «مدريد ستجري محادثات"); a phrase's, its first word
    if that is a verb ("أن قيادة الجيش أصدرت أمرا")."""
    verb = trigger.start
    if trigger.entry.pos != "verb" and not (trigger.entry.pos == "phrase" and _patterns(lang)["verb_first"].match(trigger.text.split()[0])):
        governing = _patterns(lang)["governing_verb"].search(folded, max(0, trigger.start - SUBJECT_CHARS), trigger.start)
        if not governing:
            return None
        verb = governing.start()
    found = _patterns(lang)["fronted"].search(folded, max(0, verb - SUBJECT_CHARS), verb)
    if not found or any(_patterns(lang)["stop"].match(w) for w in found.group("who").split()):
        return None
    return found.span("who")


def _light_verb_subject(trigger: Trigger, folded: str) -> tuple[int, int] | None:
    """"وقام الوزير بزيارة إلى", "وشرعت الكتيبة بالانسحاب من": a verbal noun after ب whose verb of doing or of
    beginning (قام، بدأ، شرع) stands before it has that verb's subject, between the two (up to NAME_WORDS, none a
    particle)."""
    if not trigger.text.startswith("ب"):
        return None
    pats = _patterns("ar")
    found = pats["light_verb"].search(folded, max(0, trigger.start - SUBJECT_CHARS), trigger.start)
    if not found or any(pats["stop"].match(w) for w in found.group("who").split()):
        return None
    return found.span("who")


def _holder(trigger: Trigger, folded: str, lang: str) -> tuple[int, int] | None:
    """"يعقد وزير الدفاع الكندي بيتر ماكاي اجتماعا": who holds a meeting stands between the verb of
    holding and the meeting, or before that verb after أن or كان ("أن ماكرون سيعقد اجتماعا")."""
    if trigger.entry.pos == "verb":
        return None
    pats = _patterns(lang)
    verbs = list(pats["holding_verb"].finditer(folded, max(0, trigger.start - HOLDER_CHARS), trigger.start))
    if not verbs:
        return None
    verb = verbs[-1]
    between = folded[verb.end():trigger.start]
    if not between.strip():  # "أن لافروف سيعقد اجتماعا": the subject stands before the verb
        found = pats["fronted"].search(folded, max(0, verb.start() - SUBJECT_CHARS), verb.start())
        return found.span("who") if found and not any(pats["stop"].match(w) for w in found.group("who").split()) else None
    words = between.split()
    if len(words) > NAME_WORDS or any(pats["stop"].match(w) for w in words):
        return None
    start = verb.end() + len(between) - len(between.lstrip())
    return start, start + len(between.strip())


def _words_after(trigger: Trigger, roles: SentenceRoles) -> tuple[int, int] | None:
    """Who stands after the trigger: the subject after a verb (VSO), the genitive after a noun
    ("زيارة الوزير"). A statement gives way to its owner ("بيان البنتاغون"); a definite noun's
    adjectives, a relative verb of holding ("الاتفاق الذي أبرمته الدول الكبرى", "اجتماع عقدته
    النصرة") or of doing with its pronoun ("الزيارة التي سيقوم بها الوفد") and بين ("المباحثات المرتقبة
    بين لافروف والجبير") lead to who takes part. A noun with a possessive ending ("لقائه رئيس الإقليم") is
    followed by the other party, not the actor. A phrase trigger that ends with its subject's title ("وصل
    وزير") gives a subject that opens at that title."""
    folded, pats = roles.folded.text, _patterns(roles.lang)
    if trigger.entry.pos == "noun" and pats["possessive"].search(trigger.text):
        return None
    position = pats["pronoun_object"].match(folded, trigger.end)
    position = position.end() if position else trigger.end  # "اتفق عليها الطرفان"
    skip = pats["statement_owner"] if trigger.event_type == "announcement" else pats["to_participants"]
    if trigger.entry.pos == "noun" and trigger.text.lstrip("وفبلك").startswith("ال"):
        skip = pats["definite_noun_tail"]
    found = skip.match(folded, position)
    resumed = pats["pronoun_object"].match(folded, found.end()) if found else None  # "التي وقعت عليها إيران": who signed
    if found:
        position = resumed.end() if resumed else found.end()
    run = _name_run(folded, position, roles)
    if run and not resumed and any(place.start() <= run[0] and run[1] <= place.end() for _, place in roles.places):
        return None  # "زيارة طهران": the place visited, not who visits
    title = _title_ending(trigger, folded)
    if title is not None:  # "وصل الرئيس السوري ...": a phrase that ends with its subject's title; the subject opens there
        run = (title, run[1] if run else trigger.end)
    return _with_apposed_name(folded, run) if run else run


def _title_ending(trigger: Trigger, folded: str) -> int | None:
    """Where a phrase trigger's last word starts, if that word is an official's title ("وصل وزير"), else None."""
    if trigger.entry.pos != "phrase":
        return None
    last = folded.rfind(" ", trigger.start, trigger.end) + 1 or trigger.start
    return last if _patterns("ar")["title_first"].match(folded[last:trigger.end]) else None


def _with_apposed_name(folded: str, run: tuple[int, int]) -> tuple[int, int]:
    """"قالت المتحدثة باسم الوزارة، ليلى سمير، إن": a post is followed by the name of who holds it between commas,
    which a run of name words stops before; the actor runs to the name's end."""
    pats = _patterns("ar")
    if not pats["title_first"].match(folded[run[0]:run[1]].split()[0]):
        return run
    found = pats["apposed_name"].match(folded, run[1])
    if not found or any(pats["stop"].match(w) or _is_number(w, "ar") for w in found.group("name").split()):
        return run
    return run[0], found.end("name")


def _clean_name(name: str) -> str:
    return re.sub(r"^(?:[Tt]he|an?|An?)\s+", "", name).strip(" ,.")


def location(folded: Folded, trigger: Trigger, roles: SentenceRoles) -> tuple[str | None, str | None]:
    """The place the event concerns, as written and by its common name: a gazetteer place after a
    preposition (from/in/to, من/في/إلى) near the trigger, else the nearest after it, else the last before it."""
    if not roles.places:
        return None, None
    after = [f for f in roles.places if f[1].start() >= trigger.end]
    preposition = _patterns(roles.lang)["preposition"]
    governed = [f for f in after if preposition.search(folded.text, max(0, f[1].start() - PLACE_PREPOSITION_CHARS), f[1].start())]
    common, chosen = governed[0] if governed else after[0] if after else roles.places[-1]
    s, e = folded.span(*chosen.span("place"))
    return roles.sentence[s:e], common
