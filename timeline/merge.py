"""Merging mentions into events: the one rule that decides when mentions state the same real-world event.

Two mentions are one event when they have the same type and origin, do not name
different places, and their dates agree:
- on the same day, when something more ties them: the same place, the same
  article, a shared actor's name, or alike evidence (REPORTED_ALIKE);
- a day apart (the same event reported a day later, counted from another
  publication date), or one dated only to a month or a year that holds the
  other's day, when their evidence is alike;
- undated, when their evidence is nearly the same (REPRINTED: one story in
  several papers).
Mentions join through each other (A with B, B with C), but an event never gets
two places, and never spans two calendar years: the mentions of one type, origin
and year (`partition_of`) are merged apart from all others, so that a store can
merge again only the partitions that new mentions touched. Details the mentions disagree on (a date, a number) do not stop a
merge: the event takes the value most of them give, and lists every value with
its count in `conflicts`, so that nothing is averaged away.

Pure functions over `Mention`s: the store calls `merge`, tests call it directly.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from .model import Event, Mention
from .parse.text import fold_text

REPORTED_ALIKE = 0.35  # share of evidence words two reports of one event have in common at least
REPRINTED = 0.6  # the same for undated mentions: only reprints of one story are this alike
MIN_WORD = 4  # shorter words (particles, clitics) say nothing of which event a sentence states
COMMON_WORD = 50  # a word in more mentions than this in one block links nothing: too common to propose pairs
RARE_TOKENS = 6  # how many of a mention's rarest words propose the mentions it may be compared with
ONE_DAY = timedelta(days=1)
CONFLICT_FIELDS = ("date", "quantity", "troops_from", "troops_to")
_WORD = re.compile(r"\w+")


@dataclass
class _Facts:
    """What the rule reads of one mention, computed once."""

    index: int
    place: str | None
    day: date | None  # for a day-precision date
    period: tuple[date, date] | None  # first and last day of a month- or year-precision date
    words: frozenset[str]  # the evidence's words (folded)
    names: frozenset[str]  # the actor's name words (folded)
    article: str
    tokens: frozenset[str]  # what proposes pairs: the evidence's words and the actor's name words, marked


def partition_of(m: Mention) -> str:
    """The mentions that may be one event share this: type, origin and year (or none, undated)."""
    return f"{m.event_type}|{m.origin}|{m.date.year if m.date else ''}"


def _facts(index: int, m: Mention) -> _Facts:
    period = None
    if m.date is not None and m.date_precision in ("month", "year"):
        last = date(m.date.year, 12, 31) if m.date_precision == "year" else \
            (m.date.replace(day=28) + timedelta(days=4)).replace(day=1) - ONE_DAY
        period = (m.date, last)
    words = frozenset(w for w in _WORD.findall(fold_text(m.sentence or "")) if len(w) >= MIN_WORD)
    names = frozenset(w for w in _WORD.findall(fold_text(m.actor or "")) if len(w) >= MIN_WORD)
    day = m.date if m.date is not None and m.date_precision == "day" else None
    return _Facts(index, m.place, day, period, words, names, m.article_id, words | {"@" + n for n in names})


def _alike(a: _Facts, b: _Facts) -> float:
    """The share of evidence words two mentions have in common (Jaccard)."""
    union = len(a.words | b.words)
    return len(a.words & b.words) / union if union else 0.0


def same_event(a: _Facts, b: _Facts) -> bool:
    """The rule for one pair of mentions of the same type and origin (see the module's docstring)."""
    if a.place and b.place and a.place != b.place:
        return False
    if a.day and b.day:
        if a.day == b.day:
            return (bool(a.place and a.place == b.place) or a.article == b.article or bool(a.names & b.names)
                    or _alike(a, b) >= REPORTED_ALIKE)
        return abs(a.day - b.day) == ONE_DAY and _alike(a, b) >= REPORTED_ALIKE
    if a.day and b.period or a.period and b.day or a.period and b.period:
        (start_a, end_a), (start_b, end_b) = (a.period or (a.day, a.day)), (b.period or (b.day, b.day))
        return start_a <= end_b and start_b <= end_a and _alike(a, b) >= REPORTED_ALIKE
    if not a.day and not a.period and not b.day and not b.period:
        return _alike(a, b) >= REPRINTED
    return False  # one dated, one not: a reprint would carry the same date


class _Clusters:
    """Union-find over mentions that keeps one place per cluster."""

    def __init__(self, places: Sequence[str | None]):
        self.parent = list(range(len(places)))
        self.place = list(places)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or self.place[a] and self.place[b] and self.place[a] != self.place[b]:
            return
        self.parent[b] = a
        self.place[a] = self.place[a] or self.place[b]


def _candidate_pairs(block: list[_Facts], among: set[int] | None = None) -> set[tuple[int, int]]:
    """Pairs of a block that share one of their RARE_TOKENS rarest shared words (evidence words, actor's names):
    two reports of one event share their rare words (names, numbers, places), so only such pairs can
    pass `same_event` (other than the same day and place, joined beforehand). With `among`, only the
    pairs with a side in it."""
    counts = Counter(token for f in block for token in f.tokens)
    by_token: dict[str, list[int]] = defaultdict(list)
    for f in block:
        shared = sorted((token for token in f.tokens if 1 < counts[token] <= COMMON_WORD),
                        key=lambda token: (counts[token], token))
        for token in shared[:RARE_TOKENS]:
            by_token[token].append(f.index)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_token.values():
        if among is None:
            pairs.update(combinations(sorted(indexes), 2))
        else:
            pairs.update((min(i, j), max(i, j)) for i in indexes if i in among for j in indexes if i != j)
    return pairs


def clusters(mentions: Sequence[Mention]) -> list[list[int]]:
    """Which mentions are one event: lists of indexes into `mentions`, each sorted, in the order of their first."""
    facts = [_facts(i, m) for i, m in enumerate(mentions)]
    found = _Clusters([f.place for f in facts])
    same_place_day: dict[tuple, int] = {}
    for m, f in zip(mentions, facts):  # the same type, day and place: one event, whatever else
        if f.day and f.place:
            key = (partition_of(m), f.day, f.place)
            found.union(same_place_day.setdefault(key, f.index), f.index)
    # blocks that hold every pair the rule can join: a day with the day before; a year with its periods
    # (month or year dates), compared only with them; the undated
    days: dict[tuple, list[_Facts]] = defaultdict(list)
    years: dict[tuple, list[_Facts]] = defaultdict(list)
    periods: set[int] = set()
    for m, f in zip(mentions, facts):
        kind = (partition_of(m),)
        if f.day:
            days[(*kind, f.day)].append(f)
            days[(*kind, f.day + ONE_DAY)].append(f)
            years[(*kind, f.day.year)].append(f)
        elif f.period:
            periods.add(f.index)
            years[(*kind, f.period[0].year)].append(f)
        else:
            days[(*kind, None)].append(f)
    pairs: set[tuple[int, int]] = set()
    for block in days.values():
        pairs |= _candidate_pairs(block)
    for block in years.values():
        if periods & {f.index for f in block}:
            pairs |= _candidate_pairs(block, periods)
    for i, j in sorted(pairs):
        if same_event(facts[i], facts[j]):
            found.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[found.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _most_common(values: Iterable) -> object | None:
    """The value given most often (the first given on a tie: a Counter keeps their order), or None."""
    counted = Counter(v for v in values if v is not None)
    return max(counted, key=counted.__getitem__) if counted else None


def _conflicts(members: list[Mention]) -> str | None:
    """Each field whose members disagree, with every value and how many give it."""
    parts = []
    for name in CONFLICT_FIELDS:
        values = [getattr(m, name) for m in members
                  if getattr(m, name) is not None and (name != "date" or m.date_precision == "day")]
        counted = Counter(values)
        if len(counted) > 1:
            shown = ", ".join(f"{v.isoformat() if isinstance(v, date) else v} x{n}"
                              for v, n in sorted(counted.items(), key=lambda item: (-item[1], str(item[0]))))
            parts.append(f"{name}: {shown}")
    return "; ".join(parts) or None


def _sources(members: list[Mention]) -> str:
    """Each article that states the event, once, earliest published first: its id, and its address if it has one."""
    seen: dict[str, str] = {}
    for m in sorted(members, key=lambda m: (m.published or date.max, m.article_id)):
        seen.setdefault(m.article_id, f"{m.article_id} {m.url}" if m.url else m.article_id)
    return " | ".join(seen.values())


def _date_of(members: list[Mention]) -> tuple[date | None, str]:
    """The finest date most members agree on: the commonest day, else month, else year."""
    for precision in ("day", "month", "year"):
        chosen = _most_common([m.date for m in members if m.date_precision == precision])
        if chosen is not None:
            return chosen, precision
    return None, "none"


def event_of(members: list[Mention]) -> Event:
    """One event from its mentions (in text order): agreed values, a representative's evidence, the conflicts."""
    day, precision = _date_of(members)
    place = _most_common([m.place for m in members])
    representative = min(members, key=lambda m: (m.date != day, m.place != place, m.actor is None,
                                                 m.published or date.max, m.mention_id))
    return Event(
        event_id=min(m.mention_id for m in members), event_type=members[0].event_type, date=day,
        date_precision=precision, date_reference=representative.date_reference, end_date=_most_common([m.end_date for m in members]),
        target_date=_most_common([m.target_date for m in members]),
        status=_most_common([m.status for m in members if m.status != "unknown"]) or "unknown",
        actor=_most_common([m.actor for m in members]), actor_name=_most_common([m.actor_name for m in members]),
        location=representative.location if representative.place == place else
        next((m.location for m in members if m.place == place), None),
        place=place, quantity=_most_common([m.quantity for m in members]),
        troops_from=_most_common([m.troops_from for m in members]),
        troops_to=_most_common([m.troops_to for m in members]),
        sentence=representative.sentence, lang=representative.lang, article_id=representative.article_id,
        title=representative.title, url=representative.url, published=representative.published,
        mentions=len(members), articles=len({m.article_id for m in members}), sources=_sources(members),
        conflicts=_conflicts(members),
        origin=members[0].origin, mention_ids=" ".join(sorted(m.mention_id for m in members)),
    )


def merge(mentions: Sequence[Mention]) -> list[Event]:
    """Mentions to events, each with all its sources; announcements linked to the events they declare."""
    events, event_of_mention = [], {}
    for group in clusters(mentions):
        members = [mentions[i] for i in group]
        event = event_of(members)
        events.append(event)
        for m in members:
            event_of_mention[m.mention_id] = event
    for m in mentions:
        if m.announced_by and m.announced_by in event_of_mention:
            declared, declarer = event_of_mention[m.mention_id], event_of_mention[m.announced_by]
            if declared is not declarer:
                declared.announced_by = declarer.event_id
                ids = set((declarer.announces or "").split()) | {declared.event_id}
                declarer.announces = " ".join(sorted(ids))
    return sorted(events, key=lambda e: (e.date or date.max, e.event_id))
