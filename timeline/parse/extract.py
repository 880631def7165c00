"""The extractor: one article in, its event mentions out (EVENTS.md), a pipeline of small steps.

sentences -> triggers -> for each trigger: date, status, actor, place, troop numbers.
Pure functions over text: no I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import cache, lru_cache

from ..model import Article, ArticleResult, Mention, TimeExpression, mention_id
from .article import prepare
from .dates import find_time_expressions
from .lexicon import lexicon_regex, load_lexicon
from .numbers import find_troop_numbers
from .roles import SentenceRoles, actor, location
from .text import Folded, fold, is_heading, paragraphs_at, split_sentences
from .triggers import Trigger, find_triggers, refers_back, scan, status_of
from .watch import check

ANNOUNCEMENT_DATE_WORDS = 8  # an explicit date this close to a declaring verb dates the announcement
CLAUSE_WORDS = 5  # a comma between a date and a trigger weighs as much as this many words
DATED_CHARS = 40  # how far after "dated" (المؤرخة في) its date is looked for
SINCE_WORDS = 4  # words of a "since" clause that may stand between منذ / since and its date
SINCE_CHARS = 60
STATEMENT_CHARS = 12  # "a statement issued Tuesday": how far before a participle its statement word is looked for
TARGET_CHARS = 25  # how far before a date its deadline word (by, بحلول) is looked for
BLOCKER_CHARS = 30  # how far before a date a word that makes it a start or a deadline is looked for
SAME_ACTOR_LOOKBACK = 200  # earlier dated mentions looked through for one of the same actor (an article has far fewer;
# looking through all of them made an article of thousands quadratic)
REPORTED_VERB_WORDS = 3  # a date this close after a past verb of what is said dates that verb, not the saying
_CLAUSE_BREAK = re.compile(r"[,،;؛]")
# lexicon patterns (lexicon_regex): <words> is the lexicon entry
DATED_CUE = r"(?:<words>)(?!\w)"  # "his letter dated", المؤرخة في
DOCUMENT_END = r"(?<!\w)(?:<words>)(?!\w)|\n[^\S\n]*\n"  # a letter ends at its closing formula or at an empty line
TARGET_CUE = r"(?:<words>)\s*$"  # "by", بحلول right before a date: the event's deadline
DATE_BLOCKERS = r"(?<!\w)(?:<words>)\s*\(?\s*$"  # words that make a date a start or deadline, not a declaration's day
REPORTED_VERB = rf"\b(?:<words>)(?:\s+\S+){{0,{REPORTED_VERB_WORDS - 1}}}\s*$"  # a past verb just before a date
STATEMENT_BEFORE = r"\b(?:<words>)\s+$"  # "a statement" right before a participle
SINCE_CLAUSE = rf"(?<!\w)(?:<words>)(?:\s+[^\s,،.;؛:]+){{0,{SINCE_WORDS}}}\s*\(?\s*$"  # "منذ تسلمه مهامه في فبراير"
_HEADER_END = re.compile(r"[^\n]{0,80}\n\s*")  # the rest of a quoted letter's heading line, and blank lines after it


def extract(article: Article) -> ArticleResult:
    """All event mentions of one article, dated against its publication date (or the best stand-in).

    The lexicon scan runs once over the whole article; only the paragraphs
    holding a hit are split into sentences, only sentences with a trigger are
    looked at further, and only they are searched for dates.
    """
    prepared = prepare(article)
    lang, reference = prepared.lang, prepared.reference
    folded_article = fold(article.text)
    hits = sorted(scan(folded_article.text, lang), key=lambda h: h.start)
    starts = [h.start for h in hits]
    mentions: list[Mention] = []
    # event type, (type, "scheduled" or "completed") and "any" -> the last fitting date an earlier mention took from
    # its own sentence; "by_actor" -> those mentions' (type, actor's name words, date), oldest first
    context: dict = {}
    letters = _QuotedLetters(_dated_documents(folded_article.text, lang, reference) if hits else [])
    paragraphs = paragraphs_at(article.text, [folded_article.span(h.start, h.end)[0] for h in hits])
    for start, end in (span for p_start, p_end in paragraphs for span in split_sentences(article.text, p_start, p_end)):
        f_start, f_end = folded_article.folded_offset(start), folded_article.folded_offset(end)
        letters.enter(f_start, context)
        local = [h.shifted(f_start) for h in hits[bisect_left(starts, f_start):bisect_left(starts, f_end)] if h.end <= f_end]
        if not local or is_heading(article.text[start:end]):
            continue
        check()  # the article's time limit (watch.py): before each sentence's work, which is short
        triggers = find_triggers(folded_article.text[f_start:f_end], lang, local)
        if not triggers:
            continue
        sentence = article.text[start:end]
        folded = folded_article.part(start, end)
        times = [TimeExpression(t.start + start, t.end + start, t.text, t.type, t.value, t.precision)
                 for t in find_time_expressions(sentence, lang, reference, folded)]
        found = _mentions(article, folded_article, prepared.reference_source, lang, sentence, start, folded, triggers,
                          times, reference, context)
        for m in found:
            if m.date_text:  # a date of its own sentence: later mentions of the same type may inherit it
                dated = (m.date, m.date_precision, m.date_text)
                context[m.event_type] = context["any"] = dated
                context.setdefault("by_actor", []).append((m.event_type, _name_words(m.actor), dated))
                if reference and m.date >= reference:
                    context[m.event_type, "scheduled"] = dated
                if reference and m.date <= reference:  # a completed event is not dated by a future one
                    context[m.event_type, "completed"] = dated
        mentions.extend(found)
    return ArticleResult(article, lang, mentions, reference, prepared.reference_source)


class _QuotedLetters:
    """The dated letters an article quotes, met in text order: while a sentence stands inside one, the
    letter's date dates its declarations; after the letter, the article's own dates come back."""

    def __init__(self, letters: list[tuple[int, int, tuple]]):
        self.pending = letters  # (start, end, date) in folded offsets
        self.until: int | None = None
        self.before: tuple | None = None

    def enter(self, position: int, context: dict) -> None:
        """Update the announcement date in `context` for a sentence starting at `position`."""
        while self.pending and self.pending[0][0] <= position:
            _, self.until, dated = self.pending.pop(0)
            self.before, context["announcement"] = context.get("announcement"), dated
        if self.until is not None and position >= self.until:
            self.until = None
            if self.before is None:
                context.pop("announcement", None)
            else:
                context["announcement"] = self.before


def _dated_documents(folded: str, lang: str, reference: date | None) -> list[tuple[int, int, tuple]]:
    """Where a quoted document states its own date ("his letter dated 24/7/2015, which reads:"): the
    folded offsets of that date and of the document's end, and the date, which dates the declarations
    quoted in between."""
    found = []
    for m in lexicon_regex(lang, "dated_cue", DATED_CUE).finditer(folded):
        if m.start() and folded[m.start() - 1].isalnum():  # a word boundary, tested here: a lookbehind is slow
            continue
        snippet = folded[m.end():m.end() + DATED_CHARS]
        day = next((t for t in find_time_expressions(snippet, lang, reference)
                    if t.precision == "day" and t.start <= 4), None)  # right after the cue, or after في / on
        if day is not None:
            start = m.end() + day.end
            header = _HEADER_END.match(folded, start)  # "... dated 24/7/2015, which reads:" then the letter's lines
            body = header.end() if header else start
            end = lexicon_regex(lang, "document_end", DOCUMENT_END).search(folded, body)
            found.append((start, end.end() if end else len(folded), (day.day, "day", day.text)))
    return found


def _mentions(article: Article, folded_article: Folded, reference_source: str, lang: str, sentence: str, offset: int,
              folded: Folded, triggers: list[Trigger], times: list[TimeExpression], reference: date | None,
              context: dict) -> list[Mention]:
    """The mentions of one sentence; `folded` is its part of `folded_article` (offsets: sentence, article)."""
    moves = any(t.event_type in ("withdrawal", "deployment") for t in triggers)
    numbers = find_troop_numbers(folded.text, lang) if moves else None
    roles = SentenceRoles.of(sentence, folded, lang, triggers)
    rows: list[tuple[Trigger, Mention]] = []
    announcement_date: tuple[date | None, str, str] = (None, "none", "")
    claimed = ""
    then = _pointed_back(folded.text, lang, context, reference)
    for trigger in sorted(triggers, key=lambda t: t.event_type != "announcement"):
        status = status_of(trigger, folded.text, lang)
        t_start, t_end = folded.span(trigger.start, trigger.end)
        own_times = times if trigger.event_type == "announcement" else [t for t in times if t.text != claimed]
        who = actor(trigger, roles)
        inherited = (then or _same_actor(context, trigger.event_type, status, who, reference)
                     or context.get(_context_key(trigger.event_type, status)))
        when = _date_for(trigger, status, lang, t_start + offset, t_end + offset, article.text, folded_article, own_times, reference,
                         announcement_date, inherited)
        if trigger.event_type == "announcement":
            announcement_date = when if status != "scheduled" else (None, "none", "")
            claimed = when[2]  # the day of the declaration is not the day of what it declares
        counted = numbers if trigger.event_type in ("withdrawal", "deployment") else None
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
    mentions = _one_per_event(rows, folded.text, lang)
    _link(mentions)
    _inherit_actor(mentions)
    return mentions


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


def _same_actor(context: dict, event_type: str, status: str, who: str | None, reference: date | None) -> tuple | None:
    """The date of the latest earlier mention of the same type whose actor shares a name with this one's
    ("لقاء كيري ووزراء الخارجية" is Kerry's meeting dated before, not the last meeting named), if that date
    fits the tense: not past for a scheduled event, not future for a completed one."""
    words = _name_words(who)
    for kind, names, dated in reversed(context.get("by_actor", [])[-SAME_ACTOR_LOOKBACK:]):
        fits = not reference or (status != "scheduled" or dated[0] >= reference) and (status != "completed" or dated[0] <= reference)
        if kind == event_type and words & names and fits:
            return dated
    return None


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
    after it"), unless the second is marked as another (Trigger.conjoined: و, أخرى, "another")."""
    seen, named, kept = set(), set(), []
    for trigger, m in sorted(rows, key=lambda row: row[0].start):
        key = (m.event_type, m.date)
        again = key in seen or m.event_type in named and refers_back(folded, trigger, lang)
        if not again or trigger.conjoined:
            seen.add(key)
            named.add(m.event_type)
            kept.append(m)
    return kept


def _inherit_actor(rows: list[Mention]) -> None:
    """A troop movement with no actor of its own is the announcer's side's ("the ministry announced withdrawing ...")."""
    announcer = next((m.actor for m in rows if m.event_type == "announcement" and m.actor), None)
    for m in rows:
        if m.actor is None and m.event_type in ("withdrawal", "deployment"):
            m.actor = announcer


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


def _in_since_clause(folded_article: Folded, t: TimeExpression, trigger_start: int, lang: str) -> bool:
    """A date in a "since ..." clause dates the start of a state, not an event, unless the event's own
    trigger stands in that clause ("since the signing of the deal in 2015")."""
    window = max(0, t.start - SINCE_CHARS)
    before = folded_article.part(window, t.start)
    found = lexicon_regex(lang, "since_words", SINCE_CLAUSE).search(before.text)
    return bool(found) and not window + before.span(found.start(), found.end())[0] < trigger_start < t.start


def _date_for(trigger: Trigger, status: str, lang: str, start: int, end: int, text: str, folded_article: Folded,
              times: list[TimeExpression], reference: date | None, announced: tuple,
              context: tuple | None) -> tuple[date | None, str, str]:
    """The date of one mention: the nearest usable date in its sentence, else the rules of EVENTS.md.

    `start`/`end` are the trigger's offsets in the article `text`; an announcement
    takes only a date close to its verb, else the date of an earlier dated
    announcement, else the reference (it was announced when reported); other
    events without a date of their own take the date of the announcement that
    reports them, unless they are scheduled, else the
    date an earlier mention of the same type took from its own sentence
    (`context`): news goes on about the event it has just dated.
    """
    dated = [t for t in times if t.day is not None and t.precision != "none" and _fits_tense(t, status, reference)
             and not _in_since_clause(folded_article, t, start, lang)]
    if trigger.event_type == "announcement":
        blockers = lexicon_regex(lang, "date_blockers", DATE_BLOCKERS)
        dated = [t for t in dated if _words_apart(text, t, start, end) <= ANNOUNCEMENT_DATE_WORDS
                 and not blockers.search(_folded_before(folded_article, t, BLOCKER_CHARS))
                 and not _after_reported_verb(folded_article, t, end, lang)]
    if dated:
        best = _restated(min(dated, key=lambda t: _words_apart(text, t, start, end)), dated, text)
        return best.day, best.precision, best.text
    if trigger.event_type == "announcement":
        if context is not None and status != "scheduled":
            return context  # "the statement added ...": the statement dated earlier in the article
        return (reference, "day", "") if reference and status != "scheduled" else (None, "none", "")
    if trigger.setting and reference and status != "scheduled":
        return reference, "day", ""  # "said at a meeting with ...": the meeting was that day, the day reported
    if status == "completed" and context is not None:
        return context  # "we agreed on ...", said today: the agreement the article dated before
    if status != "scheduled" and announced[0] is not None:
        return announced
    if context is not None and not (status == "scheduled" and reference and context[0] < reference):
        return context
    return None, "none", ""


def _after_reported_verb(folded_article: Folded, t: TimeExpression, end: int, lang: str) -> bool:
    """"said special ambassador Sytenko left Tuesday": a date right after a verb of what is said dates that verb,
    unless the verb is a statement's participle ("a statement issued Tuesday")."""
    reported = lexicon_regex(lang, "past_verb", REPORTED_VERB)
    if reported is None or t.start <= end:
        return False
    between = folded_article.part(end, t.start).text
    verb = reported.search(between)
    statement = folded_article.part(max(0, end - STATEMENT_CHARS), end).text + between[:verb.start()] if verb else ""
    return verb is not None and not lexicon_regex(lang, "statement_cue", STATEMENT_BEFORE).search(statement)


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
        return (t.day - reference).days <= 1  # not reference + 1 day, which does not exist after 9999-12-31
    return True


def _restated(chosen: TimeExpression, dated: list[TimeExpression], text: str) -> TimeExpression:
    """"غدا (اليوم)", "Friday (today)": a date restated in brackets right after another is the one meant."""
    for t in dated:
        between = text[chosen.end:t.start]
        if 0 < t.start - chosen.end <= 3 and between.strip() == "(":
            return t
    return chosen


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
