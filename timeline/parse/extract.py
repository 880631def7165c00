"""The extractor: one article in, its event mentions out (docs/events.md), a pipeline of small steps.

sentences -> triggers -> for each trigger: date, status, actor, place, troop numbers.
Pure functions over text: no I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from dataclasses import replace
from functools import cache, lru_cache

from ..model import Article, ArticleResult, Mention, TimeExpression, mention_id
from .article import prepare
from .dates import find_time_expressions
from .lexicon import lexicon_regex, load_lexicon
from .numbers import TroopNumbers, find_troop_numbers
from .parties import about_parties, names_known_party, names_party, titled_names
from .roles import SentenceRoles, actor, location
from .scorer import Judge
from .text import Folded, fold, is_heading, paragraphs_at, split_sentences, stem
from .triggers import Trigger, find_triggers, refers_back, scan, status_of
from .watch import check

ANNOUNCEMENT_DATE_WORDS = 8  # an explicit date this close to a declaring verb dates the announcement
CLAUSE_WORDS = 5  # a comma between a date and a trigger weighs as much as this many words
FRONTED_WORDS = 3  # "Also on Oct. 29, the minister ... said": a date this close to the sentence's start, set off by a comma,
# opens the sentence and dates its main clause however far the verb is
SINCE_WORDS = 4  # words of a "since" clause that may stand between منذ / since and its date
SUBORDINATE_WORDS = 6  # words of a "when ..." or "before ..." clause that may stand between its opening word and its date
SINCE_CHARS = 60
NUMBER_WORDS = 20  # words on each side of a troop movement where its numbers stand: a count 80 words on is another's
TARGET_CHARS = 25  # how far before a date its deadline word (by, بحلول) is looked for
_QUESTION = re.compile(r"[?؟][\"'»”)!]*\s*$")  # a sentence that ends asking
GAPPED_TYPES = ("withdrawal", "deployment", "meeting")  # events one trigger may state twice, for two places
GAPPED_WORDS = 3  # words between "and" and a second place that the same trigger governs (a number, a troop noun)
_CLAUSE_BREAK = re.compile(r"[,،;؛]")
# lexicon patterns (lexicon_regex): <words> is the lexicon entry
TARGET_CUE = r"(?:<words>)\s*$"  # "by", بحلول right before a date: the event's deadline
# "when the island returns to the federation on": at least one word of the clause's own before its date
SUBORDINATE_CLAUSE = rf"(?<!\w)(?:<words>)(?:\s+[^\s,،.;؛:]+){{1,{SUBORDINATE_WORDS}}}\s*\(?\s*$"
SINCE_CLAUSE = rf"(?<!\w)(?:<words>)(?:\s+[^\s,،.;؛:]+){{0,{SINCE_WORDS}}}\s*\(?\s*$"  # "منذ توليه منصبه في أبريل"


def extract(article: Article, judge: Judge | None = None) -> ArticleResult:
    """All event mentions of one article, dated against its publication date (or the best stand-in).

    `judge` (parse/scorer.py) keeps or drops each sentence's mentions after the rules made them;
    None keeps them all (the rules alone).

    The lexicon scan runs once over the whole article; only the paragraphs
    holding a hit are split into sentences, only sentences with a trigger are
    looked at further, and only they are searched for dates.
    """
    folded_article = fold(article.text)
    prepared = prepare(article, folded_article.text)
    lang, reference = prepared.lang, prepared.reference
    hits = sorted(scan(folded_article.text, lang), key=lambda h: h.start)
    if hits and not about_parties(folded_article.text, lang):
        hits = []  # an article about something else: its trigger words are in another sense
    starts = [h.start for h in hits]
    mentions: list[Mention] = []
    # event type, (type, "scheduled" or "completed") and "any" -> the last fitting date an earlier mention took from
    # its own sentence; "by_name" -> (type, stem of the trigger word) -> the date of the latest mention named by that word
    context: dict = {}
    names = cache(lambda: titled_names(folded_article.text, lang))  # the names that follow an official's title, found once when needed
    paragraphs = paragraphs_at(article.text, [folded_article.span(h.start, h.end)[0] for h in hits])
    for start, end in (span for p_start, p_end in paragraphs for span in split_sentences(article.text, p_start, p_end)):
        f_start, f_end = folded_article.folded_offset(start), folded_article.folded_offset(end)
        local = [h.shifted(f_start) for h in hits[bisect_left(starts, f_start):bisect_left(starts, f_end)] if h.end <= f_end]
        if not local or is_heading(article.text[start:end]) or _QUESTION.search(article.text, start, end):
            continue  # a cross-head names a topic; a question asks, it states no event
        check()  # the article's time limit (watch.py): before each sentence's work, which is short
        triggers = find_triggers(folded_article.text[f_start:f_end], lang, local, names)
        if not triggers:
            continue
        if not names_party(folded_article.text[f_start:f_end], lang):
            if not names_known_party(folded_article.text[f_start:f_end], lang, names()):
                continue  # about no state, official, army, armed group or international body (docs/events.md)
        sentence = article.text[start:end]
        folded = folded_article.part(start, end)
        times = [TimeExpression(t.start + start, t.end + start, t.text, t.type, t.value, t.precision)
                 for t in find_time_expressions(sentence, lang, reference, folded)]
        found, proposed = _mentions(article, folded_article, prepared.reference_source, lang, sentence, start, folded,
                                    triggers, times, reference, context, judge)
        for m in proposed:  # the rules' mentions date what follows, whichever the judge kept
            if m.date_text:  # a date of its own sentence: later mentions of the same type may inherit it
                dated = (m.date, m.date_precision, m.date_text)
                context[m.event_type] = context["any"] = dated
                context.setdefault("by_name", {})[m.event_type, stem(m.trigger, lang)] = dated
                if reference and m.date >= reference:
                    context[m.event_type, "scheduled"] = dated
                if reference and m.date <= reference:  # a completed event is not dated by a future one
                    context[m.event_type, "completed"] = dated
        mentions.extend(found)
    _carry_back(mentions, article.text, lang, reference)
    return ArticleResult(article, lang, mentions, reference, prepared.reference_source)


def _carry_back(mentions: list[Mention], text: str, lang: str, reference: date | None) -> None:
    """"The minister will visit Cairo. The visit is set for Tuesday.", "A delegation is paying a visit to Uganda.
    The delegation arrived on Saturday.": an undated mention takes the date of the next sentence when that
    sentence goes on about the same event (an event of its type named by the same word, actor or place) with
    a date of its own that fits the mention's tense."""
    for m, later in zip(mentions, mentions[1:]):
        if m.date is not None or later.sentence_start == m.sentence_start or text[m.sentence_end:later.sentence_start].strip():
            continue  # dated already, or no sentence of events right after it
        following = [n for n in mentions if n.sentence_start == later.sentence_start]
        same = next((n for n in following if n.event_type == m.event_type and n.date_text
                     and _fits_day(n.date, m.status, reference) and _goes_on_about(m, n, lang)), None)
        if same is not None:
            m.date, m.date_precision, m.date_text = same.date, same.date_precision, same.date_text


def _goes_on_about(m: Mention, later: Mention, lang: str) -> bool:
    """Whether a later mention of the same type tells of the same event: named by the same word, or by the
    same actor or place."""
    return (stem(later.trigger, lang) == stem(m.trigger, lang) or bool(_name_words(m.actor) & _name_words(later.actor))
            or m.place is not None and m.place == later.place)


def _mentions(article: Article, folded_article: Folded, reference_source: str, lang: str, sentence: str, offset: int,
              folded: Folded, triggers: list[Trigger], times: list[TimeExpression], reference: date | None,
              context: dict, judge: Judge | None = None) -> tuple[list[Mention], list[Mention]]:
    """The mentions of one sentence that the judge keeps, and all the rules made; `folded` is its part of
    `folded_article` (offsets: sentence, article)."""
    roles = SentenceRoles.of(sentence, folded, lang, triggers)
    rows: list[tuple[Trigger, Mention]] = []
    announcement_date: tuple[date | None, str, str] = (None, "none", "")
    claimed = ""
    then = _pointed_back(folded.text, lang, context, reference)
    f_offset = folded_article.folded_offset(offset)
    for trigger in sorted(triggers, key=lambda t: t.event_type != "announcement"):
        status = status_of(trigger, folded.text, lang)
        t_start, t_end = folded.span(trigger.start, trigger.end)
        own_times = times if trigger.event_type == "announcement" else [t for t in times if t.text != claimed]
        who = actor(trigger, roles)
        named = _same_name(context, trigger, folded.text, lang, status, reference)
        inherited = then or named or context.get(_context_key(trigger.event_type, status))
        others = [(o.start + f_offset, o.end + f_offset) for o in triggers if o is not trigger]
        when = _date_for(trigger, status, lang, offset, t_start + offset, t_end + offset, article.text, folded_article,
                         own_times, reference, announcement_date, inherited, others, named is not None and named is inherited)
        if trigger.event_type == "announcement":
            announcement_date = when if status != "scheduled" else (None, "none", "")
            # the day of the declaration is not the day of what it declares; a day taken from an earlier sentence
            # claims no time word of this one
            claimed = when[2] if when != inherited else ""
        counted = _troop_numbers(folded.text, trigger, lang) if trigger.event_type in ("withdrawal", "deployment") else None
        where = location(folded, trigger, roles)
        target = _target(trigger, status, lang, times, folded_article) if trigger.event_type != "announcement" else None
        if target is not None:  # a deadline makes the event scheduled and dates it
            status, when = "scheduled", (target.day, target.precision, target.text)
        rows.append((trigger, Mention(
            mention_id=mention_id(article.id, offset, trigger.event_type, sentence[t_start:t_end]),
            article_id=article.id, event_type=trigger.event_type,
            date=when[0], date_precision=when[1], end_date=_end_date(trigger, when, times),
            target_date=target.day if target else None, date_text=when[2],
            status=status, actor=who, location=where[0], place=where[1],
            quantity=counted and counted.quantity,
            troops_from=counted and counted.troops_from,
            troops_to=counted and counted.troops_to,
            sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
            trigger=sentence[t_start:t_end], lang=lang,
            title=article.title, url=article.url, published=article.date, date_reference=reference_source,
            source=article.source,
        )))
    trigger_of = {id(m): t for t, m in rows}
    proposed = _one_per_event(rows, folded.text, lang)
    proposed = _gapped(proposed, trigger_of, folded, roles, lang, times, offset)
    _distinct_ids(proposed, article.id, offset)
    kept = proposed
    if judge is not None:  # the learned decision (parse/scorer.py): it sees the rules' mentions and keeps some
        kept = judge([(trigger_of[id(m)], m) for m in proposed], folded.text, lang)
    _link(kept)
    return kept, proposed


def _troop_numbers(folded: str, trigger: Trigger, lang: str) -> TroopNumbers:
    """The troop numbers within NUMBER_WORDS words of a movement: a long sentence may count another force."""
    before, after = folded[:trigger.start].split()[-NUMBER_WORDS:], folded[trigger.end:].split()[:NUMBER_WORDS]
    return find_troop_numbers(" ".join([*before, folded[trigger.start:trigger.end], *after]), lang)


@cache
def _anaphoric_time(lang: str) -> re.Pattern:
    """"وتم الاتفاق آنذاك", "at the time", "earlier in the day": a sentence that points back to the last
    date the article gave; the same day, where none was given, is the article's own."""
    lex = load_lexicon(lang)
    return re.compile(rf"(?<!\w)(?:(?P<then>{lex['anaphoric_time']})|{lex['same_day']})(?!\w)")


def _pointed_back(folded: str, lang: str, context: dict, reference: date | None) -> tuple | None:
    """The date a sentence's "then" or "that same day" points back to, if it has one of them."""
    found = _anaphoric_time(lang).search(folded)
    if not found:
        return None
    return context.get("any") or (None if found.group("then") or not reference else (reference, "day", ""))


@lru_cache(maxsize=4096)
def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(w for w in fold(name or "").text.split() if len(w) > 3)


def _same_name(context: dict, trigger: Trigger, folded: str, lang: str, status: str, reference: date | None) -> tuple | None:
    """"the visit", "الاتفاق", "the Helsinki agreement": a definite noun names an event the article told
    before; it takes the date of the latest earlier mention named by the same word, if that date fits
    the tense, rather than that of the latest event of its type. Only where the definite article is a word
    of its own (English "the"): the Arabic ال marks generic nouns as well ("الاتفاق" is any agreement)."""
    if not load_lexicon(lang)["definite_before"] or not refers_back(folded, trigger, lang):
        return None
    dated = context.get("by_name", {}).get((trigger.event_type, stem(trigger.text, lang)))
    return dated if dated and _fits_day(dated[0], status, reference) else None


def _fits_day(day: date, status: str, reference: date | None) -> bool:
    """A scheduled event is not dated by a past day, nor a completed one by a future day."""
    return not reference or (status != "scheduled" or day >= reference) and (status != "completed" or day <= reference)


def _context_key(event_type: str, status: str) -> str | tuple[str, str]:
    """Which earlier date a mention may inherit: a scheduled event only a date not past, a completed
    one only a date not future (announcements are completed by nature: any earlier one)."""
    if status == "scheduled" or (status == "completed" and event_type != "announcement"):
        return event_type, status
    return event_type


def _one_per_event(rows: list[tuple[Trigger, Mention]], folded: str, lang: str) -> list[Mention]:
    """The sentence's mentions in text order, one per event: two triggers of one type and one date
    ("the visit ... a visit of importance") state one event, and so does a later definite noun of a type
    already named, whatever date it took ("the agreement reached recently ... before the agreement and
    after it"), unless the second is joined as another (Trigger.conjoined: Arabic و)."""
    seen, named, kept = set(), set(), []
    for trigger, m in sorted(rows, key=lambda row: row[0].start):
        key = (m.event_type, m.date)
        again = key in seen or m.event_type in named and refers_back(folded, trigger, lang)
        if not again or trigger.conjoined:
            seen.add(key)
            named.add(m.event_type)
            kept.append(m)
    return kept


@cache
def _conjunct(lang: str) -> re.Pattern:
    """What stands between a place of an event and a second place that the same trigger governs ("in Iraq from
    3,000 to 2,500 and in Afghanistan", "بغداد الاثنين وكابول", "500 جندي من العراق و2000 جندي من أفغانستان"):
    no clause break, then "and" (و, the group `and`), at most GAPPED_WORDS words (a number, a troop noun), a preposition."""
    lex = load_lexicon(lang)
    return re.compile(rf"[^.;:،؛]*?(?P<and>(?<!\w)(?:{lex['gapping_and']}))\s*(?:\S+\s+){{0,{GAPPED_WORDS}}}?"
                      rf"(?:(?:{lex['place_prepositions']})\s+)?$")


def _gapped(mentions: list[Mention], trigger_of: dict[int, Trigger], folded: Folded, roles: SentenceRoles, lang: str,
            times: list[TimeExpression], offset: int) -> list[Mention]:
    """One row per event (issue 18, item 3): a trigger that governs two places joined by "and", each with its own
    number or date ("cut troops in Iraq from 3,000 to 2,500 and in Afghanistan from 4,500 to 2,500", "يزور بغداد
    الاثنين وكابول الأربعاء"), states two events; each takes the place, the troop numbers and the date of its own
    part of the sentence. Two places with nothing of their own between them ("officials of Iraq and Syria") are one event's.
    Each new row is added to `trigger_of` under its trigger, which the judge reads."""
    out: list[Mention] = []
    dated = [(folded.folded_offset(t.start - offset), t) for t in times if t.day]
    for m in mentions:
        out.append(m)
        trigger = trigger_of.get(id(m))
        if trigger is None or m.event_type not in GAPPED_TYPES:
            continue
        stop = min((o.start for o in trigger_of.values() if o.start > trigger.end), default=len(folded.text))
        places = [(common, p) for common, p in roles.places if trigger.end <= p.start() < stop]
        cuts = []  # (where the "and" starts and ends, the common name of the place it joins, that place)
        for (first, before), (common, place) in zip(places, places[1:]):
            between = folded.text[before.end():place.start()] + _clitic_and(place.group(), lang)
            joined = _conjunct(lang).match(between)
            if joined and common != first and (_NUMBER.search(between) or any(before.end() <= at < place.start() for at, _ in dated)):
                cuts.append((before.end() + joined.start("and"), before.end() + joined.end("and"), common, place))
        if not cuts:
            continue
        ends = [at for at, _, _, _ in cuts] + [stop]
        _own_numbers(m, folded.text[:ends[0]], lang)
        head = _DIGITS.sub("", folded.text[trigger.start:places[0][1].start()])  # "cut troops in", "خفض عدد القوات في"
        for (at, after_and, common, place), end in zip(cuts, ends[1:]):
            s, e = folded.span(*place.span("place"))
            row = replace(m, mention_id=mention_id(m.article_id, m.sentence_start, m.event_type, f"{m.trigger}@{common}"),
                          location=roles.sentence[s:e], place=common)
            trigger_of[id(row)] = trigger  # the judge reads each row's trigger: the parts share it
            own = next((t for pos, t in dated if at <= pos < end), None)
            if own is not None:
                row.date, row.date_precision, row.date_text = own.day, own.precision, own.text
            _own_numbers(row, head + " " + folded.text[after_and:end], lang)
            out.append(row)
    return out


_NUMBER = re.compile(r"\d")  # a number of its own between two places: each is a part with its own troop count
_DIGITS = re.compile(r"\d[\d,.]*")  # the first part's numbers, left out of the words a second part borrows


def _own_numbers(row: Mention, part: str, lang: str) -> None:
    """A troop movement's numbers from its own part of a sentence that states two."""
    if row.event_type in ("withdrawal", "deployment"):
        counted = find_troop_numbers(part, lang)
        row.quantity, row.troops_from, row.troops_to = counted.quantity, counted.troops_from, counted.troops_to


def _clitic_and(place: str, lang: str) -> str:
    """The "and" written on an Arabic place (وكابول) stands between it and the place before it."""
    return " و" if lang == "ar" and place.startswith("و") else ""


def _distinct_ids(rows: list[Mention], article_id: str, offset: int) -> None:
    """Two events of one type stated by the same word in one sentence ("a visit to Tehran ... a visit to
    Iran") get distinct ids: the second and later by their trigger and its rank ("زيارة#2")."""
    seen: dict[str, int] = {}
    for m in rows:
        rank = seen[m.mention_id] = seen.get(m.mention_id, 0) + 1
        if rank > 1:
            m.mention_id = mention_id(article_id, offset, m.event_type, f"{m.trigger}#{rank}")


def _link(rows: list[Mention]) -> None:
    """An announcement declares the other events of its sentence: link them both ways."""
    announcement = next((m for m in rows if m.event_type == "announcement"), None)
    if announcement is None:
        return
    declared = [m for m in rows if m is not announcement]
    for m in declared:
        m.announced_by = announcement.mention_id
    announcement.announces = " ".join(m.mention_id for m in declared) or None


def _target(trigger: Trigger, status: str, lang: str, times: list[TimeExpression], folded_article: Folded) -> TimeExpression | None:
    """The deadline of an event that is not done yet: a date right after "by", "until", بحلول, حتى."""
    if status not in ("scheduled", "unknown"):
        return None
    cue = lexicon_regex(lang, "target_cue", TARGET_CUE)
    for t in times:
        if t.day is not None and t.precision != "none" and cue.search(_folded_before(folded_article, t, TARGET_CHARS)):
            return t
    return None


def _in_clause_of(folded_article: Folded, t: TimeExpression, trigger_start: int, lang: str, key: str,
                  pattern: str) -> bool:
    """Whether a date stands in a clause the lexicon entry `key` opens (`pattern`) that does not hold the trigger.

    A date in a "since ..." clause dates the start of a state, not an event; one in a "when ..." or "before
    ..." clause with a head of its own ("when the province rejoins the federation on May 3") dates that clause's
    predicate. Either dates the event whose own trigger stands in that clause ("since the signing of the
    deal in 2015")."""
    window = max(0, t.start - SINCE_CHARS)
    before = folded_article.part(window, t.start)
    found = lexicon_regex(lang, key, pattern).search(before.text)
    return bool(found) and not window + before.span(found.start(), found.end())[0] < trigger_start < t.start


def _date_for(trigger: Trigger, status: str, lang: str, sentence_start: int, start: int, end: int, text: str,
              folded_article: Folded, times: list[TimeExpression], reference: date | None, announced: tuple,
              context: tuple | None, others: list[tuple[int, int]], by_name: bool = False) -> tuple[date | None, str, str]:
    """The date of one mention: the nearest usable date in its sentence, else the rules of docs/events.md.

    `start`/`end` are the trigger's offsets in the article `text`; an announcement
    takes only a date close to its verb, else the date of an earlier dated
    announcement, else the reference (it was announced when reported); other
    events without a date of their own take the date of the announcement that
    reports them, unless they are scheduled, else the
    date an earlier mention of the same type took from its own sentence
    (`context`): news goes on about the event it has just dated.
    """
    dated = [t for t in times if t.day is not None and t.precision != "none" and _fits_tense(t, status, reference)
             and not _in_clause_of(folded_article, t, start, lang, "since_words", SINCE_CLAUSE)
             and not _in_clause_of(folded_article, t, start, lang, "subordinators", SUBORDINATE_CLAUSE)
             and not (trigger.event_type == "announcement" and _governed_elsewhere(folded_article, t, start, end, others))]
    if trigger.event_type == "announcement":
        near = [t for t in dated if _words_apart(text, t, start, end) <= ANNOUNCEMENT_DATE_WORDS]
        dated = near or ([t for t in dated if _fronted(text, t, start, sentence_start)] if status != "scheduled" else [])
    if trigger.setting:  # "said Friday after talks": a date after the setting dates what was said, not the talks
        dated = [t for t in dated if t.end <= start]
    if dated:
        best = min(dated, key=lambda t: _words_apart(text, t, start, end))
        return best.day, best.precision, best.text
    if by_name and trigger.event_type != "announcement":
        return context  # "the meeting" named again: the date of the meeting of that name
    if trigger.event_type == "announcement":
        if context is not None and status != "scheduled":
            return context  # "the statement added ...": the statement dated earlier in the article
        return (reference, "day", "") if reference and status != "scheduled" else (None, "none", "")
    if trigger.setting and status != "scheduled" and announced[0] is not None:
        return announced  # "said Friday after talks": the talks were the day of the saying
    if trigger.setting and reference and status != "scheduled":
        return reference, "day", ""  # "said at a meeting with ...": the meeting was that day, the day reported
    if status == "completed" and context is not None:
        return context  # "we agreed on ...", said today: the agreement the article dated before
    if status != "scheduled" and announced[0] is not None:
        return announced
    if context is not None and not (status == "scheduled" and reference and context[0] < reference):
        return context
    if status == "completed" and reference:
        return reference, "day", ""  # a done event the news tells without a date: the day it reports
    return None, "none", ""


def _fronted(text: str, t: TimeExpression, start: int, sentence_start: int) -> bool:
    """A time adverbial that opens the sentence and is set off from it by a comma governs its main predicate."""
    return (sentence_start <= t.start and t.end <= start and len(text[sentence_start:t.start].split()) <= FRONTED_WORDS
            and text[t.end:start].lstrip()[:1] in (",", "،"))


def _governed_elsewhere(folded_article: Folded, t: TimeExpression, start: int, end: int,
                        others: list[tuple[int, int]]) -> bool:
    """A time expression belongs to the predicate that governs it: the nearest one before it in its
    sentence. It dates another predicate when another event's trigger stands between it and the trigger
    ("said the envoy will visit Damascus on Monday"); a date before the trigger, when another event's trigger
    stands before the date ("is to sign the accord on Friday, officials said")."""
    if t.start >= end:
        gap_start, gap_end = folded_article.folded_offset(end), folded_article.folded_offset(t.start)
    elif t.end <= start:
        gap_start, gap_end = folded_article.folded_offset(t.end), folded_article.folded_offset(start)
        if any(o_end <= folded_article.folded_offset(t.start) for _, o_end in others):
            return True
    else:
        return False
    return any(gap_start <= o_start and o_end <= gap_end for o_start, o_end in others)


def _end_date(trigger: Trigger, when: tuple, times: list[TimeExpression]) -> date | None:
    """Where a dated event states how long it lasts ("for five days"), its last day."""
    if trigger.event_type == "announcement" or when[1] != "day":
        return None
    for t in times:
        found = re.fullmatch(r"P(\d+)([DWM])", t.value) if t.type == "DURATION" else None
        if found:
            n, unit = int(found.group(1)), found.group(2)
            days = n * {"D": 1, "W": 7, "M": 30}[unit]
            return when[0] + timedelta(days=days - 1) if 0 < days <= (date.max - when[0]).days + 1 else None
    return None


def _fits_tense(t: TimeExpression, status: str, reference: date | None) -> bool:
    """A scheduled event is not dated by a past date of its sentence, nor a completed one by a future date."""
    if reference is None or t.day is None:
        return True
    if status == "scheduled":  # a day not past; a month or a year not over
        return t.day >= (reference if t.precision == "day" else reference.replace(day=1))
    if status == "completed":
        return (t.first_day - reference).days <= 1  # not reference + 1 day, which does not exist after 9999-12-31
    return True


def _folded_before(folded_article: Folded, t: TimeExpression, chars: int) -> str:
    """The folded text just before a time expression, where its governing word stands ("by", منذ)."""
    return folded_article.part(max(0, t.start - chars), t.start).text


def _words_apart(text: str, t: TimeExpression, start: int, end: int) -> int:
    """How many words lie between a time expression and a trigger; a clause boundary (a comma) counts
    as CLAUSE_WORDS more, since a date in another clause usually dates that clause's event.

    Counted on an index of the text (`_word_index`), not by splitting the gap: splitting it for every pair of
    trigger and date made a long sentence of many of both cubic."""
    gap_start, gap_end = (t.end, start) if t.end <= start else (end, t.start) if t.start >= end else (0, 0)
    if gap_end - gap_start <= SHORT_GAP:  # the common case: counting is cheaper than indexing the article
        gap = text[gap_start:gap_end]
        return len(gap.split()) + CLAUSE_WORDS * len(_CLAUSE_BREAK.findall(gap))
    words, breaks = _word_index(text)
    inside = bisect_left(words, gap_end) - bisect_right(words, gap_start)  # words that start within the gap
    first = not text[gap_start].isspace()  # and the one the gap starts in
    return inside + first + CLAUSE_WORDS * (bisect_left(breaks, gap_end) - bisect_left(breaks, gap_start))


_NON_SPACE = re.compile(r"\S+")
SHORT_GAP = 1000  # characters: a gap this short is counted directly (cheaper than indexing the article), a
# longer one, which only a sentence far longer than real ones has, on the article's index


@lru_cache(maxsize=4)
def _word_index(text: str) -> tuple[list[int], list[int]]:
    """Where each word (a run of non-space characters) and each clause break of a text starts."""
    return [m.start() for m in _NON_SPACE.finditer(text)], [m.start() for m in _CLAUSE_BREAK.finditer(text)]
