"""Event triggers: the words that state a withdrawal, deployment, announcement, meeting or agreement.

Patterns come from the lexicons. Each hit is then checked against its sentence:
negated, hypothetical or demanded events are dropped (docs/events.md), troop
movements need a force word nearby, and a weak declaring verb ("said", قال)
makes an announcement only when what it declares is an action or a plan.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from .lexicon import clitic_letters, lexicon_regex, load_lexicon, word_regex
from .matching import PatternSet
from .parties import names_known_party, names_party
from .text import CLAUSE_BREAK, clause_tail, word_start

FORCE_WINDOW = 10  # words on each side of a troop-movement trigger that must hold a force word
NEGATION_WINDOW = 3
HYPOTHETICAL_WINDOW = 5
NEAR_WINDOW = 8  # words on each side where an entry's "near" words must stand
AFTER_WINDOW = 3  # words before an event noun where "after" (بعد) makes it an earlier, completed event
RELATIVE_WINDOW = 6  # words after a noun within which its relative pronoun (الذي، which) may follow
REACHED_WINDOW = 4  # words after an agreement where "reached", "signed" (تم التوصل، الموقع) make it a done deal
DEMAND_WINDOW = 12  # words before a "to" complement (to withdraw, للخروج) where a demand or a wish governs it
CONDITION_WINDOW = 8  # words after an event, in its clause, where "if" or "unless" (إذا) makes it conditional
MODAL_WINDOW = 2  # words after an event noun where a modal ("should", يجب) makes it hypothetical
VERB_CUES = ("negation", "casualty", "hypothetical", "future", "ongoing", "modal_after", "conditional", "after", "agreement_reached",
             "opinion")  # cue lists of verbs and particles
COMPLEMENT_SEARCH = 12  # words after a "said" within which its "that" (أن) is looked for: a name and a title may come first
STATEMENT_WORDS = 10  # words of what a statement says (Arabic) within which its event or plan must come
SPEAKER_WINDOW = 4  # words around a declaring verb where its speaker is named
LONG_PAST_WORDS = 5  # words after an event, in its clause, where "last week", "in April" date it to an earlier period
SPEAKER_BODY_WORDS = 8  # words of the body a speaker's title names before the verb ("an official of the ... (WLB) said")
SPEAKER_TITLE_WORDS = 4  # words of that title and its link before the body ("a senior official of the")
MEDIA_SUBJECT_WORDS = 3  # words before a declaring verb where a news outlet stands as its subject ("state television said")
CASUALTY_WINDOW = 8  # words around a declaring verb where a casualty count is what it declares
OPINION_WINDOW = 4  # words after a declaring verb where an opinion verb (اعتبر، condemned) makes it an opinion
ASSESSMENT_WORDS = 20  # words of what is said (Arabic) where a judgement ("is the reason", سيؤدي إلى) makes it an assessment
SUBJECT_WINDOW = 2  # words around a strong declaring verb where its subject stands
PLAN_CLAUSE_WORDS = 15  # words of a plan's clause after its modal where an "if" or "unless" makes it conditional
RESOLVE_WORDS = 2  # words after a plan's modal where a verb of going on (stay, continue, نواصل) makes it a resolve
PLAN_SUBJECT_WORDS = 3  # words before a plan's modal where its subject, a party, stands ("the Chinese side will")
MERGE_GAP = 8  # same-type hits this many words apart or closer state one event
PARTY_EVENTS = ("meeting", "agreement")  # events between parties: in a sentence of a company, a club or a school they are its own
# lexicon patterns (lexicon_regex): <words> is the lexicon entry
WORDS_BEFORE = r"(?<!\w)(?:<words>)\s+$"  # words right before a hit: "to withdraw", "the talks", كان يعلن
COMPLEMENTIZER = r"(?<!\w)(?:<words>)(?!\w)|:"  # the "that" (أن، إن) or colon that opens what is said
THAT_FOLLOWS = r"\s+(?:[^\s,;:]+\s+){0,2}?(?:<words>)(?!\w)"  # "said that", "said Friday that": within two words


@dataclass(frozen=True)
class Entry:
    """One lexicon trigger entry: what its hits mean and how they are checked."""

    event_type: str
    strength: str  # strong: a declaration by itself; weak: "said"-like, counts only with something declared
    near: re.Pattern | None  # words one of which must stand within NEAR_WINDOW words for a hit to count
    force_window: int  # for troop movements: how close the force word must be (0: FORCE_WINDOW)
    pos: str  # Arabic entries: noun, verb, any or phrase


@dataclass(slots=True)  # not frozen: a frozen dataclass is five times slower to build, and many are built
class Trigger:
    """A trigger hit in a folded text: its span, its lexicon entry, and how it reads."""

    start: int
    end: int
    text: str
    entry: Entry
    future_prefix: bool = False  # Arabic سـ on the verb
    conjoined: bool = False  # a second event: Arabic و before it
    setting: bool = False  # where a "said" was said ("said after talks in Amman"): it happened that day

    @property
    def event_type(self) -> str:
        return self.entry.event_type

    @property
    def strength(self) -> str:
        return self.entry.strength

    def shifted(self, offset: int) -> Trigger:
        return Trigger(self.start - offset, self.end - offset, self.text, self.entry, self.future_prefix, self.conjoined)


def _arabic_regex(item: dict, lex: dict) -> str:
    """An Arabic stem pattern with the clitics and endings its part of speech allows."""
    pos = item.get("pos", "noun")
    noun, verb = lex["noun_prefix"], lex["verb_prefix"]
    prefix = {"noun": noun, "phrase": noun, "verb": verb}.get(pos, lex["any_prefix"])
    endings = {"noun": lex["noun_suffix"], "verb": lex["verb_suffix"]}.get(pos, lex["noun_suffix"] + "|" + lex["verb_suffix"])
    suffix = r"\w*" if pos == "phrase" else rf"(?:{endings})?(?!\w)"
    return rf"(?<!\w){prefix}(?:{item['pattern']}){suffix}"


@cache
def _lexicon_patterns(lang: str) -> tuple[PatternSet, tuple[Entry, ...]]:
    """All trigger patterns of a language in one PatternSet, with what each entry means."""
    lex = load_lexicon(lang)
    entries, patterns = [], []
    for event_type, items in lex["triggers"].items():
        for item in items:
            item = dict(item, pattern=item["pattern"].replace("<party_heads>", lex["party_heads"] or "(?!)"))
            regex = _arabic_regex(item, lex) if lang == "ar" else rf"\b(?:{item['pattern']})\b"
            near = item.get("near")
            near = word_regex(lang, lex[near[1:]] if near.startswith("@") else near, "word_start") if near else None
            patterns.append((len(entries), item["pattern"], re.compile(regex)))
            entries.append(Entry(event_type, item.get("strength", "strong"), near, item.get("force_window", 0),
                                 item.get("pos", "")))
    return PatternSet(patterns, clitic_letters(lang)), tuple(entries)


def scan(folded: str, lang: str) -> list[Trigger]:
    """Every lexicon hit in a folded text, before the event rules are applied."""
    patterns, entries = _lexicon_patterns(lang)
    hits = []
    for index, m in patterns.finditer(folded):
        groups = m.groupdict()
        hits.append(Trigger(m.start(), m.end(), m.group(), entries[index], bool(groups.get("fut")), groups.get("conj") == "و"))
    return hits


@cache
def _cues(lang: str) -> dict[str, re.Pattern]:
    lex = load_lexicon(lang)
    # Arabic: nouns take ب، ل، ك and ال; cue lists that hold verbs and particles (حث، امل) take ب or ك
    # only with ال, else "بحث" (discussed) would read as ب + حث (urged)
    found = {name: word_regex(lang, lex[name], "verb" if name in VERB_CUES else "noun")
             for name in VERB_CUES + ("assessment", "resolve", "statement_cue", "force_cue", "aid_cue", "armed_cue", "anonymous", "official", "declared_action",
                                     "security_topic")}
    found["own_plan"] = re.compile(lex["own_plan"])
    found["plan_modal"] = word_regex(lang, lex["plan_modal"], "verb")
    found["off_topic"] = re.compile(lex["off_topic"])
    if "non_party_body" in lex:
        found["non_party_body"] = re.compile(lex["non_party_body"])
    found["party_titles"] = word_regex(lang, lex["party_titles"], "name")
    found["forces_action"] = word_regex(lang, lex["forces_action"])
    found["relative"] = re.compile(rf"(?<!\w)(?:{lex['relative_pronouns']})(?!\w)")
    found["future_after"] = re.compile(rf"\s+(?:{lex['future_after']})(?!\w)")  # "المباحثات المرتقبة", "talks due"
    return found


@cache
def _excluded(lang: str) -> dict[str, re.Pattern]:
    """Per event type, phrases whose hits are not that event: press conferences and cabinet sessions
    are not meetings, troops "stationed" somewhere are no deployment. Matched as written."""
    return {event_type: re.compile("|".join(phrases)) for event_type, phrases in load_lexicon(lang)["excluded"].items()}


WORD_CHARS = 25  # no word of interest is longer: windows of n words look at most n * WORD_CHARS characters


def _words_before(text: str, pos: int, n: int) -> str:
    return " ".join(text[max(0, pos - n * WORD_CHARS):pos].split()[-n:])


def _words_after(text: str, pos: int, n: int) -> str:
    return " ".join(text[pos:pos + n * WORD_CHARS].split()[:n])


def _clause_after(text: str, pos: int, n: int) -> str:
    """The first `n` words after `pos`, up to the end of their clause."""
    return CLAUSE_BREAK.split(_words_after(text, pos, n))[0]


def _relative_clause(text: str, pos: int, cues: dict[str, re.Pattern]) -> int:
    """Where the relative clause of the noun phrase ending at `pos` starts ("the economic cooperation
    agreements, which were reached ..."), else `pos`: what the clause says, it says of the noun."""
    words = list(re.finditer(r"\S+", text[pos:pos + RELATIVE_WINDOW * WORD_CHARS]))[:RELATIVE_WINDOW]
    found = cues["relative"].search(text, pos, pos + words[-1].end()) if words else None
    return found.end() if found else pos


def _clause_before(text: str, pos: int, n: int) -> str:
    """The last `n` words before `pos`, cut at the start of their clause: a negation or a demand
    does not reach across a comma or a quote."""
    return clause_tail(_words_before(text, pos, n))


def _window(text: str, start: int, end: int, n: int) -> str:
    return " ".join([_words_before(text, start, n), text[start:end], _words_after(text, end, n)])


def find_triggers(folded: str, lang: str, hits: list[Trigger] | None = None,
                  speakers: Callable[[], frozenset[str]] | None = None) -> list[Trigger]:
    """Trigger hits in one folded sentence that pass the event rules, in text order.

    `hits` are the sentence's lexicon hits when the caller scanned a whole text
    at once (in sentence coordinates); by default the sentence is scanned here.
    `speakers` gives the names the article titled ("spokeswoman Jane Doe"), asked only when a "said"
    has no title beside it ("Doe said"): such a speaker is an identified official too.
    """
    cues = _cues(lang)
    hits = scan(folded, lang) if hits is None else hits
    declared = None  # (statement, actions) of the sentence, found only where a declaring verb needs them
    if all(h.strength == "weak" for h in hits):
        declared = _declared_in(folded, cues, lang)
        if not declared[0] and not declared[1] and next(_plans(folded, cues, lang), None) is None:
            return []  # only "said"-like verbs and nothing they declare: the common case, settled cheaply
    if cues["off_topic"].search(folded):
        return []  # a football match: no event of ours
    excluded: dict[str, list[tuple[int, int]]] = {}  # per event type, found on its first hit
    kept, denied = [], []
    bodies: bool | None = None  # whether the sentence is about bodies that are no party, found on its first meeting or agreement
    for hit in hits:
        if hit.entry.near and not hit.entry.near.search(_window(folded, hit.start, hit.end, NEAR_WINDOW)):
            continue
        if hit.event_type in PARTY_EVENTS:
            bodies = _non_party_bodies(folded, cues) if bodies is None else bodies
            if bodies:
                continue
        clause = _clause_before(folded, hit.start, HYPOTHETICAL_WINDOW)
        if (cues["negation"].search(" ".join(clause.split()[-NEGATION_WINDOW:]))
                or cues["hypothetical"].search(clause)
                or " " in hit.text and cues["negation"].search(hit.text)  # "troops will not be sent"
                or _infinitive_of_demand(folded, hit, hits, cues, lang) or _habitual(folded, hit, lang)
                or hit.event_type != "announcement" and (_modal_after(folded, hit, cues, lang) or _conditional_after(folded, hit, cues))):
            denied.append(hit)  # "refused to send troops", "the withdrawal should start", "الانسحاب قد يبدأ"
            continue
        if hit.event_type in ("withdrawal", "deployment"):
            around = _window(folded, hit.start, hit.end, hit.entry.force_window or FORCE_WINDOW)
            if not cues["force_cue"].search(around) or cues["aid_cue"].search(folded) and not cues["armed_cue"].search(folded):
                continue  # no forces; or a sentence of planes and ships that carry aid, and no troops
        if hit.event_type not in excluded:
            phrases = _excluded(lang).get(hit.event_type)
            excluded[hit.event_type] = [(word_start(folded, m.start()), m.end()) for m in phrases.finditer(folded)] if phrases else []
        if any(s <= hit.start < e for s, e in excluded[hit.event_type]):
            continue
        kept.append(hit)
    kept = [h for h in kept if not any(_restates(folded, d, h) for d in denied)]
    return _resolve(_dedupe(kept, folded, lang), folded, cues, lang, declared, speakers)


def _non_party_bodies(folded: str, cues: dict[str, re.Pattern]) -> bool:
    """"التقى رجال الأعمال المستثمرين", "وقعت النقابة اتفاقا": a sentence of companies, societies, clubs or schools,
    with no force word and no official's title, tells their affairs; its meetings and agreements are not between the
    parties of docs/events.md. Where a minister or a president takes part, the companies are what the parties talk
    about ("بحث الرئيسان تشجيع الشركات"). Arabic only: the lexicon has no English list (see its schema)."""
    bodies = cues.get("non_party_body")
    return (bodies is not None and bool(bodies.search(folded)) and not cues["force_cue"].search(folded)
            and not cues["party_titles"].search(folded))


def _restates(folded: str, denied: Trigger, hit: Trigger) -> bool:
    """A hit that restates a denied event in the same clause stays denied ("refused to send any troops
    to join the US force"), and so does one inside it ("decision" in "had not taken a decision"); one joined
    as another event, or past a comma, does not."""
    inside = denied.start <= hit.start < denied.end
    return (denied.event_type == hit.event_type and (inside or not hit.conjoined
            and denied.end <= hit.start < denied.end + 1 + _gap_chars(folded, denied.end, MERGE_GAP))
            and not CLAUSE_BREAK.search(folded, denied.start if inside else denied.end, hit.start))


def _modal_after(folded: str, hit: Trigger, cues: dict[str, re.Pattern], lang: str) -> bool:
    """A modal in the MODAL_WINDOW words after an event noun ("the withdrawal should start", "الانسحاب قد
    يبدأ"); the word after the window is kept for the modal's own context (قد + past verb is "had")."""
    past = load_lexicon(lang).get("past_trigger")
    if past and re.search(past, hit.text):
        return False  # "had agreed the vote would go ahead": the modal is the complement's, the verb is done
    after = _words_after(folded, hit.end, MODAL_WINDOW + 1)
    found = cues["modal_after"].search(after)
    told = lexicon_regex(lang, "told_modal", r"(?:<words>)\b")
    if found and told and told.match(after, found.start()) and cues["relative"].search(after[:found.start()]):
        return False  # "a tour which would take her to Lima": reported speech tells its course; "which could start" doubts it
    return bool(found) and found.start() < len(_words_after(folded, hit.end, MODAL_WINDOW))


def _marker(lang: str, name: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """How the lexicon marks an event as `name` (infinitive, definite, habitual): words right before it
    (`{name}_before`: "to withdraw", "the talks", "كان يعلن") or a prefix on it (`{name}_prefix`: للخروج، المحادثات)."""
    return lexicon_regex(lang, f"{name}_before", WORDS_BEFORE), lexicon_regex(lang, f"{name}_prefix")


def _infinitive_of_demand(folded: str, hit: Trigger, hits: list[Trigger], cues: dict[str, re.Pattern], lang: str) -> bool:
    """"urged the world community to help reinforce the troops", "يضغط على المقاتلين في الزبداني للخروج":
    an event in the "to" complement of a demand, a wish or pressure, however long its object, unless
    another trigger stands between them ("sought peace by promising to withdraw"). A noun joined by "and" (و)
    to that complement is demanded too ("دعا إلى تدويل القضية وإخراج الميليشيات")."""
    before, prefix = _marker(lang, "infinitive")
    if not (before and before.search(folded, max(0, hit.start - 12), hit.start) or prefix and prefix.match(hit.text)
            or hit.conjoined and hit.entry.pos == "noun"):
        return False
    clause = _clause_before(folded, hit.start, DEMAND_WINDOW)
    demands = list(cues["hypothetical"].finditer(clause))
    if not demands:
        return False
    governs_from = hit.start - len(clause) + demands[-1].end()
    return not any(governs_from <= other.start < hit.start for other in hits)


def _habitual(folded: str, hit: Trigger, lang: str) -> bool:
    """"كانوا يجتمعون كل أسبوع", "they used to meet": what was done again and again is no one event
    (in Arabic: كان before an imperfect verb, whose prefix the lexicon gives)."""
    before, prefix = _marker(lang, "habitual")
    return (bool(before.search(folded, max(0, hit.start - 2 * WORD_CHARS), hit.start))
            and (prefix is None or bool(prefix.match(hit.text))))


def _conditional_after(folded: str, hit: Trigger, cues: dict[str, re.Pattern]) -> bool:
    """"troops would pull out if the council asked", "ستنسحب إذا": a condition right after the event, in its clause."""
    return bool(cues["conditional"].search(_clause_after(folded, hit.end, CONDITION_WINDOW)))


@cache
def _day_named(lang: str) -> re.Pattern:
    """A weekday or a day word (أمس، tomorrow): a day of its own named between two hits of one type."""
    lex = load_lexicon(lang)
    words = "|".join(sorted((re.escape(w) for w in (*lex["weekdays"], *lex["day_words"])), key=len, reverse=True))
    return word_regex(lang, words)


def refers_back(folded: str, hit: Trigger, lang: str) -> bool:
    """Whether a hit is a definite noun ("the agreement", الاتفاق), which names an event already known."""
    before, prefix = _marker(lang, "definite")
    if prefix is not None:
        return hit.entry.pos == "noun" and bool(prefix.match(hit.text))
    return bool(before.search(folded, max(0, hit.start - 8), hit.start))


def _dedupe(hits: list[Trigger], folded: str, lang: str) -> list[Trigger]:
    """Hits of one type that overlap or stand within MERGE_GAP words of each other are one trigger,
    unless the second is joined by a conjunction (Arabic و: "بسحب ... وإغلاق") or
    a day is named between them ("سيزور الوزير عمان الأحد، ثم بيروت الأربعاء لإجراء محادثات": two visits;
    where both come out on one date, the extractor counts them once again)."""
    hits.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for hit in hits:
        near = [k for k in kept if k.event_type == hit.event_type and hit.start < k.end + 1 + _gap_chars(folded, k.end, MERGE_GAP)]
        if any((hit.start < k.end or not hit.conjoined)
               and (k.strength == hit.strength or hit.start < k.end)  # a strong declarer is not lost to a weak one
               and (hit.start < k.end or not _day_named(lang).search(folded, k.end, hit.start))
               for k in near):
            continue
        kept.append(hit)
    return kept


def _gap_chars(text: str, pos: int, words: int) -> int:
    """How many characters the next `words` words after `pos` take."""
    rest = text[pos:]
    parts = rest.split(None, words)
    return len(rest) - len(parts[words]) if len(parts) > words else len(rest)


@cache
def _declared(lang: str) -> PatternSet:
    """Formal statements and actions about forces, found in one anchored pass (this runs on every "said" sentence)."""
    cues = _cues(lang)
    lex = load_lexicon(lang)
    return PatternSet([(name, lex[name], cues[name]) for name in ("statement_cue", "declared_action")],
                      clitic_letters(lang))


def _declared_in(folded: str, cues: dict[str, re.Pattern], lang: str) -> tuple[bool, list[int]]:
    """What a weak declaring verb may report besides an event: whether the sentence names a formal statement,
    and where it names an action about forces (a truce, halting operations) that is not negated or hypothetical."""
    statement, actions = False, []
    for name, m in _declared(lang).finditer(folded):
        if name == "statement_cue":
            statement = True
        elif not (cues["negation"].search(_words_before(folded, m.start(), NEGATION_WINDOW))
                  or cues["hypothetical"].search(_words_before(folded, m.start(), HYPOTHETICAL_WINDOW))):
            actions.append(m.start())
    return statement, actions


def _speaker_is_official(folded: str, declarer: Trigger, cues: dict[str, re.Pattern], trusted: bool, lang: str,
                         speakers: Callable[[], frozenset[str]] | None) -> bool:
    """An identified official or body speaks, not "sources", "activists" or analysts (docs/events.md): a title
    or a body near the verb, or right beside a verb a name the article gave a title to elsewhere ("Doe said";
    a noun's neighbour is its genitive, إعلان هدنة). Whoever reports an event of the lexicon's trusted_reports
    (a troop movement; in English also an agreement) is taken to speak for a side unless they are anonymous."""
    around = _window(folded, declarer.start, declarer.end, SPEAKER_WINDOW)
    if cues["anonymous"].search(around) or _media_speaks(folded, declarer, lang):
        return False
    titled = _title_of_body(lang)
    return (trusted or bool(cues["official"].search(around)) or speakers is not None and declarer.entry.pos != "noun"
            and names_known_party(_window(folded, declarer.start, declarer.end, SUBJECT_WINDOW), lang, speakers())
            or titled is not None and bool(titled.search(folded, max(0, declarer.start - (SPEAKER_BODY_WORDS + SPEAKER_TITLE_WORDS) * WORD_CHARS),
                                                         declarer.start)))


@cache
def _title_of_body(lang: str) -> re.Pattern | None:
    """A speaker's title with the body it serves between it and the verb ("Jane Doe, an official from the
    Western Regional Trade Council (WRTC), told reporters", "a senior official of the party said"): the title
    stands further from the verb than SPEAKER_WINDOW, its body's name after "of" or "from"."""
    title = load_lexicon(lang)["title_of_body"]
    return re.compile(rf"(?<!\w)(?:{title})\s*(?:[^\s.;:]+\s+){{0,{SPEAKER_BODY_WORDS}}}$") if title else None


def _opinion(folded: str, declarer: Trigger, cues: dict[str, re.Pattern]) -> bool:
    """A statement that condemns, welcomes, warns or "considers" (أصدرت بيانا اعتبرت فيه، قال البيان إنه يدين)
    is an opinion, which docs/events.md does not count as an announcement."""
    return bool(cues["opinion"].search(_clause_after(folded, declarer.end, OPINION_WINDOW)))


def _assessment(folded: str, declarer: Trigger, cues: dict[str, re.Pattern], lang: str, events: list[Trigger]) -> bool:
    """"أوضح أن الانسحاب سببه ...", "said the unrest is the result of the blockade": what is said judges
    (a cause, a purpose, a consequence, a right) and states no plan of the speaker's side nor an action of forces
    ("أعلنت الوزارة أن غارة أدت إلى مقتل ..."): an assessment, which docs/events.md does not count as an
    announcement. Where the lexicon sets a report_window (Arabic) the judgement must open what is said, within
    ASSESSMENT_WORDS words, and so is what opens with a condition (a threat or a hypothesis). Elsewhere the
    judgement may stand anywhere, unless the sentence first tells one of its `events` as done or planned ("the
    army withdrew its troops, which led to calm, the minister said"): then it judges what it reports."""
    if load_lexicon(lang)["report_window"] is None:
        judged = cues["assessment"].search(folded)
        return (judged is not None and not cues["forces_action"].search(folded) and next(_plans(folded, cues, lang), None) is None
                and not any(e.start < judged.start() and status_of(e, folded, lang) in ("completed", "scheduled")
                            and not refers_back(folded, e, lang) for e in events))
    start = _said_from(folded, declarer, lang)
    end = start + len(folded[start:]) - len(folded[start:].lstrip()) + len(_words_after(folded, start, ASSESSMENT_WORDS))
    if cues["conditional"].search(folded, max(declarer.end, start - len("بان ")), start + len(_words_after(folded, start, CONDITION_WINDOW)) + 1):
        return True  # "أعلن "إن لم ... فإن": what is said opens with a condition (its إن read as the "that"), a threat or a hypothesis
    return (bool(cues["assessment"].search(folded, start, end)) and not cues["forces_action"].search(folded, start, end)
            and next(_plans(folded, cues, lang, start, end), None) is None)


def _casualty_count(folded: str, declarer: Trigger, cues: dict[str, re.Pattern], lang: str) -> bool:
    """"the group announced the names of those it executed", "أعلنت الوزارة مقتل 20": a declaration of
    casualties is a count, not an announcement (docs/events.md), when the sentence states no event of ours and
    no action of forces ("said the attackers were destroyed"). Where what is said may come first (English: "One
    soldier was killed in an accident, the military said"), the whole sentence is what is said."""
    around = _window(folded, declarer.start, declarer.end, CASUALTY_WINDOW) if load_lexicon(lang)["report_window"] is not None else folded
    return bool(cues["casualty"].search(around)) and not cues["forces_action"].search(around)


@cache
def _media_subject(lang: str) -> re.Pattern | None:
    media = load_lexicon(lang)["media"]
    return re.compile(rf"(?<!\w)(?:{media})\s+$") if media else None


def _media_speaks(folded: str, declarer: Trigger, lang: str) -> bool:
    """"WAM said in a brief statement", "state television said": a news outlet that tells what it learned is the
    media, not a party (docs/events.md), where it stands as the subject before the verb; one told something
    ("the minister told Xinhua") is the addressee, and one named before a comma ("over state radio, the general said")
    is no subject: both leave the speaker alone."""
    media = _media_subject(lang)
    return media is not None and bool(media.search(folded, max(0, declarer.start - MEDIA_SUBJECT_WORDS * WORD_CHARS), declarer.start))


def _resolve(hits: list[Trigger], folded: str, cues: dict[str, re.Pattern], lang: str,
             declared: tuple[bool, list[int]] | None, speakers: Callable[[], frozenset[str]] | None = None) -> list[Trigger]:
    """Every strong declaration of a sentence, else its first weak one ("said"), which counts only when it
    reports an event or a formal statement and its speaker is an identified official. A strong declaration
    counts when the sentence is about forces, security or another event: docs/events.md's announcements are
    about those, not a club's new coach or a ministry's office hours."""
    others = [h for h in hits if h.event_type != "announcement"]
    if len(others) == len(hits):
        return others  # no declaring verb: nothing to weigh
    statement, actions = declared or _declared_in(folded, cues, lang)
    trusted = any(h.event_type in load_lexicon(lang)["trusted_reports"] for h in hits)
    weak = [h for h in hits if h.event_type == "announcement" and h.strength == "weak"]
    topical = bool(others) or bool(cues["force_cue"].search(folded) or cues["security_topic"].search(folded))
    declares = statement and topical or bool(actions)  # a statement counts only in a sentence about forces or events
    announcements = [h for h in hits if h.event_type == "announcement" and not _opinion(folded, h, cues)
                     and not _assessment(folded, h, cues, lang, others)
                     and not (not others and _casualty_count(folded, h, cues, lang)) and (
        h.strength == "strong" and (topical or declares)
        or h.strength == "weak" and (_acts_said(folded, h, actions, lang)
                                     or declares and _plan_or_event_said(folded, h, others, cues, lang)
                                     or _own_plan_said(folded, h, cues, lang)
                                     or _reports(folded, h, hits, weak, lang))
        and _speaker_is_official(folded, h, cues, trusted, lang, speakers))]
    if announcements:  # every strong declaration, else the first weak one
        strong = [h for h in announcements if h.strength == "strong"]
        others.extend(strong or announcements[:1])
    others = [replace(h, setting=True) if h.event_type != "announcement" and _in_setting(folded, h, weak, lang) else h
              for h in others]
    return sorted(others, key=lambda t: t.start)


def _own_plan_said(folded: str, declarer: Trigger, cues: dict[str, re.Pattern], lang: str) -> bool:
    """"We will keep our ships in the gulf, the admiral said", "وقال إنه سيزور موسكو", "Chile will
    open its ports to Peru, the minister said": a speaker stating a plan of its own side announces it.
    Where the lexicon sets a report_window (Arabic) the plan opens what is said; elsewhere it may stand anywhere.
    A plan under a condition is none."""
    start, end = 0, len(folded)
    if load_lexicon(lang)["report_window"] is not None:
        said = _said_from(folded, declarer, lang)
        start = _said_from(folded, declarer, lang, opening=True)
        end = said + len(folded[said:]) - len(folded[said:].lstrip()) + len(_words_after(folded, said, STATEMENT_WORDS)) + 1
    return any(not _conditioned(folded, pos, cues) for pos in _plans(folded, cues, lang, start, end))


def _plans(folded: str, cues: dict[str, re.Pattern], lang: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where a folded text states a plan of the speaker's own side: "we will", "سنبحث", or a party as the
    subject of a plan's modal ("China will", "أن الحكومة ستبدأ"), the party within SUBJECT_WORDS words before it.
    A resolve to go on ("we will stay", "we'll be there until ...", سنواصل) is no plan: it decides nothing new.
    """
    end = len(folded) if end is None else end
    for m in cues["own_plan"].finditer(folded, start, end):
        if not cues["resolve"].search(folded[m.start():m.end()] + " " + _words_after(folded, m.end(), RESOLVE_WORDS)):
            yield m.start()
    for m in cues["plan_modal"].finditer(folded, start, end):
        subject = _words_before(folded, m.start(), PLAN_SUBJECT_WORDS)
        after = _words_after(folded, m.end(), RESOLVE_WORDS)
        if names_party(subject, lang) and not cues["hypothetical"].search(after) and not cues["resolve"].search(m.group() + " " + after):
            yield m.start()  # not "the United States will consider helping"


def _conditioned(folded: str, pos: int, cues: dict[str, re.Pattern]) -> bool:
    """Whether what stands at `pos` is under a condition: an "if" (إذا، في حال) in its clause or the one before
    ("if Iran breaches the deal, we will respond"), or later in its own clause ("we will strike them unless
    they leave", "سنرد إذا")."""
    clauses = CLAUSE_BREAK.split(folded[max(0, pos - 40 * WORD_CHARS):pos])
    return bool(cues["conditional"].search(" ".join(clauses[-2:]))
                or cues["conditional"].search(_clause_after(folded, pos, PLAN_CLAUSE_WORDS)))


def _said_from(folded: str, declarer: Trigger, lang: str, opening: bool = False) -> int:
    """Where what a "said" says begins: after the "that" (أن، إن) or colon that follows the verb, else right after it;
    with `opening`, where that "that" itself stands (it is part of a plan: أنه سيتوجه)."""
    found = lexicon_regex(lang, "complementizer", COMPLEMENTIZER).search(folded, declarer.end, declarer.end + COMPLEMENT_SEARCH * WORD_CHARS)
    return declarer.end if not found else found.start() if opening else found.end()


def _acts_said(folded: str, declarer: Trigger, actions: list[int], lang: str) -> bool:
    """Whether a "said" declares one of the sentence's `actions`. Where the lexicon sets a report_window
    (Arabic), the action must be in what it says: "مع اقتراب نهاية الهدنة، قال الناطق إنه لا توجد هدنة أصلا"
    declares no truce."""
    if not actions or load_lexicon(lang)["report_window"] is None:
        return bool(actions)
    origin = _said_from(folded, declarer, lang)
    return any(p >= origin for p in actions)


def _plan_or_event_said(folded: str, declarer: Trigger, events: list[Trigger], cues: dict[str, re.Pattern], lang: str) -> bool:
    """A statement "said" announces only an event, a plan ("أكد البيان أن الوزيرة ستزور") or an action of
    forces ("قال بيان للقيادة إن طائرات التحالف شنت غارات"), not a description ("أشار البيان إلى أن أوباما
    قدم التعازي") or another side's deed ("قال بيان للجيش إن متشددين أشعلوا النار"). Where the lexicon sets
    a report_window (Arabic) what it says must open with one, within STATEMENT_WORDS words; elsewhere
    (English, where what is said may come first) the sentence must hold one."""
    if load_lexicon(lang)["report_window"] is None:
        return bool(events or cues["future"].search(folded) or cues["forces_action"].search(folded))
    origin = _said_from(folded, declarer, lang)
    opening = _words_after(folded, origin, STATEMENT_WORDS)
    end = origin + len(folded[origin:]) - len(folded[origin:].lstrip()) + len(opening)
    return (bool(cues["future"].search(opening) or cues["forces_action"].search(opening))
            or any(origin <= k.start < end for k in events))


def _reports(folded: str, declarer: Trigger, hits: list[Trigger], declarers: list[Trigger], lang: str) -> bool:
    """Whether a "said" reports one of its sentence's events. Where the lexicon sets a report_window
    (Arabic), the event must open what is said: within that many words after the "that" (أن، إن) or
    colon that follows the verb. An event named further on is background to an assessment ("وأكد أن
    الاتفاق الذي تم إبرامه أخيرا لن يؤثر على ..."), and one before the verb is the narrator's. Elsewhere
    (English) so is an event before a participle ("sent troops to the border, saying ...") or before a
    "said" with its own "that" ("have fallen back on Kismayo, where a commander said Friday that ...") or one
    joined by "and" to the narrator's verb ("sent ships to the coast and said it would patrol"). An event
    named as the subject of an assessment ("the visit will push relations", "the deployment was appropriate")
    is assessed, not reported."""
    lex = load_lexicon(lang)
    assessed = lexicon_regex(lang, "assessed_after")
    events = [k for k in hits if (k.event_type in lex["declarable"] or k.event_type in lex["declarable_plans"]
                                  and status_of(k, folded, lang) == "scheduled") and not _in_setting(folded, k, declarers, lang)
              and not (assessed and refers_back(folded, k, lang) and assessed.match(folded, k.end))
              and not _long_past(folded, k, lang)]
    window = lex["report_window"]
    if window is None:
        if (lexicon_regex(lang, "complementizer", THAT_FOLLOWS).match(folded, declarer.end)
                or lex["participle_declarer"] and re.fullmatch(lex["participle_declarer"], declarer.text)):
            return any(k.start >= declarer.end for k in events)  # "sent troops, saying ...": the narrator's
        return bool(events)
    origin = _said_from(folded, declarer, lang)
    return any(k.start >= origin and len(folded[origin:k.start].split()) <= window for k in events)


def _long_past(folded: str, event: Trigger, lang: str) -> bool:
    """"met with Baxter last week", "talks last week", "his visit to Peru in April": an event a "said" dates to
    an earlier week, month or year is what the speaker recalls, not what it announces (docs/events.md); one
    scheduled for a month ("will meet him in April") is still a plan."""
    past = lexicon_regex(lang, "long_past", r"(?<!\w)(?:<words>)(?!\w)")
    return (past is not None and bool(past.search(_clause_after(folded, event.end, LONG_PAST_WORDS)))
            and status_of(event, folded, lang) != "scheduled")  # "will meet him in April" is a plan


@cache
def _setting_words(lang: str) -> re.Pattern:
    return re.compile(rf"\s*(?:\S+\s+){{0,2}}?(?:{load_lexicon(lang)['setting_words']})\s+(?:\S+\s+){{0,3}}?$")


def _in_setting(folded: str, hit: Trigger, declarers: list[Trigger], lang: str) -> bool:
    """A meeting or agreement in the setting of a "said" ("the premier said Friday after talks in Athens",
    "she said as she met with farmers") is where it was said, not what was said."""
    return any(d.end <= hit.start and _setting_words(lang).match(folded, d.end, hit.start) for d in declarers)


_ARABIC_PAST = re.compile(r"[وف]?+(?![يتن])\w+(?<!ون)(?<!ان)(?<!ين)|[وف]?\w+(?:ت|وا|نا|تم)")  # وصل، انسحبوا، سحبت: past forms


def status_of(trigger: Trigger, folded: str, lang: str) -> str:
    """completed, ongoing, scheduled or unknown, from the trigger's form and the cues around it."""
    cues = _cues(lang)
    reach = 2 if trigger.event_type == "announcement" else 6  # "will announce", not "next month, the ministry announced"
    before = _words_before(folded, trigger.start, reach) + " " + folded[trigger.start:trigger.end]
    near = _window(folded, trigger.start, trigger.end, 4)
    if trigger.event_type != "announcement" and cues["after"].search(clause_tail(_words_before(folded, trigger.start, AFTER_WINDOW))):
        return "completed"  # "visits Tehran after the signing of the agreement": what came before is done
    if trigger.event_type == "agreement":
        after = _clause_after(folded, _relative_clause(folded, trigger.end, cues), REACHED_WINDOW)
        if cues["agreement_reached"].search(after) and not cues["future"].search(after):
            return "completed"  # "the agreement reached in Vienna", "الاتفاق الذي تم التوصل إليه"
    if trigger.future_prefix or cues["future"].search(before) or cues["future_after"].match(folded, trigger.end):
        return "scheduled"
    if cues["ongoing"].search(near):
        return "ongoing"
    if trigger.event_type == "announcement":
        return "completed"
    lex = load_lexicon(lang)
    if "past_trigger" in lex and re.search(lex["past_trigger"], trigger.text):  # English: "withdrew", "pulled out"
        return "completed"
    if "completed_cue" in lex and word_regex(lang, lex["completed_cue"], "particle").search(before):  # تم، قد
        return "completed"
    if lang == "ar" and trigger.entry.pos in ("verb", "any") and _ARABIC_PAST.fullmatch(trigger.text.split()[0]):
        return "completed"
    return "unknown"
