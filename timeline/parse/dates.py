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
from fractions import Fraction
from functools import cache

import ahocorasick
from hijridate import Gregorian, Hijri

from .lexicon import lexicon_regex, load_lexicon
from ..model import TimeExpression
from .numbers import alternation as _alternation, number_words_pattern, word_number
from .text import Folded, clause_tail, fold, fold_text

Resolver = Callable[[re.Match, "Context"], "tuple[str, str, str] | None"]


@dataclass(slots=True)  # one per candidate match: not frozen, which would make it five times slower to build
class Context:
    """What a rule needs besides its match: the reference date, tense and the lexicon."""

    reference: date | None
    future: bool | None  # None: no tense marker before the date
    lex: dict
    lang: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    needs: tuple[str, ...]  # vocabularies (lexicon tables, "digits" or "year_digits") one of which the text must hold


# What each rule needs in a text before it is worth running: most sentences skip most rules.
NEEDS = {
    "numeric": ("year_digits",), "bare_year": ("year_digits",), "hijri_date": ("hijri_months",), "hijri_year": ("year_digits",),
    "year": ("year_digits",), "decade": ("year_digits",), "clock": ("time_marks",), "month_day": ("months",), "day_month": ("months",),
    "month_year": ("months",), "month_alone": ("months",), "part_of": ("period_parts",), "weekday": ("weekdays",),
    "day_word": ("day_words",), "shifted": ("shift_words",),
    "plural_shift": ("shift_words",), "ago": ("ago_words",), "quarter": ("quarter_words",), "every": ("units",),
    "duration": ("units",), "plural_duration": ("units",), "quarter_rel": ("quarter_words", "period_nouns"), "season": ("seasons",), "set_word": ("set_words",),
    "vague": ("vague",), "year_ended": ("year_words",), "holiday": ("holidays",), "year_end": ("year_words",), "year_ago": ("year_words",), "the_year": ("year_words",), "decade_word": ("decade_words",), "century": ("century_words",), "spelled_year": ("spelled_year_words",), "weekend": ("units",), "day_part": ("day_parts",),
    "hijri_numeric": ("year_digits",), "month_numeric": ("year_digits",), "hijri_month": ("hijri_months",), "hijri_holiday": ("hijri_holidays",),
    "day_range": ("months",), "day_of_month": ("units",), "nth_of": ("ordinal_numbers",), "after": ("after_words",), "night": ("night_words",),
}
# where Arabic has a narrower word for a rule than the table both languages share ("كل", not every unit)
ARABIC_NEEDS = {**NEEDS, "every": ("every_words",), "weekend": ("weekend_words",), "shifted": ("calendar_units",),
                "plural_shift": ("plural_units", "dual_units"), "day_of_month": ("calendar_units",), "restated_month": ("months",),
                "vague": ("vague", "vague_after_fi")}
VOCABULARIES = sorted({v for needs in (*NEEDS.values(), *ARABIC_NEEDS.values()) for v in needs} - {"digits", "year_digits"})
_DIGIT = re.compile(r"\d")
LETTER_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # Arabic diacritics and tatweel, which folding drops but belong to the letter before
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)")  # what every rule that reads a year needs: four digits that can be one


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
TENSE_WORDS = 9  # the tense of a date is told by the words just before it ("will leave on", "ستلتقي")
YEAR_TOLERANCE = timedelta(days=30)  # a date this far on the other side of the reference keeps the reference's year
SOON = timedelta(days=90)  # with no tense marker, a day or month this close ahead of the reference is the coming one
LATE_DAYS = 5  # a weekday restating a day word ("أمس الخميس") is that day, the day after, or up to this many days before: a paper may be dated late


def _year_for(ref: date, month: int, day: int, future: bool | None) -> int:
    """The year of a day or month written without one (see _cycle_year)."""
    return _cycle_year(ref, ref.year, lambda year: _safe_date(year, month, min(day, 28)), future)


def _cycle_year(ref: date, current: int, day_in: Callable[[int], date], future: bool | None) -> int:
    """The year (of any calendar: `day_in` gives the day in a year) of a day written without one: the last
    such day on or before the reference after a past-tense verb, the next one from it after a future
    marker; with neither, the coming one if it is SOON ("payable Dec. 7" in late October, "in January" in
    November), else the last one. `current` is the reference's own year in that calendar."""
    this = day_in(current)
    if future is None:
        ahead = next(d for d in (this, day_in(current + 1)) if d > ref)
        future = ahead - ref <= SOON
    if future:
        return current if this >= ref - YEAR_TOLERANCE else current + 1
    return current if this <= ref + YEAR_TOLERANCE else current - 1


def _weekday(ref: date, weekday: int, future: bool, shift: int = 0) -> date:
    """The weekday nearest the reference: on or before it for the past, on or after it for the future
    ("will meet on Friday" in a Friday paper is that day), after it for "next"; a shift of two is the
    one before the last ("الأربعاء قبل الماضي") or after the next."""
    if shift > 0 or (future and shift == 0):
        delta = (weekday - ref.weekday()) % 7 or (7 if shift > 0 else 0)
        return ref + timedelta(days=delta + 7 * max(shift - 1, 0))
    delta = (ref.weekday() - weekday) % 7
    if shift < 0 and delta == 0:
        delta = 7
    return ref - timedelta(days=delta + 7 * max(-shift - 1, 0))


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


SUBUNIT = {"Y": (12, "M"), "M": (30, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}  # a fraction of a unit is told in the next one: 2.5 years is P2Y6M
IN_YEARS = {"DE": 10, "CE": 100}  # TIMEX3 writes decades and centuries in years
DATE_UNITS = ("Y", "Q", "M", "W", "D")  # the order of a TIMEX3 period, date part then time part
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


def _period(parts: list[tuple[Fraction | int, str]]) -> str:
    """The TIMEX3 value of a length made of parts: [(2, "H"), (15, "MIN")] is PT2H15M, [(1.5, "H")] PT1H30M."""
    amounts: dict[str, int] = {}
    for n, unit in parts:
        if unit in IN_YEARS:
            n, unit = n * IN_YEARS[unit], "Y"
        while True:
            amounts[unit] = amounts.get(unit, 0) + int(n)
            n -= int(n)
            if not n or unit not in SUBUNIT:
                break
            factor, unit = SUBUNIT[unit]
            n *= factor
    days = "".join(f"{amounts[u]}{u}" for u in DATE_UNITS if amounts.get(u))
    hours = "".join(f"{amounts[u]}{TIME_UNITS[u]}" for u in TIME_UNITS if amounts.get(u))
    if not days and not hours:  # "0 days"
        unit = parts[0][1]
        return f"PT0{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"P0{unit}"
    return f"P{days}" + (f"T{hours}" if hours else "")


def _duration(n: int | Fraction | None, unit: str, half: bool = False) -> tuple[str, str, str]:
    """A length of n units ("2 1/2 years" with `half`), or of an unstated number of them (PXY)."""
    if unit == "WE":
        return "DURATION", "P2D", "none"
    if n is None:
        value = f"PTX{TIME_UNITS[unit]}" if unit in TIME_UNITS else "PXY" if unit in IN_YEARS else f"PX{unit}"
        return "DURATION", value, "none"
    return "DURATION", _period([(n + (Fraction(1, 2) if half and unit in SUBUNIT else 0), unit)]), "none"


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
    """A day of a month, with its year written, shifted ("من العام الماضي"), or told by the tense of the clause
    or the month's own qualifier ("30 سبتمبر المقبل")."""
    month = _month(m.group("month"), ctx.lex)
    day = int(m.group("day")) if m.group("day") else ctx.lex["ordinal_days"][m.group("oday")]
    shifts = ctx.lex["shift_words"]
    written, year_shift, month_shift = (_group(m, g, "r" + g) for g in ("year", "yshift", "mshift"))  # r: after a restatement
    if written:
        year = int(written)
    elif ctx.reference and year_shift:
        year = ctx.reference.year + shifts[year_shift]
    elif ctx.reference and month_shift:  # the next or the last such day, or this month's
        shift, this = shifts[month_shift], date(ctx.reference.year, month, min(day, 28))
        year = ctx.reference.year + (shift > 0 and this <= ctx.reference) - (shift < 0 and this >= ctx.reference)
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


def _r_month(m: re.Match, ctx: Context):
    return _month_with_tail(_month(_group(m, "month", "month2"), ctx.lex), m, ctx)


def _r_restated_month(m: re.Match, ctx: Context):
    """"14 يوليو (تموز)": the month in another set of names, an expression of its own (the guideline) that
    repeats the date before it: its precision is none, since it dates nothing that date does not. Only a
    month's name before the bracket makes it a restatement."""
    if not _month_before(ctx.lang).search(m.string, max(0, m.start() - 20), m.start()):
        return None
    found = _r_month(m, ctx)
    return found[0], found[1], "none"


@cache
def _month_before(lang: str) -> re.Pattern:
    """A month's name right before a bracket or a slash."""
    return re.compile(rf"(?:{_alternation(load_lexicon(lang)['months'])})\s*[(/\-–]\s*$")


def _month_with_tail(month: int, m: re.Match, ctx: Context, prefix: str = "") -> tuple[str, str, str]:
    """A month with what follows its name: a year written or shifted ("مايو من العام الماضي"), its own
    qualifier ("last June", "أيار المنصرم"), else the tense of its clause. Groups of the tail are named with
    `prefix`; after a restatement in brackets ("فبراير (شباط) الماضي") with "r" before it."""
    year, year_shift, shift = (_group(m, prefix + g, "r" + prefix + g) for g in ("year", "yshift", "mshift"))
    if year:
        return _month_value(int(year), month)
    if year_shift and ctx.reference:
        return _month_value(ctx.reference.year + ctx.lex["shift_words"][year_shift], month)
    return _month_shifted(month, shift, ctx)


def _month_shifted(month: int, shift_word: str | None, ctx: Context) -> tuple[str, str, str]:
    """A month named with a qualifier ("last June", "أيار قبل الماضي") or, without one, in the tense of its clause."""
    shift = ctx.lex["shift_words"].get(shift_word or "")
    if not ctx.reference or shift is None:
        return _month_in_context(month, ctx)
    return _month_value(_shifted_year(ctx.reference.year, month, ctx.reference.month, shift), month)


def _shifted_year(year: int, month: int, current: int, shift: int) -> int:
    """The year of a month named with a qualifier, in any calendar: "last June" is the latest June before
    this month, "next June" the first after it; a shift of two goes one year further."""
    if shift < 0:
        return year - (month >= current) - (-shift - 1)
    if shift > 0:
        return year + (month <= current) + (shift - 1)
    return year


def _r_year(m: re.Match, ctx: Context):
    return _year_value(int(_group(m, "year", "year2")))


def _r_bare_year(m: re.Match, ctx: Context):
    """A bare Arabic number that is a year: after a noun it dates ("ثورة 1979", "انتخابات 2009"), or after a
    preposition ("في 2007،", "منذ 2009 وبخاصة") where what follows is no counted noun ("في 2000 موقع"):
    the end of the clause, a conjunction or a definite word. Elsewhere a bare number is no year."""
    start, text = m.start(), m.string
    if lexicon_regex(ctx.lang, "dated_nouns", WORD_BEFORE).search(text, max(0, start - 14), start):
        return _r_year(m, ctx)
    if not lexicon_regex(ctx.lang, "year_prepositions", WORD_BEFORE).search(text, max(0, start - 12), start):
        return None
    return _r_year(m, ctx) if YEAR_FOLLOWER.match(text, m.end()) else None


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
    if not ctx.reference or _names_a_paper(m, ctx) or _is_rate(m, ctx):
        return None
    lex = ctx.lex
    word = m.group("dayword")
    d = ctx.reference + timedelta(days=lex["day_words"][word])
    if _group(m, "dweekday"):  # "أمس الجمعة": the weekday names the day; a paper may be dated a few days late
        weekday = lex["weekdays"][m.group("dweekday")]
        d += timedelta(days=(weekday - d.weekday() + LATE_DAYS) % 7 - LATE_DAYS)
    part = _group(m, "dpart") or ("night" if word == "tonight" else None)
    code = lex["day_parts"][part] if part else lex["clock_parts"][m.group("dpart2")] if _group(m, "dpart2") else None  # "غدا صباحا"
    return ("TIME", f"{d.isoformat()}T{code}", "day") if code else _day_value(d)


def _r_shifted(m: re.Match, ctx: Context):
    if _group(m, "syear"):  # "العام الماضي 2014م": the year it restates
        return _year_value(int(m.group("syear")))
    if not ctx.reference:
        return None
    return _shifted(ctx.reference, ctx.lex["units"][_group(m, "sunit", "sunit2")], ctx.lex["shift_words"].get(_group(m, "shift") or "", 0))


def _names_a_paper(m: re.Match, ctx: Context) -> bool:
    """"عين اليوم", «اليوم», لـ(اليوم): a day word that names a newspaper (lexicon `day_word_names`)."""
    names = lexicon_regex(ctx.lang, "day_word_names", PAPER_BEFORE)
    return bool(names and names.search(m.string, max(0, m.start() - 12), m.start())
                or QUOTE_BEFORE.search(m.string, max(0, m.start() - 3), m.start()) and QUOTE_AFTER.match(m.string, m.end()))


def _is_rate(m: re.Match, ctx: Context) -> bool:
    """"مليون برميل في اليوم": a day word that is the unit of a rate (lexicon `per_unit_nouns`)."""
    nouns = lexicon_regex(ctx.lang, "per_unit_nouns", PER_UNIT_BEFORE)
    return bool(nouns and nouns.search(m.string, max(0, m.start() - 20), m.start()))


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
    """"three years ago", "قبل ثلاثة أيام". "منذ" + N units is the date N units ago only in a past clause
    ("وقع منذ يومين"); elsewhere it tells how long something has lasted ("تقيم بالدار منذ سبعة أشهر"), a
    length that the duration rule reads without منذ."""
    if _group(m, "since") and _lasting(m, ctx):
        return None
    return _counted_from_reference(m, ctx, -1)


def _lasting(m: re.Match, ctx: Context) -> bool:
    """Whether the clause before a match tells a state that lasts ("تقيم", "لا يزال") or a first or most
    ("الأولى منذ سنوات"): "منذ" then counts how long (lexicon `lasting_words`)."""
    words = lexicon_regex(ctx.lang, "lasting_words", WORD_ANYWHERE)
    return bool(words and words.search(clause_tail(m.string[max(0, m.start() - 150):m.start()])))


def _r_after(m: re.Match, ctx: Context):
    """"بعد خمسة أيام": the day five days after the reference. In a past clause it counts from an event
    told before, not from the reference: a length, left to the duration rule."""
    return None if ctx.future is False else _counted_from_reference(m, ctx, 1)


def _counted_from_reference(m: re.Match, ctx: Context, sign: int):
    """The date n units before (sign -1: "three years ago", قبل ثلاثة أيام) or after the reference, at the
    precision of the unit; an unstated number (منذ سنوات، بعد أيام) is only a vague past or future."""
    if not ctx.reference:
        return None
    lex = ctx.lex
    unit_word = m.group("agounit")
    raw = _group(m, "agon")
    vague = ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "none")
    if not raw and unit_word in lex.get("plural_units", ()):
        return vague  # منذ سنوات: "for years", no date
    n = _number(raw, lex) if raw else (2 if unit_word in lex.get("dual_units", ()) else 1)
    if n is None:
        return vague
    unit = lex["units"][unit_word]
    if not _unit_stands(m.string, m.end("agounit"), unit_word, lex):
        return None
    if sign < 0 and unit == "Y" and n == 1 and _near(m, (*lex.get("quarter_words", ()), *lex.get("period_nouns", ()))):
        return _quarter_back(ctx.reference, 4)  # earnings news: "a year ago" is the same quarter a year before
    if unit == "D":
        return _day_value(ctx.reference + timedelta(days=sign * n))
    if unit in ("W", "M"):
        return _shifted(ctx.reference, unit, sign * n)
    if unit == "Y":
        return _year_value(ctx.reference.year + sign * n)
    if unit == "DE":
        return _year_value(ctx.reference.year + sign * 10 * n)
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
    """"now", مؤخرا; and the words that are vague only after "في" ("في السابق", never "الرئيس السابق")."""
    if _group(m, "vague2"):
        return "DATE", ctx.lex["vague_after_fi"][m.group("vague2")], "none"
    return "DATE", ctx.lex["vague"][m.group("vague")], "none"


def _r_part_of(m: re.Match, ctx: Context):
    """Early/mid/late of a month, a year, a relative unit, a Hijri month (مطلع رمضان) or a day ("وقت سابق
    اليوم"); the value is that period itself."""
    if m.group("pyear2"):
        return _year_value(int(m.group("pyear2")))
    if m.group("pmonth"):
        return _month_with_tail(_month(m.group("pmonth"), ctx.lex), m, ctx, "p")
    if _group(m, "phmonth"):
        return _hijri_month(ctx, ctx.lex["hijri_months"][m.group("phmonth")], None, None)
    if not ctx.reference:
        return None
    if _group(m, "pday"):
        return _day_value(ctx.reference + timedelta(days=ctx.lex["day_words"][m.group("pday")]))
    return _shifted(ctx.reference, ctx.lex["units"][_group(m, "punit", "punit2")], ctx.lex["shift_words"].get(_group(m, "pshift") or "", 0))


# ---- English grammar ------------------------------------------------------------

def _r_decade(m: re.Match, ctx: Context):
    return "DATE", m.group("decade")[:3], "none"


def _r_decade_word(m: re.Match, ctx: Context):
    """"the nineties": a decade of the century named ("ثمانينيات القرن الماضي"), else of the last one, as news
    of these years means it."""
    hundreds = _hundreds(m, ctx)
    return "DATE", f"{19 if hundreds is None else hundreds}{ctx.lex['decade_words'][m.group('tens_word')]}", "none"


def _r_century(m: re.Match, ctx: Context):
    """"the 20th century" is TIMEX3 "19": the hundreds its years share."""
    hundreds = _hundreds(m, ctx)
    return None if hundreds is None else ("DATE", f"{hundreds:02d}", "none")


def _hundreds(m: re.Match, ctx: Context) -> int | None:
    """The hundreds of a century written as a number, an ordinal (القرن التاسع عشر) or shifted (القرن الماضي)."""
    if _group(m, "cnum"):
        return int(m.group("cnum")) - 1
    if _group(m, "cord"):
        return ctx.lex["ordinal_days"][m.group("cord")] - 1
    if _group(m, "cshift") and ctx.reference:
        return ctx.reference.year // 100 + ctx.lex["shift_words"][m.group("cshift")]
    return None


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
    """"over the weekend": the last one; "ahead of the weekend", after a future verb: the coming one;
    "عطلة نهاية الأسبوع المقبل": the one its qualifier says."""
    if not ctx.reference:
        return None
    ref = ctx.reference
    if _group(m, "wshift"):
        return _shifted(ref, "WE", ctx.lex["shift_words"][m.group("wshift")])
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
    """"every week", "كل أربع سنوات": a recurrence of one or n units; "كل يوم جمعة": of a weekday."""
    lex = ctx.lex
    if _group(m, "ewd"):
        return "SET", f"XXXX-WXX-{lex['weekdays']['ال' + m.group('ewd')] + 1}", "none"
    unit_word, raw = m.group("eu"), _group(m, "en")
    n = _number(raw, lex) if raw else (2 if unit_word in lex.get("dual_units", ()) else 1)
    return ("SET", _period([(n, lex["units"][unit_word])]), "none") if n else None


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
        ("month_alone", rf"\b(?:(?P<mshift>last|this|next)\s+|(?:mid|early|late)-)?(?P<month>{full_months})\b", _r_month),
        ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?P<decade>(?:1[5-9]|20)\d0)'?s\b", _r_decade),
        ("decade_word", rf"\bthe\s+(?:(?:early|mid|late)-?\s*)?(?P<tens_word>{_alternation(lex['decade_words'])})\b", _r_decade_word),
        ("century", r"\b(?:the\s+)?(?P<cnum>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", _r_century),
        ("bare_year", rf"(?=[12]\d\d\d){count_context}(?<![\d,.$])(?P<year>{year})(?=\s*(?:[.,;:)]|$))", _r_year),
        ("year", rf"(?:\bfiscal\s+|\bmid-|(?=[12]\d\d\d)(?:{year_context}))(?P<year>{year})\b(?!\s*(?:{lex['troop_nouns']}|people|%|percent))(?![,.]\d)(?!\s+(?:and|to|or)\s+\d[\d,]*\s+(?:{lex['troop_nouns']}|people))", _r_year),
        ("weekday", rf"\b(?:(?P<wshift>last|next|this|past|coming)\s+)?(?P<weekday>{weekdays})\b(?!\.?\s*\d)(?:\s+(?P<wpart>{day_parts}))?", _r_weekday),
        ("day_word", rf"\b(?P<dayword>{_alternation(lex['day_words'])})\b(?:\s*(?:'s)?\s+(?P<dpart>{day_parts}))?", _r_day_word),
        ("shifted", rf"\b(?:the\s+|(?:earlier|later)\s+)?(?P<shift>{shifts})\s+(?P<sunit>year|month|week|quarter|weekend|decade)\b", _r_shifted),
        ("day_of_month", rf"\b(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)|(?P<oday>{_alternation(lex['ordinal_days'])}))\s+of\s+(?:the\s+)?(?P<mshift>{shifts})\s+month\b", _r_day_of_month),
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

# an Arabic word may carry a conjunction and a preposition that are not part of the expression: وأمس، لعام 2015
# (its first test, one letter back, is only there for speed: it turns most positions inside a word away at once)
CLITIC_START = r"(?<![^\Wوفبلك])(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
# only a conjunction, or a preposition before the article: بالأمس, never the ل of لامس
CONJUNCTION_START = r"(?<![^\Wوفبلك])(?:(?<!\w)|(?<=(?<!\w)[وف])|(?<=(?<!\w)[بلك])(?=ال)|(?<=(?<!\w)[وف][بلك])(?=ال))"
AFTERNOON = {"MO": range(0), "AF": range(1, 8), "EV": range(1, 12), "NI": range(6, 12)}  # hours a part of the day puts after noon: الثالثة عصرا is 15:00
MIDNIGHT = {"MO": 0, "NI": 24}  # twelve o'clock in the morning starts the day, at night (الثانية عشرة ليلا) it ends it
ISO_THURSDAY = 3  # an ISO week belongs to the month and year of its Thursday: the first week of a month is that of its first Thursday
PARTS_OF_YEAR = {"Q": 4, "H": 2, "M": 12}  # how many quarters, halves and months a year has ("الأخير" is the last of them)
SPELLED_YEARS = range(1000, 2101)  # a number in words after عام is a year only here ("عام واحد" is a length)
YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d\d))?")  # the value of a period that has an nth part: a year or a month
IDAFA = re.compile(r"\s+ال")  # "أيام الحرب": a plural unit followed by what it is of names no length
RESTATING = r"[\s()]*(?:<words>)[\s()]*"  # only a restating word between two dates: "... الموافق ..."
FOUR_DIGITS = re.compile(r"\d{4}")  # a year written in a date
WORD_ANYWHERE = r"(?<!\w)[وف]?(?:<words>)(?!\w)"  # a word of the lexicon anywhere in a clause (تقيم ... منذ سبعة أشهر)
OF_OR_END = re.compile(r"\s+من(?!\w)|\s*(?:[.,،؛:)\"]|$)")  # "عقدين من الزمن", "منذ عقدين،": a decade, not "عقدين مع" (two contracts)
WORD_BEFORE = r"(?<!\w)[وفبل]?(?:<words>)\s*$"  # a word of the lexicon just before a match (لمدة عام, رقم 4/2015)
AGE_BEFORE = r"(?<!\w)(?:<words>)\s+(?:\S+\s+)?$"  # "عمره 37 عاما", "يبلغ من العمر ستين عاما": an age
ASIDE_BEFORE, ASIDE_AFTER = re.compile(r"[(\-–]\s*$"), re.compile(r"\s*[)\-–]")  # "فيدال (28 عاما)": years in an aside are an age
PER_UNIT_BEFORE = r"(?<!\w)(?:<words>)\s+في\s+$"  # "مليون برميل في اليوم": a rate, not a day
PAPER_BEFORE = r"(?<!\w)(?:<words>)\s*[(\"]?\s*$"  # "عين اليوم", "لـ(اليوم)": a newspaper
QUOTE_BEFORE, QUOTE_AFTER = re.compile(r"\"\s*$"), re.compile(r"\s*\"")  # «اليوم» alone in quotes: a newspaper
YEAR_FOLLOWER = re.compile(r"\s*(?:[.,،؛:)\"\-]|$)|\s+(?:[وف]|ال)")  # what follows a bare year, never a counted noun: the clause's end, a conjunction, a definite word


def _hijri_of(day: date) -> tuple[int, int] | None:
    """The Hijri (year, month) of a Gregorian day; None outside the supported range."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return hijri.year, hijri.month


def _hijri_day(ctx: Context, month: int, day: int, year: str | None) -> date | None:
    """A Hijri day of the year written, else of the Hijri year the tense of its clause points to."""
    if year:
        return hijri_to_gregorian(int(year), month, day)
    today = _hijri_of(ctx.reference) if ctx.reference else None
    if today is None:
        return None
    year_of = _cycle_year(ctx.reference, today[0], lambda y: hijri_to_gregorian(y, month, min(day, 29)), ctx.future)
    return hijri_to_gregorian(year_of, month, day)


def _r_hijri_numeric(m: re.Match, ctx: Context):
    d = hijri_to_gregorian(int(_group(m, "hy", "hy2")), int(_group(m, "hm", "hm2")), int(_group(m, "hd", "hd2")))
    return _day_value(d) if d else None


def _r_hijri_date(m: re.Match, ctx: Context):
    """A Hijri day of the year written, of the month its qualifier names ("الثلاثين من شهر شوال الحالي"), else
    of the year the tense of its clause points to."""
    lex = ctx.lex
    day = int(m.group("hd")) if m.group("hd") else lex["ordinal_days"][m.group("hoday")]
    year, shift = m.group("hy"), lex["shift_words"].get(m.group("hshift") or "")
    today = _hijri_of(ctx.reference) if ctx.reference else None
    if shift == 0 and today:
        year = str(today[0])
    elif shift:
        ctx = replace(ctx, future=shift > 0)
    d = _hijri_day(ctx, lex["hijri_months"][m.group("hmonth")], day, year)
    return _day_value(d) if d else None


def _r_hijri_month(m: re.Match, ctx: Context):
    month = ctx.lex["hijri_months"][_group(m, "hmonth", "hmonth2", "hmonth3", "hmonth4")]
    return _hijri_month(ctx, month, m.group("hy"), _group(m, "hshift", "hshift2"))


def _hijri_month(ctx: Context, month: int, year: str | None, shift_word: str | None) -> tuple[str, str, str] | None:
    """A Hijri month is the Gregorian month its first day falls in (رمضان 1436 هـ: 2015-06); without a year,
    the one its qualifier (رمضان الماضي) or the tense of its clause points to."""
    if year or shift_word is None:
        first = _hijri_day(ctx, month, 1, year)
    else:
        today = _hijri_of(ctx.reference) if ctx.reference else None
        if today is None:
            return None
        first = hijri_to_gregorian(_shifted_year(today[0], month, today[1], ctx.lex["shift_words"][shift_word]), month, 1)
    return _month_value(first.year, first.month) if first else None


def _r_hijri_year(m: re.Match, ctx: Context):
    """A Hijri year alone is the Gregorian year that holds its middle (1436 هـ ran from Oct 2014 to Oct 2015: 2015)."""
    year = int(_group(m, "hy", "hy2"))
    start, end = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    return _year_value((start + (end - start) / 2).year) if start and end else None


def _r_hijri_holiday(m: re.Match, ctx: Context):
    """"عيد الفطر": the day of the Hijri year the tense of its clause points to."""
    month, day = (int(p) for p in ctx.lex["hijri_holidays"][m.group("hholiday")].split("-"))
    d = _hijri_day(ctx, month, day, None)
    return _day_value(d) if d else None


def _r_plural_shift(m: re.Match, ctx: Context):
    """"الأيام الماضية", "السنوات الست الماضية", "العامين الماضيين": the length of the last or next units (TimeML
    writes "the past few weeks" as a DURATION), counted where a number or a dual says how many."""
    lex = ctx.lex
    word, raw = m.group("punit"), _group(m, "pn")
    n = word_number(raw, lex) if raw else 2 if word in lex["dual_units"] else None
    return _duration(n, lex["units"][word])


def _r_month_numeric(m: re.Match, ctx: Context):
    """"2019/4", "4/2019": a month and its year in digits, unless they number a law or a decision."""
    if lexicon_regex(ctx.lang, "numbered_nouns", WORD_BEFORE).search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return _month_value(int(_group(m, "ny", "ny2")), int(_group(m, "nm", "nm2")))


def _r_day_of_month(m: re.Match, ctx: Context):
    """"20 الشهر الجاري", "العاشر من الشهر المقبل", "the fourteenth of last month": a day of the month its qualifier points to."""
    if not ctx.reference:
        return None
    day = int(m.group("day")) if m.group("day") else ctx.lex["ordinal_days"][m.group("oday")]
    month = _shifted(ctx.reference, "M", ctx.lex["shift_words"].get(m.group("mshift") or "", 0))[1]
    d = _safe_date(int(month[:4]), int(month[5:]), day)
    return _day_value(d) if d else None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The nth such weekday of a month (n = -1: the last one); None past its end."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year, month, monthrange(year, month)[1])
        d = last - timedelta(days=(last.weekday() - weekday) % 7)
    return d if d.month == month else None


def _r_nth_of(m: re.Match, ctx: Context):
    """"الخميس الثالث من الشهر", "الأسبوع الأول من عام 2019", "الربع الأول من العام الجاري": the nth (or
    the last) weekday, week, quarter, half, month or day of the period named after it."""
    period = _r_part_of(m, ctx)
    found = period and YEAR_MONTH.fullmatch(period[1])
    if not found:
        return None
    lex = ctx.lex
    year, month, n = int(found.group(1)), found.group(2) and int(found.group(2)), lex["ordinal_numbers"][m.group("nth")]
    if m.group("nwd"):
        d = _nth_weekday(year, month, lex["weekdays"][m.group("nwd")], n) if month else None
        return _day_value(d) if d else None
    unit = lex["period_units"][m.group("nunit")]
    if unit == "W":
        if month:
            thursday = _nth_weekday(year, month, ISO_THURSDAY, n)
            return _shifted(thursday, "W", 0) if thursday else None
        week = n if n > 0 else date(year, 12, 28).isocalendar()[1]  # 28 December is always in the last ISO week
        return "DATE", f"{year:04d}-W{week:02d}", "month"
    if unit == "D":
        d = _safe_date(year, month, n if n > 0 else monthrange(year, month)[1]) if month else None
        return _day_value(d) if d else None
    count = PARTS_OF_YEAR[unit]
    n = count if n < 0 else n
    if month or n > count:
        return None
    return _month_value(year, n) if unit == "M" else ("DATE", f"{year:04d}-{unit}{n}", "year")


def _r_night(m: re.Match, ctx: Context):
    """"الليلة", "الليلة الماضية": the night of the reference day or of the day before."""
    if not ctx.reference:
        return None
    night = ctx.reference + timedelta(days=ctx.lex["night_words"][m.group("night")])
    return "TIME", f"{night.isoformat()}TNI", "day"


def _r_clock_words(m: re.Match, ctx: Context):
    """"الساعة العاشرة والنصف مساء", "الساعة 10:30 من صباح أمس": a time of the reference day or of the day named."""
    if not ctx.reference:
        return None
    lex = ctx.lex
    digits = _group(m, "hh", "hh2")
    hour = int(digits) if digits else lex["clock_hours"][_group(m, "hword", "hword2")]
    minute = int(_group(m, "mm", "mm2") or 0)
    if m.group("mword"):
        minute += lex["clock_minutes"][m.group("mword")]
    elif m.group("mnum"):
        minute += _number(m.group("mnum"), lex) or 0
    if minute < 0:  # "الثامنة إلا ربعا"
        hour, minute = hour - 1, minute + 60
    part = lex["clock_parts"][m.group("cpart")] if m.group("cpart") else lex["day_parts"].get(m.group("dpart") or "")
    if part in AFTERNOON and hour in AFTERNOON[part]:
        hour += 12
    elif part in MIDNIGHT and hour == 12:
        hour = MIDNIGHT[part]
    if not (0 <= hour <= 23 or hour == 24 and minute == 0) or not 0 <= minute <= 59:
        return None
    day, named = ctx.reference, _group(m, "cday", "cday0")
    if named in lex["day_words"]:
        day += timedelta(days=lex["day_words"][named])
    elif named:
        day = _weekday(ctx.reference, lex["weekdays"][named], ctx.future, lex["shift_words"].get(m.group("cshift0") or "", 0))
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", "day"


def _r_year_in_words(m: re.Match, ctx: Context):
    """"عام ألفين وعشرين": a year spelled out after its year word."""
    year = word_number(m.group("ywords"), ctx.lex)
    return _year_value(year) if year in SPELLED_YEARS else None


@cache
def _duration_part(lang: str) -> tuple[str, re.Pattern]:
    """One part of a length ("ثلاث سنوات ونصف", "نصف ساعة", "عدة أشهر", "١٫٥ ساعة"): the plain regex, which
    the duration rule repeats, and the same with named groups, which reads the parts of a match."""
    lex = load_lexicon(lang)
    units = _alternation(u for u in lex["units"] if not u.startswith("ال"))
    one = _alternation(w for w, v in lex["number_words"].items() if v == 1 and w not in lex.get("teen_units", ()))
    named = (rf"(?:(?P<frac>{_alternation(lex['fractions'])})\s+(?:ال)?)?"  # "نصف ساعة", "ربع الساعة"
             rf"(?:\(?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{number_words_pattern(lang)})\)?\s+|(?P<some>{_alternation(lex['vague_counts'])})\s+)?"
             rf"(?P<unit>{units})(?:\s+(?P<one>{one}|{lex['of_time']}))?(?:\s+و\s*(?P<half>{_alternation(lex['fraction_after'])}))?(?!\w)"
             rf"(?:\s+(?:{lex['duration_adjectives']})(?!\w))?")  # "سنوات طويلة", "29 أسبوعا متتاليا"
    return re.sub(r"\(\?P<\w+>", "(?:", named), re.compile(named)


def _unit_stands(text: str, end: int, word: str, lex: dict) -> bool:
    """Whether a unit word ending at `end` is a unit: one that is also another noun (عقد: a decade or a
    contract) only when "من" or the end of the clause follows (lexicon `units_needing_of`)."""
    return word not in lex.get("units_needing_of", ()) or bool(OF_OR_END.match(text, end))


def _r_compound_duration(m: re.Match, ctx: Context):
    """A length of one or more parts ("ساعتين و15 دقيقة", "سنة وستة أشهر", "2.5 سنة"). A unit alone is one
    only where it is counted: a dual (يومين), a plural (سنوات: PXY) that is not followed by what it is of
    (أيام الحرب), a singular after a word of length (لمدة عام, نحو عام). An age is none: after an age word
    (عمره 37 عاما) or years in an aside ("فيدال (28 عاما)")."""
    lex, text = ctx.lex, m.string
    if lexicon_regex(ctx.lang, "age_words", AGE_BEFORE).search(text, max(0, m.start() - 30), m.start()):
        return None
    parts = list(_duration_part(ctx.lang)[1].finditer(m.group()))
    amounts: list[tuple[Fraction | int, str]] = []
    for part in parts:
        unit = lex["units"][part["unit"]]
        if not _unit_stands(text, m.start() + part.end("unit"), part["unit"], lex):
            return None
        if part["some"]:
            return _duration(None, unit)
        raw = part["n"]
        n = (Fraction(raw.replace(",", "")) if raw[0].isdigit() else word_number(raw, lex)) if raw else 2 if part["unit"] in lex["dual_units"] else 1
        if not n:
            return None
        if part["frac"]:
            n *= Fraction(lex["fractions"][part["frac"]])
        if part["half"]:
            n += Fraction(lex["fraction_after"][part["half"]])
        amounts.append((n, unit))
    lead = m.start() + m.group().startswith("(")  # "(28 عاما)": the count may take the bracket
    if all(unit == "Y" for _, unit in amounts) and ASIDE_BEFORE.search(text, max(0, lead - 3), lead) and ASIDE_AFTER.match(text, m.end()):
        return None
    first = parts[0]
    if len(parts) == 1 and not any(first.group(g) for g in ("frac", "n", "one", "half")):
        if first["unit"] in lex["plural_units"]:
            return None if IDAFA.match(text, m.end()) else _duration(None, amounts[0][1])
        start = m.start() + first.start()
        counted = first["unit"] in lex["dual_units"] or first["unit"] in lex["accusative_units"]  # يومين; مكثت أسبوعا
        if not counted and not lexicon_regex(ctx.lang, "duration_prepositions", WORD_BEFORE).search(text, max(0, start - 20), start):
            return None
    return "DURATION", _period(amounts), "none"


@cache
def _arabic_rules() -> tuple[Rule, ...]:
    lex = load_lexicon("ar")
    b, e = CLITIC_START, r"(?!\w)"
    months = _alternation(lex["months"])
    unambiguous_months = _alternation(m for m in lex["months"] if len(m) > 3 or " " in m)
    hijri_months = _alternation(lex["hijri_months"])
    free_hijri_months = _alternation(m for m in lex["hijri_months"] if m not in lex["hijri_months_with_year_only"])
    weekdays = _alternation(lex["weekdays"])
    units = _alternation(u for u in lex["units"] if not u.startswith("ال"))  # counted units: الشهر is no length
    many_units = _alternation(u for u in (*lex["plural_units"], *lex["dual_units"]) if not u.startswith("ال"))
    calendar_units = _alternation(lex["calendar_units"])
    shifts = _alternation(lex["shift_words"])
    ordinal = _alternation(lex["ordinal_days"])
    day_words = _alternation(lex["day_words"])
    day_parts = _alternation(lex["day_parts"])
    the_seasons = _alternation(s for s in lex["seasons"] if s.startswith("ال"))  # a season with a qualifier: "الصيف الماضي", never "الربيع العربي"
    spelled = number_words_pattern("ar")
    # a year word, also after ل, which drops the alef of its article: "للعام 2014" is ل + "لعام 2014"
    year_word = rf"(?:{lex['year_words']}|(?:(?<=(?<!\w)ل)|(?<=(?<!\w)[وف]ل))ل(?:عام|سنة))"
    count = rf"(?:\d+|{spelled}|{_alternation(lex['vague_counts'])})"
    modifier = rf"(?:(?:{lex['duration_modifiers']})\s+)?"  # "نحو عامين", "أكثر من ثلاث سنوات"
    after_unit = rf"(?:\s+(?:{lex['duration_adjectives']})(?!\w))?"  # "قبل شهور قليلة", "منذ عامين تقريبا"
    from_now = rf"(?:\s+(?:{lex['from_now']}){e})?"  # "بعد أسبوعين من الآن" counts from the reference all the same
    not_from_reference = rf"(?!\s+(?:{lex['anchor_words']})(?!\w)|\s+و\s*(?:{_alternation(lex['fraction_after'])}|\d|{spelled}))"
    g_mark = rf"(?:\s*(?:{lex['gregorian_marker']})(?!\w))?"
    h_mark = rf"(?:\s*(?:{lex['hijri_marker']})(?!\w))"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    hijri_year = r"(?:1[34]\d\d)"
    hijri_year_after = rf"\s*/?\s*(?:من\s+)?(?:{year_word}\s+)?"
    restatement = rf"\s*[(/\-–]\s*(?:{months})\s*\)?"  # 14 يوليو (تموز), ديسمبر/كانون الأول: the same month in another set

    def tail(prefix: str) -> str:
        """What may follow a month's name: its qualifier and its year, written or shifted."""
        return (rf"(?:\s+(?P<{prefix}mshift>{shifts}))?(?:\s*[،,/]?\s*(?:من\s+)?(?:{year_word}\s*)?(?P<{prefix}year>{year})"
                rf"|\s+(?:من\s+)?(?:العام|السنة)\s+(?P<{prefix}yshift>{shifts}))?")

    def month_tail(prefix: str = "") -> str:
        """After a restatement ("فبراير (شباط) الماضي") the tail is read ahead, and left to the restatement's own expression."""
        return rf"(?:(?={restatement}{tail('r' + prefix)})|{tail(prefix)})"

    this = "(?:هذا|هذه)"  # هذا الشهر: the demonstrative before its unit
    period = (rf"(?:(?:شهر\s+)?(?P<pmonth>{months}){month_tail('p')}|(?:شهر\s+)?(?P<phmonth>{free_hijri_months})"
              rf"|(?:{year_word}\s+)?(?P<pyear2>{year})|(?P<punit>{calendar_units})(?:\s+(?P<pshift>{shifts}))?|{this}\s+(?P<punit2>{calendar_units}))")
    after_in = "(?:(?<=(?<!\\w)في\\s)|(?<=(?<!\\w)خلال\\s))"  # "في رمضان": after "in", a Hijri month's name is no person's
    named_day = rf"(?:(?:يوم\s+)?(?:{weekdays})\s+(?:[،,]\s*)?|يوم\s+)"  # "الأحد 10 شوال", "يوم الأحد، 19 يوليو", "يوم 01-03-1412 هـ"
    clock_parts = _alternation(lex["clock_parts"])
    hour = (rf"(?:(?:(?:يوم\s+)?(?P<cday0>{weekdays}|{day_words})(?:\s+(?P<cshift0>{shifts}))?\s+)?الساعة\s+"
            rf"(?:\(?(?P<hh>\d{{1,2}})(?:[:.](?P<mm>\d\d))?\)?(?:\s+دقيقة)?|(?P<hword>{_alternation(lex['clock_hours'])}))"
            rf"|(?P<hh2>\d{{1,2}}):(?P<mm2>\d\d)(?=\s+(?:{clock_parts}))"  # "10:30 صباحا"
            rf"|(?P<hword2>{_alternation(lex['clock_hours'])})(?=(?:\s+(?:{_alternation(lex['clock_minutes'])}))?\s+(?:{clock_parts})))")  # "الثالثة عصرا", "السابعة والنصف مساء"
    minutes = rf"(?:\s+(?P<mword>{_alternation(lex['clock_minutes'])})|\s+و\s*(?P<mnum>\d{{1,2}}|{spelled})\s+(?:دقيقة|دقائق))?"
    clock_day = (rf"(?:\s+(?P<cpart>{_alternation(lex['clock_parts'])})|\s+(?:من\s+)?(?P<dpart>{day_parts})(?=\s+(?:يوم\s+)?(?:{day_words}|{weekdays})))?"
                 rf"(?:\s+(?:من\s+)?(?:يوم\s+)?(?P<cday>{day_words}|{weekdays}))?")
    part, _ = _duration_part("ar")
    rules = [
        ("numeric", rf"(?:{b}{named_day})?(?<![\d/])(?:(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<mo>\d{{1,2}})\s*[/.-]\s*(?P<y>{year})|(?P<iso_y>{year})\s*[/-]\s*(?P<iso_m>\d{{1,2}})\s*[/-]\s*(?P<iso_d>\d{{1,2}}))(?![\d/]){g_mark}", _r_numeric),
        ("hijri_numeric", rf"(?:{b}{named_day})?(?<![\d/])(?:(?P<hd>\d{{1,2}})\s*[/.-]\s*(?P<hm>\d{{1,2}})\s*[/.-]\s*(?P<hy>{hijri_year})|(?P<hy2>{hijri_year})\s*[/.-]\s*(?P<hm2>\d{{1,2}})\s*[/.-]\s*(?P<hd2>\d{{1,2}}))(?![\d/]){h_mark}?", _r_hijri_numeric),
        ("month_numeric", rf"(?<![\d/.])(?:(?P<ny>{year})\s*/\s*(?P<nm>0?[1-9]|1[0-2])|(?P<nm2>0?[1-9]|1[0-2])\s*/\s*(?P<ny2>{year}))(?![\d/])", _r_month_numeric),
        ("hijri_date", rf"{b}{named_day}?(?:(?P<hd>\d{{1,2}})|(?P<hoday>{ordinal}))\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{free_hijri_months}|(?:{hijri_months})(?={hijri_year_after}{hijri_year}))(?:{hijri_year_after}(?P<hy>{hijri_year})|\s+(?P<hshift>{shifts}))?{h_mark}?{e}", _r_hijri_date),
        ("hijri_month", rf"{b}(?:(?:شهر\s+)?(?P<hmonth>{hijri_months}){hijri_year_after}(?P<hy>{hijri_year}){h_mark}?|شهر\s+(?P<hmonth2>{hijri_months})(?:\s+(?P<hshift>{shifts}))?|(?P<hmonth3>{free_hijri_months})\s+(?P<hshift2>{shifts})|{after_in}(?P<hmonth4>{free_hijri_months})){e}", _r_hijri_month),
        ("hijri_year", rf"{b}(?:{year_word}\s+(?:{lex['hijri_adjectives']})\s+(?P<hy2>{hijri_year}){h_mark}?|(?:{year_word}\s+)?(?P<hy>{hijri_year}){h_mark}){e}", _r_hijri_year),
        ("hijri_holiday", rf"{b}(?P<hholiday>{_alternation(lex['hijri_holidays'])})(?:\s+(?:{lex['holiday_adjectives']}))?{e}", _r_hijri_holiday),
        ("holiday", rf"{b}(?P<holiday>{_alternation(lex['holidays'])}){e}", _r_holiday),
        ("day_month", rf"{b}{named_day}?(?:(?P<day>\d{{1,2}})|(?P<oday>{ordinal}))(?:\s*/\s*|\s+)(?:من\s+)?(?:شهر\s+)?(?P<month>{months}){month_tail()}{g_mark}{e}", _r_day_month),
        ("day_range", rf"{b}(?:يومي?\s+)?(?:(?P<day>\d{{1,2}})|(?P<oday>{ordinal}))(?=\s*(?:و|او|-|–|الي|حتي)\s*(?:\d{{1,2}}|{ordinal})\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{months}){month_tail()})", _r_day_month),
        ("restated_month", rf"(?:(?<=\()|(?<=\(\s)|(?<=/)|(?<=/\s))(?P<month>{months})(?=\s*\)?{tail('r')}){e}", _r_restated_month),
        ("day_of_month", rf"{b}(?:يوم\s+)?(?:(?P<day>\d{{1,2}})|(?P<oday>{ordinal}))\s+(?:من\s+)?(?:{this}\s+)?الشهر(?:\s+(?P<mshift>{shifts}))?{e}", _r_day_of_month),
        ("nth_of", rf"{b}(?:(?:يوم\s+)?(?P<nwd>{weekdays})|(?P<nunit>{_alternation(lex['period_units'])}))\s+(?P<nth>{_alternation(lex['ordinal_numbers'])})\s+(?:من\s+)?{period}{e}", _r_nth_of),
        ("night", rf"{CONJUNCTION_START}(?P<night>{_alternation(lex['night_words'])}){e}", _r_night),
        ("day_word", rf"{CONJUNCTION_START}(?:(?P<dpart>{day_parts})\s+(?:يوم\s+)?|يوم\s+|{this}\s+)?(?P<dayword>{day_words}){e}(?:\s+(?P<dweekday>{weekdays}){e})?(?:\s+(?P<dpart2>{_alternation(lex['clock_parts'])}){e})?(?!\s+(?:{lex['day_word_blockers']}){e})", _r_day_word),
        ("part_of", rf"{b}(?:{_alternation(lex['period_parts'])})\s+(?:من\s+)?(?:{period}|(?P<pday>{day_words})){g_mark}{e}", _r_part_of),
        ("month_year", rf"{b}(?:شهر\s+)?(?P<month>{months})(?:\s+(?P<mshift>{shifts}))?(?:\s*[،,/]?\s*(?:من\s+)?(?:{year_word}\s*)?(?P<year>{year})|\s+(?:من\s+)?(?:العام|السنة)\s+(?P<yshift>{shifts})){g_mark}{e}", _r_month),
        ("month_alone", rf"{b}(?:شهر\s+(?P<month>{months})|(?P<month2>{unambiguous_months})){month_tail()}{e}", _r_month),
        ("year", rf"{b}{year_word}(?:\s+(?:{lex['year_adjectives']}))?\s+(?P<year>{year}){g_mark}(?:\s+(?:{shifts}){e})?{e}|(?<!\d)(?P<year2>{year})\s*(?:{lex['gregorian_marker']}){e}", _r_year),
        ("spelled_year", rf"{b}{year_word}\s+(?P<ywords>{spelled}){e}", _r_year_in_words),
        ("bare_year", rf"(?<=\s)(?P<year>{year})(?![\d.,]\d)(?!\w)", _r_bare_year),
        ("weekday", rf"{b}(?:(?P<wpart>{day_parts})\s+(?:يوم\s+)?|يوم\s+)?(?P<weekday>{weekdays})(?:\s+(?P<wshift>{shifts}))?{e}", _r_weekday),
        ("day_part", rf"{b}{this}\s+ال(?P<tpart>{day_parts}){e}", _r_day_part),
        ("clock", rf"{b}{hour}{minutes}{clock_day}{e}", _r_clock_words),
        ("plural_shift", rf"{b}ال(?P<punit>{many_units})(?:\s+(?:ال(?P<pn>{_alternation(lex['number_words'])})|{lex['few_words']}))?\s+(?:{_alternation(lex['plural_shift_words'])}){e}", _r_plural_shift),
        ("shifted", rf"{b}(?:(?P<sunit>{calendar_units})\s+(?P<shift>{shifts})|{this}\s+(?P<sunit2>{calendar_units}))(?:\s+(?P<syear>{year}))?{g_mark}{e}", _r_shifted),
        ("weekend", rf"{b}(?:{_alternation(lex['weekend_words'])})(?:\s+(?P<wshift>{shifts}))?{e}", _r_weekend),
        ("season", rf"{b}(?:(?:فصل\s+)?(?P<season>{the_seasons})\s+(?P<sshift>{shifts})|{this}\s+(?P<season2>{the_seasons})|(?P<season3>{_alternation(lex['seasons'])})\s+(?:(?:من\s+)?{year_word}\s+)?(?P<syear>{year})){e}", _r_season),
        ("decade_word", rf"{b}(?P<tens_word>{_alternation(lex['decade_words'])})(?:\s+(?:من\s+)?القرن\s+(?:(?P<cord>{ordinal})|(?P<cshift>{shifts})))?{e}", _r_decade_word),
        ("century", rf"{b}القرن\s+(?:(?P<cord>{ordinal})|(?P<cshift>{shifts})){e}", _r_century),
        ("ago", rf"{b}(?:(?P<since>{lex['since_words']})|{_alternation(lex['ago_words'])})\s+{modifier}(?:(?P<agon>{count})\s+)?(?P<agounit>{units}){e}{after_unit}{from_now}{not_from_reference}", _r_ago),
        ("after", rf"{b}(?:{_alternation(lex['after_words'])})\s+{modifier}(?:(?P<agon>{count})\s+)?(?P<agounit>{units}){e}{after_unit}{from_now}{not_from_reference}", _r_after),
        ("every", rf"{b}(?:{_alternation(lex['every_words'])})\s+(?:(?:يوم\s+)?(?:ال)?(?P<ewd>{_alternation(w[2:] for w in lex['weekdays'])})|(?:(?P<en>\d+|{spelled})\s+)?(?P<eu>{units})){e}", _r_every),
        ("set_word", rf"{b}(?P<setw>{_alternation(lex['set_words'])}){e}", _r_set_word),
        ("duration", rf"(?:(?=\(?\d)(?<=ال)|{b}){modifier}{part}(?:\s+و\s*{part})*", _r_compound_duration),
        ("vague", rf"{b}(?P<vague>{_alternation(lex['vague'])}){e}|(?<=(?<!\w)في\s)(?P<vague2>{_alternation(lex['vague_after_fi'])}){e}", _r_vague),
    ]
    return tuple(Rule(name, re.compile(pattern), fn, ARABIC_NEEDS[name]) for name, pattern, fn in rules)


def _rules(lang: str) -> tuple[Rule, ...]:
    return _arabic_rules() if lang == "ar" else _english_rules()


@cache
def _vocabulary(lang: str) -> ahocorasick.Automaton:
    """One automaton of every word of the lexicon's time tables, telling which tables a text draws on."""
    lex = load_lexicon(lang)
    tables: dict[str, set[str]] = {}
    for name in VOCABULARIES:
        table = lex.get(name, ())
        for word in () if isinstance(table, str) else table:  # a table, not a pattern (Arabic year_words)
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
               deadline: re.Pattern, complement: re.Pattern | None) -> bool | None:
    """The tense of the words just before a date: a deadline ("by", بحلول) looks ahead; otherwise
    the nearest future marker or past-tense verb decides; None when there is neither. A verb of saying
    does not give its tense to what it reports ("قال إن الاتفاق يدخل حيز التنفيذ في ..."): no past
    verb counts before a complementizer, while a future one still does ("من المقرر أن يزور")."""
    before = ftext[max(0, position - 150):position]
    words = clause_tail(before).split()[-TENSE_WORDS:]  # not across a clause
    if words and deadline.fullmatch(words[-1]):
        return True
    reported = False
    for i in range(len(words) - 1, -1, -1):
        if future.fullmatch(words[i]) or i + 1 < len(words) and future.fullmatch(f"{words[i]} {words[i + 1]}"):
            return True  # a future word, or one of two ("set to resume Monday", not "set Friday as the deadline")
        reported = reported or complement is not None and bool(complement.fullmatch(words[i]))
        if not reported and past is not None and past.fullmatch(words[i]) and (i == 0 or words[i - 1] not in PASSIVE | ATTRIBUTIVE):
            return False  # "was lowered" is past; "to be lowered", "will be cut" are not
    return None


@cache
def _tense_pattern(lang: str, shared: str, own: str) -> re.Pattern | None:
    """One word that puts what follows in the future ("will", "planned", ستلتقي) or in the past ("said", أعلنت):
    the lexicon entry shared with the event rules (`future`, `past_verb`) and the one of dates alone
    (`future_words`, `past_words`)."""
    lex = load_lexicon(lang)
    clitics = "(?:[وف])?" if lang == "ar" else ""
    words = "|".join(w for w in (lex.get(shared), lex.get(own)) if w)
    return re.compile(rf"(?<!\w){clitics}(?:{words})(?!\w)") if words else None


def find_time_expressions(text: str, lang: str, reference: date | None, folded: Folded | None = None) -> list[TimeExpression]:
    """All time expressions of a text, non-overlapping, longest first, with values resolved against `reference`.

    `folded` is `fold(text)` when the caller has it already."""
    folded = folded or fold(text)
    ftext = folded.text
    lex = load_lexicon(lang)
    future, past = _tense_pattern(lang, "future", "future_words"), _tense_pattern(lang, "past_verb", "past_words")
    deadline = lexicon_regex(lang, "deadline_words", DEADLINE)
    complement = lexicon_regex(lang, "complementizer")
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
            result = rule.resolve(m, Context(reference, _is_future(ftext, m.start(), future, past, deadline,
                                                                   complement), lex, lang))
        except (OverflowError, ValueError):  # a day before year 1 or after 9999 ("tomorrow" of 9999-12-31): no date
            result = None
        if result is None:
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        start, end = _trim(text, *folded.span(m.start(), m.end()))
        found.append(TimeExpression(start, end, text[start:end], *result))
    found.sort(key=lambda t: t.start)
    return _restated_years(_anchor_following(found, lang), text, lang)


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


def _restated_years(found: list[TimeExpression], text: str, lang: str) -> list[TimeExpression]:
    """"الأحد 17-2-1437هـ الموافق 29 نوفمبر": a day restating the day before it in the other calendar
    (lexicon `restating_words`) and written without a year takes the year that puts it nearest that day."""
    between = lexicon_regex(lang, "restating_words", RESTATING)
    if between is None:
        return found
    for i in range(1, len(found)):
        before, t = found[i - 1], found[i]
        if (t.precision != "day" or before.precision != "day" or before.day is None or FOUR_DIGITS.search(fold_text(t.text))
                or not between.fullmatch(fold_text(text[before.end:t.start]))):
            continue
        days = (_safe_date(before.day.year + k, t.day.month, t.day.day) for k in (-1, 0, 1))
        found[i] = replace(t, value=min((d for d in days if d), key=lambda d: abs(d - before.day)).isoformat())
    return found


def _capitalised(text: str, folded: Folded, m: re.Match) -> bool:
    start, end = folded.span(m.start(), m.end())
    last = text[start:end].split()[-1]
    return last[:1].isupper()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the punctuation around it, with the marks its last letter carries (هـ، حالياً)."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:(/-":
        end -= 1
    while end < len(text) and LETTER_MARKS.match(text, end):
        end += 1
    return start, end


def reference_date(text: str, lang: str, published: date | None) -> tuple[date | None, str]:
    """The date relative expressions are resolved against, and where it came from.

    The publication date when known; else the latest full date written in the
    text (docs/events.md); else none.
    """
    if published:
        return published, "published"
    explicit = [t.day for t in find_time_expressions(text, lang, None) if t.precision == "day" and t.day]
    if explicit:
        return max(explicit), "latest date in text"
    return None, "none"
