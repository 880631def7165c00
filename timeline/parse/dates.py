"""Time expressions: find them in Arabic or English text and resolve them against a reference date.

A small grammar per language, built from the month, weekday and unit tables of
the lexicons. Every rule is a regular expression over folded text plus a
function that turns its match into a TIMEX3 type and value. Relative
expressions need a reference (the publication date); without one they are
still found but carry no calendar value.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import ahocorasick
from hijridate import Hijri

from .lexicon import lexicon_regex, load_lexicon
from ..model import TimeExpression
from .numbers import word_number
from .text import Folded, clause_tail, fold

Resolver = Callable[[re.Match, "Context"], "tuple[str, str, str] | None"]


@dataclass(slots=True)  # one per candidate match: not frozen, which would make it five times slower to build
class Context:
    """What a rule needs besides its match: the reference date, tense and the lexicon."""

    reference: date | None
    future: bool | None  # None: no tense marker before the date
    lex: dict


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    needs: tuple[str, ...]  # vocabularies (lexicon tables, "digits" or "year_digits") one of which the text must hold


# What each rule needs in a text before it is worth running: most sentences skip most rules.
NEEDS = {
    "numeric": ("year_digits",), "bare_year": ("year_digits",), "hijri_date": ("year_digits",), "hijri_year": ("year_digits",),
    "year": ("year_digits",), "decade": ("year_digits",), "clock": ("time_marks",), "month_day": ("months",), "day_month": ("months",),
    "month_year": ("months",), "month_alone": ("months",), "part_of": ("period_parts",), "weekday": ("weekdays",),
    "day_word": ("day_words",), "shifted": ("shift_words",),
    "plural_shift": ("shift_words",), "ago": ("ago_words",), "quarter": ("quarter_words",), "every": ("units",),
    "duration": ("units",), "plural_duration": ("units",), "quarter_rel": ("quarter_words", "period_nouns"), "season": ("seasons",), "set_word": ("set_words",),
    "vague": ("vague",), "year_ended": ("year_words",), "holiday": ("holidays",), "year_end": ("year_words",), "year_ago": ("year_words",), "the_year": ("year_words",), "decade_word": ("decade_words",), "century": ("century_words",), "spelled_year": ("spelled_year_words",), "weekend": ("units",), "day_part": ("day_parts",),
}
VOCABULARIES = sorted({v for needs in NEEDS.values() for v in needs} - {"digits", "year_digits"})
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)")  # what every rule that reads a year needs: four digits that can be one


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---- value helpers -------------------------------------------------------------

def _day_value(d: date) -> tuple[str, str, str]:
    return "DATE", d.isoformat(), "day"


def _month_value(year: int, month: int) -> tuple[str, str, str]:
    return "DATE", f"{year:04d}-{month:02d}", "month"


def _year_value(year: int) -> tuple[str, str, str]:
    return "DATE", f"{year:04d}", "year"


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= day <= monthrange(year, month)[1]):
        return None
    return date(year, month, day)


PASSIVE = frozenset(("be", "been", "being"))
# words before a past-looking word that make it an adjective: "the reduced dividend", "a still unspecified date"
ATTRIBUTIVE = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "still", "newly", "recently"))
DEADLINE = r"(?:[وف])?(?:<words>)"  # "by", بحلول: the date after it is ahead
SEQUENCE = r"\s*(?:<words>)(?!\w)"  # a clause that opens with "then" (ثم) has no tense of its own: it goes on the one before
TENSE_WORDS = 9  # the tense of a date is told by the words just before it ("will leave on", "ستلتقي")
YEAR_TOLERANCE = timedelta(days=30)  # a date this far on the other side of the reference keeps the reference's year
SOON = timedelta(days=90)  # with no tense marker, a day or month this close ahead of the reference is the coming one


def _year_for(ref: date, month: int, day: int, future: bool | None) -> int:
    """The year of a day or month written without one: the last such day on or before the reference
    after a past-tense verb, the next one from it after a future marker; with neither, the coming one
    if it is SOON ("payable Dec. 7" in late October, "in January" in November), else the last one."""
    this = _safe_date(ref.year, month, min(day, 28))
    if future is None:
        ahead = next(d for d in (_safe_date(y, month, min(day, 28)) for y in (ref.year, ref.year + 1)) if d > ref)
        future = ahead - ref <= SOON
    if future:
        return ref.year if this >= ref - YEAR_TOLERANCE else ref.year + 1
    return ref.year if this <= ref + YEAR_TOLERANCE else ref.year - 1


def _weekday(ref: date, weekday: int, future: bool, shift: int = 0) -> date:
    """The weekday nearest the reference: on or before it for the past, on or after it for the future
    ("will meet on Friday" in a Friday paper is that day), after it for "next"."""
    if shift > 0 or (future and shift == 0):
        delta = (weekday - ref.weekday()) % 7 or (7 if shift > 0 else 0)
        return ref + timedelta(days=delta)
    delta = (ref.weekday() - weekday) % 7
    if shift < 0 and delta == 0:
        delta = 7
    return ref - timedelta(days=delta)


def _shifted(ref: date, unit: str, n: int) -> tuple[str, str, str] | None:
    """The calendar unit n steps from the reference (last week, next month, this year)."""
    if unit == "D":
        return _day_value(ref + timedelta(days=n))
    if unit in ("W", "WE"):
        iso = (ref + timedelta(weeks=n)).isocalendar()
        suffix = "-WE" if unit == "WE" else ""
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}{suffix}", "month"
    if unit == "M":
        total = ref.year * 12 + ref.month - 1 + n
        return _month_value(total // 12, total % 12 + 1)
    if unit == "Q":
        quarter = (ref.month - 1) // 3 + n
        year = ref.year + quarter // 4
        return "DATE", f"{year:04d}-Q{quarter % 4 + 1}", "year"
    if unit == "Y":
        return _year_value(ref.year + n)
    if unit == "DE":
        return "DATE", f"{(ref.year // 10 + n):03d}", "none"
    return None


def _number(text: str, lex: dict) -> int | None:
    """Digits or a number word; None for vague quantities (several, a few)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return word_number(text, lex)


HALF_UNIT = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}  # "2 1/2 years": P2Y6M


def _duration(n: int | None, unit: str, half: bool = False) -> tuple[str, str, str]:
    amount = "X" if n is None else str(n)
    if half and n is not None and unit in HALF_UNIT:
        value = f"P{n}{unit}{HALF_UNIT[unit]}" if unit in ("Y", "M", "D") else f"PT{n}{'M' if unit == 'MIN' else 'H'}{HALF_UNIT[unit]}"
        return "DURATION", value, "none"
    if unit == "DE":
        return "DURATION", f"P{amount if n is None else n * 10}Y", "none"
    if unit in ("H", "MIN"):
        return "DURATION", f"PT{amount}{'M' if unit == 'MIN' else 'H'}", "none"
    if unit == "WE":
        return "DURATION", "P2D", "none"
    if unit == "CE":
        return "DURATION", f"P{amount if n is None else n * 100}Y", "none"
    return "DURATION", f"P{amount}{unit}", "none"


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura conversion; None outside the supported range or for impossible days."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


# ---- resolvers shared by both languages (group names are the same in every grammar) ----

def _month(name: str, lex: dict) -> int:
    return lex["months"][name.rstrip(".")]


def _group(m: re.Match, *names: str) -> str | None:
    """The first of several alternative groups that matched."""
    found = m.groupdict()
    return next((found[n] for n in names if found.get(n)), None)


def _month_in_context(month: int, ctx: Context) -> tuple[str, str, str]:
    if not ctx.reference:
        return "DATE", f"XXXX-{month:02d}", "none"
    return _month_value(_year_for(ctx.reference, month, 1, ctx.future), month)


def _r_numeric(m: re.Match, ctx: Context):
    if m.group("iso_y"):
        d = _safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    else:
        d = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return _day_value(d) if d else None


def _r_day_month(m: re.Match, ctx: Context):
    month = _month(m.group("month"), ctx.lex)
    day = int(m.group("day")) if m.group("day") else ctx.lex["ordinal_days"][m.group("oday")]
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.reference:
        year = _year_for(ctx.reference, month, day, ctx.future)
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "none"
    d = _safe_date(year, month, day)
    return _day_value(d) if d else None


def _r_month_year(m: re.Match, ctx: Context):
    if m.group("year"):
        return _month_value(int(m.group("year")), _month(m.group("month"), ctx.lex))
    if not ctx.reference:  # "June last year"
        return None
    return _month_value(ctx.reference.year + ctx.lex["shift_words"][m.group("yshift")], _month(m.group("month"), ctx.lex))


def _r_month_alone(m: re.Match, ctx: Context):
    month = _month(_group(m, "month", "month2"), ctx.lex)
    shift = ctx.lex["shift_words"].get(_group(m, "mshift") or "")
    if not ctx.reference or shift is None:
        return _month_in_context(month, ctx)
    year = ctx.reference.year  # "this June"
    if shift < 0 and month >= ctx.reference.month:  # "last June": the latest one before this month
        year -= 1
    elif shift > 0 and month <= ctx.reference.month:  # "next June"
        year += 1
    return _month_value(year, month)


def _r_year(m: re.Match, ctx: Context):
    return _year_value(int(_group(m, "year", "year2")))


def _r_year_after_preposition(m: re.Match, ctx: Context):
    """"في 2007،": a bare Arabic year right after a preposition; elsewhere a bare number is no year."""
    before = m.string[max(0, m.start() - 12):m.start()]
    return _r_year(m, ctx) if _year_preposition(ctx.lex["year_prepositions"]).search(before) else None


@cache
def _year_preposition(prepositions: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{prepositions})\s+$")


def _r_weekday(m: re.Match, ctx: Context):
    if not ctx.reference:
        return None
    lex = ctx.lex
    shift = lex["shift_words"].get(_group(m, "wshift") or "", 0)
    owned = m.string.startswith("'s", m.end())  # "Wednesday's ruling": a day whose ruling is news is past
    d = _weekday(ctx.reference, lex["weekdays"][m.group("weekday").rstrip(".")], ctx.future and not owned, shift)
    part = _group(m, "wpart")
    return ("TIME", f"{d.isoformat()}T{lex['day_parts'][part]}", "day") if part else _day_value(d)


def _r_day_word(m: re.Match, ctx: Context):
    if not ctx.reference:
        return None
    lex = ctx.lex
    word = m.group("dayword")
    d = ctx.reference + timedelta(days=lex["day_words"][word])
    part = _group(m, "dpart") or ("night" if word == "tonight" else None)
    return ("TIME", f"{d.isoformat()}T{lex['day_parts'][part]}", "day") if part else _day_value(d)


def _r_shifted(m: re.Match, ctx: Context):
    if not ctx.reference:
        return None
    return _shifted(ctx.reference, ctx.lex["units"][_group(m, "sunit", "sunit2")], ctx.lex["shift_words"].get(_group(m, "shift") or "", 0))


def _r_spelled_year(m: re.Match, ctx: Context):
    """A year in words, as transcripts of broadcasts write it: "nineteen ninety-six", "the year two thousand"."""
    if m.group("sthousand"):
        year = word_number(m.group("sthousand"), ctx.lex)
    else:
        rest = m.group("srest")
        year = ctx.lex["number_words"][m.group("scentury")] * 100 + (0 if rest == "hundred" else word_number(rest, ctx.lex) or 0)
    if not year:
        return None
    if m.group("smonth"):
        return _month_value(year, _month(m.group("smonth"), ctx.lex))
    if m.group("sseason"):
        return "DATE", f"{year:04d}-{ctx.lex['seasons'][m.group('sseason')]}", "year"
    return _year_value(year)


def _r_the_year(m: re.Match, ctx: Context):
    """"for the year", "sales for the full year", "the fiscal year": the year the article is written in."""
    return _year_value(ctx.reference.year) if ctx.reference else None


def _near(m: re.Match, words) -> bool:
    """Whether one of `words` stands in the sentence (the text between the full stops around) of a match."""
    start = m.string.rfind(". ", 0, m.start()) + 1
    end = m.string.find(". ", m.end())
    sentence = m.string[start:end if end >= 0 else len(m.string)]
    return any(word in sentence for word in words)


def _r_year_ago(m: re.Match, ctx: Context):
    """"year-earlier profit", "the year-ago results": the same period a year before (in earnings news, the quarter)."""
    if not ctx.reference:
        return None
    return _quarter_back(ctx.reference, 4) if _near(m, ctx.lex.get("quarter_words", ())) else _year_value(ctx.reference.year - 1)


def _r_ago(m: re.Match, ctx: Context):
    if not ctx.reference:
        return None
    lex = ctx.lex
    unit_word = m.group("agounit")
    raw = _group(m, "agon")
    if not raw and unit_word in lex.get("plural_units", ()):
        return "DATE", "PAST_REF", "none"  # منذ سنوات: "for years", no date
    n = _number(raw, lex) if raw else (2 if unit_word in lex.get("dual_units", ()) else 1)
    if n is None:
        return "DATE", "PAST_REF", "none"
    unit = lex["units"][unit_word]
    if unit == "Y" and n == 1 and _near(m, (*lex.get("quarter_words", ()), *lex.get("period_nouns", ()))):
        return _quarter_back(ctx.reference, 4)  # earnings news: "a year ago" is the same quarter a year before
    if unit == "D":
        return _day_value(ctx.reference - timedelta(days=n))
    if unit in ("W", "M"):
        return _shifted(ctx.reference, unit, -n)
    if unit == "Y":
        return _year_value(ctx.reference.year - n)
    if unit == "DE":
        return _year_value(ctx.reference.year - 10 * n)
    return None


def _r_duration(m: re.Match, ctx: Context):
    lex = ctx.lex
    unit_word, raw = m.group("dunit"), _group(m, "dn")
    if not raw:
        if unit_word not in lex.get("dual_units", ()):
            return None  # a bare unit word (يوم، الشهر) is no expression by itself
        return _duration(2, lex["units"][unit_word])
    return _duration(_number(raw, lex), lex["units"][unit_word], bool(_group(m, "dhalf", "dhalf2")))


def _r_plural_duration(m: re.Match, ctx: Context):
    return _duration(None, ctx.lex["units"][m.group("punit")])


def _r_vague(m: re.Match, ctx: Context):
    return "DATE", ctx.lex["vague"][m.group("vague")], "none"


def _r_part_of(m: re.Match, ctx: Context):
    """Early/mid/late of a month, a year or a relative unit; the value is the month or year itself."""
    if m.group("pyear2"):
        return _year_value(int(m.group("pyear2")))
    if m.group("pmonth"):
        month = _month(m.group("pmonth"), ctx.lex)
        return _month_value(int(m.group("pyear")), month) if m.group("pyear") else _month_in_context(month, ctx)
    if not ctx.reference:
        return None
    return _shifted(ctx.reference, ctx.lex["units"][_group(m, "punit", "punit2")], ctx.lex["shift_words"].get(_group(m, "pshift") or "", 0))


# ---- English grammar ------------------------------------------------------------

def _r_decade(m: re.Match, ctx: Context):
    return "DATE", m.group("decade")[:3], "none"


def _r_decade_word(m: re.Match, ctx: Context):
    """"the nineties": a decade of the last century, as news of these years means it."""
    return "DATE", f"19{ctx.lex['decade_words'][m.group('tens_word')]}", "none"


def _r_century(m: re.Match, ctx: Context):
    """"the 20th century" is TIMEX3 "19": the hundreds its years share."""
    return "DATE", f"{int(m.group('cnum')) - 1:02d}", "none"


def _r_quarter(m: re.Match, ctx: Context):
    """"the third quarter (of 1984)", "the year-ago third quarter", "next year's first quarter"; a quarter named
    alone is this year's, or last year's when it has not begun yet and nothing says it is ahead."""
    q = int(ctx.lex["ordinal_words"][m.group("qord")])
    written = _group(m, "qyear", "qyear2")
    if written:
        return "DATE", f"{int(written):04d}-Q{q}", "year"
    if ctx.reference is None:
        return "DATE", f"XXXX-Q{q}", "none"
    year = ctx.reference.year
    if m.group("qago"):
        year -= 1
    elif m.group("qshift"):
        year += {"next": 1, "last": -1, "this": 0}[m.group("qshift")]
    elif date(year, 3 * q - 2, 1) > ctx.reference and not ctx.future:
        year -= 1
    return "DATE", f"{year:04d}-Q{q}", "year"


def _r_season(m: re.Match, ctx: Context):
    code = ctx.lex["seasons"][_group(m, "season", "season2", "season3")]
    if m.group("syear"):
        return "DATE", f"{m.group('syear')}-{code}", "year"
    if not ctx.reference:
        return None
    return "DATE", f"{ctx.reference.year + ctx.lex['shift_words'].get(m.group('sshift') or '', 0):04d}-{code}", "year"


def _quarter_back(ref: date, quarters: int) -> tuple[str, str, str]:
    """The quarter `quarters` before the last completed one."""
    index = ref.year * 4 + (ref.month - 1) // 3 - 1 - quarters
    return "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "year"


def _r_quarter_rel(m: re.Match, ctx: Context):
    """"the quarter", "the latest quarter": in business news the last completed one; "this quarter": the current."""
    if not ctx.reference:
        return None
    relation = m.group("qrel") or ""
    if m.group("qyr"):  # "the 1988 quarter": the same quarter in the year named
        last = _quarter_back(ctx.reference, 0)[1]
        return "DATE", f"{m.group('qyr')}{last[4:]}", "year"
    if m.group("qthis") or relation == "current":
        return _quarter_back(ctx.reference, -1)
    if relation in ("year-ago", "year-earlier", "comparable", "same"):
        return _quarter_back(ctx.reference, 4)
    return _quarter_back(ctx.reference, 0)


def _holiday_day(year: int, rule: str) -> date | None:
    """A holiday in a given year from its lexicon rule: "12-25" (a fixed day) or "11-4-3" (the 4th
    Thursday, weekday 3, of November)."""
    parts = [int(p) for p in rule.split("-")]
    if len(parts) == 2:
        return _safe_date(year, parts[0], parts[1])
    month, nth, weekday = parts
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _r_holiday(m: re.Match, ctx: Context):
    """"Thanksgiving Day", "Christmas": the last one before the reference, or the next one after a future verb."""
    if not ctx.reference:
        return None
    rule = ctx.lex["holidays"][m.group("holiday").lower()]
    this = _holiday_day(ctx.reference.year, rule)
    year = _year_for(ctx.reference, this.month, this.day, ctx.future)
    return _day_value(_holiday_day(year, rule))


def _r_year_end(m: re.Match, ctx: Context):
    """"by year-end": the last day of the current year; "since year-end": of the year before."""
    if not ctx.reference:
        return None
    return _day_value(date(ctx.reference.year - (0 if ctx.future else 1), 12, 31))


def _r_year_ended(m: re.Match, ctx: Context):
    """"the year ended March 31": a fiscal year, a span of one year (TimeML)."""
    return "DURATION", "P1Y", "none"


def _r_weekend(m: re.Match, ctx: Context):
    """"over the weekend": the last one; "ahead of the weekend", after a future verb: the coming one."""
    if not ctx.reference:
        return None
    ref = ctx.reference
    saturday = ref + timedelta(days=(5 - ref.weekday()) % 7) if ctx.future else ref - timedelta(days=(ref.weekday() - 5) % 7)
    iso = saturday.isocalendar()
    return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", "month"


def _r_day_part(m: re.Match, ctx: Context):
    """"this morning", "last night": a part of the reference day (or of the day before)."""
    if not ctx.reference:
        return None
    part = m.group("tpart") or "night"
    day = ctx.reference - timedelta(days=0 if m.group("tpart") else 1)
    return "TIME", f"{day.isoformat()}T{ctx.lex['day_parts'][part]}", "day"


def _r_set_word(m: re.Match, ctx: Context):
    return "SET", ctx.lex["set_words"][m.group("setw")], "none"


def _r_every(m: re.Match, ctx: Context):
    unit = ctx.lex["units"][m.group("eu")]
    return "SET", f"PT1{unit}" if unit == "H" else f"P1{unit}", "none"


def _r_clock(m: re.Match, ctx: Context):
    """"10 p.m.", "9 a.m. EST Tuesday", "noon Thursday": a time of the reference day or of the weekday named."""
    if not ctx.reference:
        return None
    if m.group("noon"):
        hour, minute = (12 if m.group("noon") == "noon" else 0), 0
    else:
        hour, minute = int(m.group("hh")), int(m.group("mm") or 0)
        if _group(m, "ampm", "ampm2").startswith("p") and hour < 12:
            hour += 12
    if hour > 23 or minute > 59:
        return None
    day = ctx.reference
    if m.group("cday"):
        day = _weekday(ctx.reference, ctx.lex["weekdays"][m.group("cday").rstrip(".")], ctx.future)
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", "day"


@cache
def _english_rules() -> tuple[Rule, ...]:
    lex = load_lexicon("en")
    months = _alternation(lex["months"])
    full_months = _alternation(m for m in lex["months"] if len(m) > 3 or m == "may")
    weekdays = _alternation(w for w in lex["weekdays"] if len(w) > 4)
    weekdays += "|(?:" + _alternation(w for w in lex["weekdays"] if len(w) <= 4) + r")\."  # "Sun" alone is a newspaper
    units = _alternation(lex["units"])
    numbers = _alternation(lex["number_words"])
    vague_numbers = _alternation(lex["vague_numbers"])
    shifts = _alternation(lex["shift_words"])
    day_parts = _alternation(lex["day_parts"])
    seasons = _alternation(lex["seasons"])
    modifier = rf"(?:(?:{lex['duration_modifiers']})\s+)?"  # "nearly four years", "more than two weeks"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"  # a year spoken: "nineteen ninety-six"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    units_1_9 = "one|two|three|four|five|six|seven|eight|nine"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    month = rf"(?P<month>{months})(?:\.|\b)"  # "Mar." or "March", never the "mar" of "markets"
    count_context = "".join(rf"(?<!\b{w} )" for w in ("to", "from", "of", "about", "some", "nearly", "than", "by", "at",
                                                      "around", "almost", "over", "under", "just"))  # 2,000 troops, not the year
    year_context = "|".join(rf"(?<=\b{w} )" for w in ("in", "since", "by", "until", "of", "before", "after", "during",
                                                      "fiscal", "the", "year", "early", "late", "through", "between",
                                                      "both", "due", "a", "an", "its", "his", "her", "their", "our"))
    year_context += "|(?<='s )"  # "the company's 1989 results"
    # a year range or list "from 1990 to 1995", "1994, 1995 and 1997", but not a force level "from 3200 to 2000"
    year_context += rf"|(?<=\bfrom )(?!{year}\s+(?:to|until|through)\s+\d)|(?<=\bfrom )(?={year}\s+(?:to|until|through)\s+{year}\b)"
    year_context += "".join(rf"|(?<=(?:1[5-9]|20)\d\d{w})" for w in (" to ", " until ", " and ", ", ", " or "))
    rules = [
        ("numeric", rf"(?<![\d/])(?:(?P<iso_y>{year})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)|(?P<mo>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>{year}))(?![\d/])", _r_numeric),
        ("month_day", rf"\b(?:(?:{weekdays}),?\s+)?{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{year})\b)?", _r_day_month),
        ("day_month", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?P<year>{year})\b)?", _r_day_month),
        ("month_year", rf"\b{month},?\s+(?:(?:of\s+)?(?P<year>{year})|(?P<yshift>this|last|next)\s+year)\b", _r_month_year),
        ("part_of", rf"\b(?:the\s+)?(?:{_alternation(lex['period_parts'])})(?:\s+of|-)?\s+(?:the\s+)?(?:(?P<pmonth>{full_months}|may)(?:\s+(?P<pyear>{year}))?|(?P<pyear2>{year})|(?:(?P<pshift>{shifts})\s+)?(?P<punit>year|month|week|decade))\b", _r_part_of),
        ("month_alone", rf"\b(?:(?P<mshift>last|this|next)\s+|(?:mid|early|late)-)?(?P<month>{full_months})\b", _r_month_alone),
        ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?P<decade>(?:1[5-9]|20)\d0)'?s\b", _r_decade),
        ("decade_word", rf"\bthe\s+(?:(?:early|mid|late)-?\s*)?(?P<tens_word>{_alternation(lex['decade_words'])})\b", _r_decade_word),
        ("century", r"\b(?:the\s+)?(?P<cnum>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", _r_century),
        ("bare_year", rf"(?=[12]\d\d\d){count_context}(?<![\d,.$])(?P<year>{year})(?=\s*(?:[.,;:)]|$))", _r_year),
        ("year", rf"(?:\bfiscal\s+|\bmid-|(?=[12]\d\d\d)(?:{year_context}))(?P<year>{year})\b(?!\s*(?:{lex['troop_nouns']}|people|%|percent))(?![,.]\d)(?!\s+(?:and|to|or)\s+\d[\d,]*\s+(?:{lex['troop_nouns']}|people))", _r_year),
        ("weekday", rf"\b(?:(?P<wshift>last|next|this|past|coming)\s+)?(?P<weekday>{weekdays})\b(?!\.?\s*\d)(?:\s+(?P<wpart>{day_parts}))?", _r_weekday),
        ("day_word", rf"\b(?P<dayword>{_alternation(lex['day_words'])})\b(?:\s*(?:'s)?\s+(?P<dpart>{day_parts}))?", _r_day_word),
        ("shifted", rf"\b(?:the\s+|(?:earlier|later)\s+)?(?P<shift>{shifts})\s+(?P<sunit>year|month|week|quarter|weekend|decade)\b", _r_shifted),
        ("ago", rf"\b{modifier}(?:a\s+(?=(?:{vague_numbers})\b))?(?P<agon>\d+|{numbers}|{vague_numbers})[\s-]+(?P<agounit>{units})\s+(?:ago|earlier)\b", _r_ago),
        ("quarter", rf"\b(?:the\s+(?!\w+-quarter))?(?:(?P<qyear>{year})\s+|(?P<qago>year-ago|year-earlier)\s+|(?P<qshift>next|last|this)\s+year's\s+)?(?:fiscal\s+)?(?P<qord>{_alternation(lex['ordinal_words'])})[\s-]quarter\b(?:\s+of\s+(?:fiscal\s+)?(?P<qyear2>{year})\b)?", _r_quarter),
        ("quarter_rel", rf"\b(?:the\s+(?:(?P<qrel>latest|last|most recent|recent|current|year-ago|year-earlier|comparable|same)\s+|(?P<qyr>{year})\s+)?|(?P<qthis>this)\s+)(?:quarter|(?<=atest |r-ago |rlier )period)\b", _r_quarter_rel),
        ("holiday", rf"\b(?P<holiday>{_alternation(lex['holidays'])})\b", _r_holiday),
        ("spelled_year", rf"\b(?:(?P<smonth>{full_months})\s+|(?:the\s+)?(?P<sseason>{seasons})\s+of\s+)?(?:(?P<scentury>nineteen|eighteen)[\s-](?P<srest>hundred|(?:{tens})(?:[\s-](?:{units_1_9}))?|{teens})|(?:the\s+)?year\s+(?P<sthousand>two\s+thousand(?:\s+(?:and\s+)?(?:{units_1_9}))?))(?![\w-])", _r_spelled_year),
        ("the_year", r"\bthe\s+(?:(?:full|fiscal|whole|entire|current)\s+)*year\b(?!-)(?!\s+(?:ago|earlier|end|ended|ending|before|after|two)\b)", _r_the_year),
        ("year_ago", r"\b(?P<yago>year-earlier|year-ago)\b(?!\s+(?:[\w-]+\s+)?(?:quarter|period)\b)", _r_year_ago),
        ("year_end", r"(?<![\w-])(?:the\s+)?year[- ]end\b(?!-)", _r_year_end),
        ("year_ended", r"\bthe\s+(?:fiscal\s+)?year(?=\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b)", _r_year_ended),
        ("weekend", r"\bthe\s+weekend\b", _r_weekend),
        ("day_part", rf"\b(?:this\s+(?P<tpart>{day_parts})|last\s+night)\b", _r_day_part),
        ("season", rf"\b(?:(?P<sshift>last|next|this)\s+(?P<season>{seasons})|(?:(?<=\bthe )|(?<=\bin )|(?<=\bearly )|(?<=\blate ))(?P<season2>{seasons})|(?P<season3>{seasons})(?=\s+(?:of\s+)?{year}))(?:\s+(?:of\s+)?(?P<syear>{year}))?\b", _r_season),
        ("every", r"\b(?:every|each|per|a)\s+(?P<eu>day|week|month|year|hour)\b", _r_every),
        ("set_word", rf"\b(?P<setw>{_alternation(lex['set_words'])})\b", _r_set_word),
        ("duration", rf"\b(?:the\s+)?(?:(?:past|last|next|first|coming|previous)\s+)?{modifier}(?:a\s+(?=(?:{vague_numbers})\b))?(?P<dn>(?!(?:1[5-9]|20)\d\d\b)\d+|{numbers}|{vague_numbers})(?P<dhalf>\s+1/2|-and-a-half)?[\s-]+(?P<dunit>{units})(?:-long)?(?:\s+and\s+a\s+(?P<dhalf2>half))?\b(?![\s-]+old\b)(?!(?<=a quarter)\s+of\b)(?!(?<=-quarters)\s+of\b)", _r_duration),
        ("plural_duration", r"\b(?:recent\s+)?(?P<punit>years|months|weeks|days|hours|decades)\b(?!\s+(?:ago|earlier|later))(?![\s-]+old\b)", _r_plural_duration),
        ("clock", rf"\b(?:(?P<hh>\d{{1,2}})(?::(?P<mm>\d\d)\s*(?P<ampm>a\.m\.|p\.m\.|(?:am|pm)\b)|\s*(?P<ampm2>a\.m\.|p\.m\.))|(?P<noon>noon|midnight)(?=\s+(?:on\s+)?(?:{weekdays})\b))(?:\s+(?:{_alternation(lex['time_zones'])}))?(?:\s+(?:on\s+)?(?P<cday>{weekdays})\b)?", _r_clock),
        ("vague", rf"\b(?P<vague>{_alternation(lex['vague'])})\b", _r_vague),
    ]
    return tuple(Rule(name, re.compile(pattern), fn, NEEDS[name]) for name, pattern, fn in rules)


# ---- Arabic grammar -------------------------------------------------------------

def _r_hijri_date(m: re.Match, ctx: Context):
    d = hijri_to_gregorian(int(m.group("hy")), ctx.lex["hijri_months"][m.group("hmonth")], int(m.group("hd")))
    return _day_value(d) if d else None


def _r_hijri_year(m: re.Match, ctx: Context):
    d = hijri_to_gregorian(int(m.group("hy")), 1, 1)
    return _year_value(d.year) if d else None


def _r_plural_shift(m: re.Match, ctx: Context):
    return "DATE", "FUTURE_REF" if ctx.lex["shift_words"].get(m.group("pshift"), -1) > 0 else "PAST_REF", "none"


@cache
def _arabic_rules() -> tuple[Rule, ...]:
    lex = load_lexicon("ar")
    months = _alternation(lex["months"])
    unambiguous_months = _alternation(m for m in lex["months"] if len(m) > 3 or " " in m)
    weekdays = _alternation(lex["weekdays"])
    units = _alternation(lex["units"])
    numbers = _alternation(lex["number_words"])
    shifts = _alternation(lex["shift_words"])
    g_mark = rf"(?:\s*(?:{lex['gregorian_marker']})(?!\w))?"
    h_mark = rf"\s*(?:{lex['hijri_marker']})(?!\w)"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    alt_month = rf"(?:\s*[(/]\s*(?:{months})\s*\)?)?"  # 14 يوليو (تموز), ديسمبر/كانون الأول
    month_shift = r"(?:\s+(?P<mshift>الحالي|الجاري|الماضي|المقبل))?"
    unit_sing = "الاسبوع|الشهر|العام|السنة"
    this = "(?:هذا|هذه)"  # هذا الشهر: the demonstrative before its unit
    ordinal = _alternation(lex["ordinal_days"])
    b, e = r"(?<!\w)", r"(?!\w)"
    rules = [
        ("numeric", rf"(?<![\d/])(?:(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<mo>\d{{1,2}})\s*[/.-]\s*(?P<y>{year})|(?P<iso_y>{year})\s*[/-]\s*(?P<iso_m>\d{{1,2}})\s*[/-]\s*(?P<iso_d>\d{{1,2}}))(?![\d/]){g_mark}", _r_numeric),
        ("hijri_date", rf"(?<!\d)(?P<hd>\d{{1,2}})\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{_alternation(lex['hijri_months'])})\s*/?\s*(?:عام\s+|سنة\s+)?(?P<hy>1[34]\d\d){h_mark}", _r_hijri_date),
        ("hijri_year", rf"(?<!\d)(?:(?:عام|العام|سنة)\s+)?(?P<hy>1[34]\d\d){h_mark}", _r_hijri_year),
        ("day_month", rf"{b}(?:(?:يوم\s+)?(?:{weekdays})\s+)?(?:(?P<day>\d{{1,2}})|(?P<oday>{ordinal}))(?:\s+(?:و|الي\s+|حتي\s+)\s*(?:\d{{1,2}}|{ordinal}))?\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{months}){alt_month}(?:\s+(?:الحالي|الجاري|الماضي|المقبل))?(?:\s*(?:من\s+)?(?:عام|العام|سنة)?\s*(?P<year>{year}))?{g_mark}{e}", _r_day_month),
        ("part_of", rf"{b}(?:{_alternation(lex['period_parts'])})\s+(?:(?:شهر\s+)?(?P<pmonth>{months}){alt_month}(?:\s+(?:عام\s+)?(?P<pyear>{year}))?|(?:عام|العام|سنة)\s+(?P<pyear2>{year})|(?P<punit>{unit_sing})(?:\s+(?P<pshift>{shifts}))?|{this}\s+(?P<punit2>{unit_sing})){g_mark}{e}", _r_part_of),
        ("month_year", rf"{b}(?:شهر\s+)?(?P<month>{months}){alt_month}\s*(?:من\s+)?(?:عام|العام|سنة)?\s*(?P<year>{year}){g_mark}{e}", _r_month_year),
        ("month_alone", rf"{b}(?:(?<=شهر\s)(?P<month>{months})|(?P<month2>{unambiguous_months})){alt_month}{month_shift}{e}", _r_month_alone),
        ("year", rf"{b}(?:{lex['year_words']})\s+(?P<year>{year}){g_mark}{e}|(?<!\d)(?P<year2>{year})\s*(?:م|ميلادي|ميلادية){e}", _r_year),
        ("bare_year", rf"(?<=\s)(?P<year>{year})(?=\s*(?:[.,،؛:)»\-]|$))", _r_year_after_preposition),
        ("weekday", rf"{b}(?:يوم\s+)?(?P<weekday>{weekdays})(?:\s+(?P<wshift>الماضي|المقبل|القادم))?{e}", _r_weekday),
        ("day_word", rf"{b}(?P<dayword>{_alternation(lex['day_words'])}){e}(?!\s+(?:التالي|الاول|الثاني|الثالث|الذي|الوطني|العالمي|الاخير))", _r_day_word),
        ("plural_shift", rf"{b}(?:ال)?(?:{_alternation(lex['plural_units'])})\s+(?P<pshift>الماضية|المقبلة|القادمة|الاخيرة|المنصرمة){e}", _r_plural_shift),
        ("shifted", rf"{b}(?:(?P<sunit>{unit_sing})\s+(?P<shift>{shifts})|{this}\s+(?P<sunit2>{unit_sing})){e}", _r_shifted),
        ("ago", rf"{b}(?:قبل|منذ)\s+(?:(?P<agon>\d+|{numbers})\s+)?(?P<agounit>{units}){e}", _r_ago),
        ("duration", rf"{b}(?:(?P<dn>\d+|{numbers})\s+)?(?P<dunit>{units}){e}", _r_duration),
        ("vague", rf"{b}(?P<vague>{_alternation(lex['vague'])}){e}", _r_vague),
    ]
    return tuple(Rule(name, re.compile(pattern), fn, NEEDS[name]) for name, pattern, fn in rules)


def _rules(lang: str) -> tuple[Rule, ...]:
    return _arabic_rules() if lang == "ar" else _english_rules()


@cache
def _vocabulary(lang: str) -> ahocorasick.Automaton:
    """One automaton of every word of the lexicon's time tables, telling which tables a text draws on."""
    lex = load_lexicon(lang)
    tables: dict[str, set[str]] = {}
    for name in VOCABULARIES:
        for word in lex.get(name, ()):
            tables.setdefault(word, set()).add(name)
    automaton = ahocorasick.Automaton()
    for word, names in tables.items():
        automaton.add_word(word, (len(word), frozenset(names)))
    automaton.make_automaton()
    return automaton


def _present(ftext: str, lang: str) -> set[str]:
    """The time tables a text draws on: whole words only ("today" holds no "day", "decided" no "dec");
    an Arabic word may carry clitics before it."""
    found: set[str] = set()
    size = len(ftext)
    for end, (length, names) in _vocabulary(lang).iter(ftext):
        start = end + 1 - length
        if end + 1 < size and ftext[end + 1].isalnum():
            continue
        if lang == "ar" or start == 0 or not ftext[start - 1].isalnum():
            found.update(names)
    if _DIGIT.search(ftext):
        found.add("digits")
        if _YEAR_DIGITS.search(ftext):
            found.add("year_digits")
    return found


def _is_future(ftext: str, position: int, future: re.Pattern, past: re.Pattern | None,
               deadline: re.Pattern, sequence: re.Pattern) -> bool | None:
    """The tense of the words just before a date: a deadline ("by", بحلول) looks ahead; otherwise
    the nearest future marker or past-tense verb decides; None when there is neither."""
    before = ftext[max(0, position - 150):position]
    tail = clause_tail(before)
    if sequence.match(tail):  # ", ثم طهران الثلاثاء", ", then Tehran on Tuesday": the clause goes on the one before
        tail = clause_tail(before[:len(before) - len(tail) - 1]) + tail
    words = tail.split()[-TENSE_WORDS:]  # not across a clause
    if words and deadline.fullmatch(words[-1]):
        return True
    for i in range(len(words) - 1, -1, -1):
        if future.fullmatch(words[i]) or i + 1 < len(words) and future.fullmatch(f"{words[i]} {words[i + 1]}"):
            return True  # a future word, or one of two ("set to resume Monday", not "set Friday as the deadline")
        if past is not None and past.fullmatch(words[i]) and (i == 0 or words[i - 1] not in PASSIVE | ATTRIBUTIVE):
            return False  # "was lowered" is past; "to be lowered", "will be cut" are not
    return None


@cache
def _future_pattern(lang: str) -> re.Pattern:
    """One word that puts what follows in the future ("will", "planned", ستلتقي)."""
    lex = load_lexicon(lang)
    clitics = "(?:[وف])?" if lang == "ar" else ""
    words = "|".join(w for w in (lex["future"], lex.get("future_words")) if w)
    return re.compile(rf"(?<!\w){clitics}(?:{words})(?!\w)")


def find_time_expressions(text: str, lang: str, reference: date | None, folded: Folded | None = None) -> list[TimeExpression]:
    """All time expressions of a text, non-overlapping, longest first, with values resolved against `reference`.

    `folded` is `fold(text)` when the caller has it already."""
    folded = folded or fold(text)
    ftext = folded.text
    lex = load_lexicon(lang)
    future, past = _future_pattern(lang), lexicon_regex(lang, "past_verb")
    deadline, sequence = lexicon_regex(lang, "deadline_words", DEADLINE), lexicon_regex(lang, "sequence_words", SEQUENCE)
    present = _present(ftext, lang)
    candidates = [(m, rule, order) for order, rule in enumerate(_rules(lang)) if present.intersection(rule.needs)
                  for m in rule.pattern.finditer(ftext) if m.end() > m.start()]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start(), c[2]))
    taken = bytearray(len(ftext))  # 1 where an expression was found: testing a list of them made a text quadratic
    capitalised = set(lex.get("capitalised_only", ()))
    found: list[TimeExpression] = []
    for m, rule, _ in candidates:
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        if rule.name == "month_alone" and m.group().split()[-1] in capitalised and not _capitalised(text, folded, m):
            continue  # "may" the verb, "march" the walk: only May and March are months
        try:
            result = rule.resolve(m, Context(reference, _is_future(ftext, m.start(), future, past, deadline, sequence), lex))
        except (OverflowError, ValueError):  # a day before year 1 or after 9999 ("tomorrow" of 9999-12-31): no date
            result = None
        if result is None:
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        start, end = _trim(text, *folded.span(m.start(), m.end()))
        found.append(TimeExpression(start, end, text[start:end], *result))
    found.sort(key=lambda t: t.start)
    return _anchor_following(found, lang)


def _anchor_following(found: list[TimeExpression], lang: str) -> list[TimeExpression]:
    """"On May 22, 1995, ... and the following year": "following" counts from the date the text gave last,
    not from the day it was written (lexicon `following_words`)."""
    following = lexicon_regex(lang, "following_words", r"(?:the\s+)?(?:<words>)\s+(year|month)", re.I)
    if following is None or len(found) < 2:
        return found
    before: TimeExpression | None = None  # the last date so far (kept as it goes: a list of them made it quadratic)
    for i, t in enumerate(found):
        unit = following.fullmatch(t.text)
        if unit and before is not None and before.day.year < 9999:
            last = before.day
            if unit.group(1).lower() == "year":
                found[i] = replace(t, value=f"{last.year + 1:04d}", precision="year")
            elif before.precision != "year":
                index = last.year * 12 + last.month  # the month after
                found[i] = replace(t, value=f"{index // 12:04d}-{index % 12 + 1:02d}", precision="month")
        if found[i].type == "DATE" and found[i].day is not None and found[i].precision in ("day", "month", "year"):
            before = found[i]
    return found


def _capitalised(text: str, folded: Folded, m: re.Match) -> bool:
    start, end = folded.span(m.start(), m.end())
    last = text[start:end].split()[-1]
    return last[:1].isupper()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:(/-":
        end -= 1
    return start, end


def reference_date(text: str, lang: str, published: date | None) -> tuple[date | None, str]:
    """The date relative expressions are resolved against, and where it came from.

    The publication date when known; else the latest full date written in the
    text (EVENTS.md); else none.
    """
    if published:
        return published, "published"
    explicit = [t.day for t in find_time_expressions(text, lang, None) if t.precision == "day" and t.day]
    if explicit:
        return max(explicit), "latest date in text"
    return None, "none"
