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
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Callable

from hijridate import Hijri

from .lexicon import load_lexicon
from .model import TimeExpression
from .numbers import word_number
from .text import fold

Resolver = Callable[[re.Match, "Context"], "tuple[str, str, str] | None"]


@dataclass(frozen=True)
class Context:
    """What a rule needs besides its match: the reference date, tense and the lexicon."""

    reference: date | None
    future: bool
    lex: dict


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver


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


def _nearest_year(ref: date, month: int, day: int = 1) -> int:
    """The year that puts month/day closest to the reference (a news date rarely lies half a year away)."""
    best = ref.year
    for year in (ref.year - 1, ref.year + 1):
        candidate, current = _safe_date(year, month, min(day, 28)), _safe_date(best, month, min(day, 28))
        if candidate and current and abs((candidate - ref).days) < abs((current - ref).days):
            best = year
    return best


def _weekday(ref: date, weekday: int, future: bool, shift: int = 0) -> date:
    """The weekday nearest the reference: on or before it for the past, after it for the future."""
    if shift > 0 or (future and shift == 0):
        delta = (weekday - ref.weekday()) % 7 or 7
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


def _duration(n: int | None, unit: str) -> tuple[str, str, str]:
    amount = "X" if n is None else str(n)
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


# ---- English rules -------------------------------------------------------------

@cache
def _english_rules() -> tuple[Rule, ...]:
    lex = load_lexicon("en")
    months = _alternation(lex["months"])
    full_months = _alternation(m for m in lex["months"] if len(m) > 3 and m != "may")
    weekdays = _alternation(lex["weekdays"])
    units = _alternation(lex["units"])
    numbers = _alternation(lex["number_words"])
    vague_numbers = _alternation(lex["vague_numbers"])
    shifts = _alternation(lex["shift_words"])
    ordinals = _alternation(lex["ordinal_words"])
    seasons = _alternation(lex["seasons"])
    parts = _alternation(lex["period_parts"])
    day_words = _alternation(lex["day_words"])
    day_parts = _alternation(lex["day_parts"])
    year = r"(?:1[5-9]\d\d|20\d\d)"

    def month_of(m: re.Match) -> int:
        return lex["months"][m.group("month").rstrip(".")]

    def full_date(m: re.Match, ctx: Context):
        month, day = month_of(m), int(m.group("day"))
        y = int(m.group("year")) if m.group("year") else (ctx.reference and _nearest_year(ctx.reference, month, day))
        if not y:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", "none"
        d = _safe_date(y, month, day)
        return _day_value(d) if d else None

    def month_year(m: re.Match, ctx: Context):
        return _month_value(int(m.group("year")), month_of(m))

    def month_alone(m: re.Match, ctx: Context):
        month = month_of(m)
        if not ctx.reference:
            return "DATE", f"XXXX-{month:02d}", "none"
        return _month_value(_nearest_year(ctx.reference, month), month)

    def numeric_date(m: re.Match, ctx: Context):
        if m.group("iso_y"):
            d = _safe_date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        else:
            d = _safe_date(int(m.group("y")), int(m.group("a")), int(m.group("b")))
        return _day_value(d) if d else None

    def year_only(m: re.Match, ctx: Context):
        return _year_value(int(m.group("year")))

    def decade(m: re.Match, ctx: Context):
        return "DATE", m.group("decade")[:3], "none"

    def weekday(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        shift = lex["shift_words"].get(m.group("wshift") or "", 0)
        d = _weekday(ctx.reference, lex["weekdays"][m.group("weekday").rstrip(".")], ctx.future, shift)
        part = m.group("wpart")
        if part:
            return "TIME", f"{d.isoformat()}T{lex['day_parts'][part]}", "day"
        return _day_value(d)

    def day_word(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        d = ctx.reference + timedelta(days=lex["day_words"][m.group("dayword")])
        part = m.group("dpart")
        if m.group("dayword") == "tonight":
            return "TIME", f"{d.isoformat()}TNI", "day"
        if part:
            return "TIME", f"{d.isoformat()}T{lex['day_parts'][part]}", "day"
        return _day_value(d)

    def shifted_unit(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        return _shifted(ctx.reference, lex["units"][m.group("sunit")], lex["shift_words"][m.group("shift")])

    def earlier_this(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        return _shifted(ctx.reference, lex["units"][m.group("eunit")], 0)

    def ago(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        n = _number(m.group("agon"), lex)
        unit = lex["units"][m.group("agounit")]
        if n is None:
            return "DATE", "PAST_REF", "none"
        if unit == "D":
            return _day_value(ctx.reference - timedelta(days=n))
        if unit == "W":
            return _shifted(ctx.reference, "W", -n)
        if unit == "M":
            return _shifted(ctx.reference, "M", -n)
        if unit == "Y":
            return _year_value(ctx.reference.year - n)
        return None

    def duration(m: re.Match, ctx: Context):
        raw = m.group("dn")
        n = None if re.fullmatch(vague_numbers, raw) else _number(raw, lex)
        return _duration(n, lex["units"][m.group("dunit")])

    def plural_duration(m: re.Match, ctx: Context):
        return _duration(None, lex["units"][m.group("punit")])

    def quarter(m: re.Match, ctx: Context):
        q = lex["ordinal_words"][m.group("qord")]
        y = int(m.group("qyear")) if m.group("qyear") else (ctx.reference.year if ctx.reference else None)
        return ("DATE", f"{y:04d}-Q{q}", "year") if y else ("DATE", f"XXXX-Q{q}", "none")

    def season(m: re.Match, ctx: Context):
        code = lex["seasons"][m.group("season")]
        shift = lex["shift_words"].get(m.group("sshift") or "", 0)
        if m.group("syear"):
            return "DATE", f"{m.group('syear')}-{code}", "year"
        if not ctx.reference:
            return None
        return "DATE", f"{ctx.reference.year + shift:04d}-{code}", "year"

    def vague(m: re.Match, ctx: Context):
        return "DATE", lex["vague"][m.group("vague")], "none"

    def set_word(m: re.Match, ctx: Context):
        return "SET", lex["set_words"][m.group("setw")], "none"

    def every(m: re.Match, ctx: Context):
        unit = lex["units"][m.group("eu")]
        return "SET", f"P1{unit}" if unit not in ("H", "MIN") else f"PT1{'H' if unit == 'H' else 'M'}", "none"

    def part_of(m: re.Match, ctx: Context):
        if m.group("pyear2"):
            return _year_value(int(m.group("pyear2")))
        if m.group("pmonth"):
            month = lex["months"][m.group("pmonth").rstrip(".")]
            if m.group("pyear"):
                return _month_value(int(m.group("pyear")), month)
            return month_alone_value(month, ctx)
        if not ctx.reference:
            return None
        return _shifted(ctx.reference, lex["units"][m.group("punit2")], lex["shift_words"].get(m.group("pshift") or "this", 0))

    def month_alone_value(month: int, ctx: Context):
        if not ctx.reference:
            return "DATE", f"XXXX-{month:02d}", "none"
        return _month_value(_nearest_year(ctx.reference, month), month)

    def clock(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        hour, minute = int(m.group("hh")), int(m.group("mm") or 0)
        if m.group("ampm") and m.group("ampm").startswith("p") and hour < 12:
            hour += 12
        if hour > 23 or minute > 59:
            return None
        return "TIME", f"{ctx.reference.isoformat()}T{hour:02d}:{minute:02d}", "day"

    month_tail = rf"(?P<month>{months})\.?"
    rules = [
        ("numeric", rf"(?<![\d/])(?:(?P<iso_y>{year})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)|(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{year}))(?![\d/])", numeric_date),
        ("month_day", rf"\b{month_tail}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{year})\b)?", full_date),
        ("day_month", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_tail}(?:,?\s+(?P<year>{year})\b)?", full_date),
        ("month_year", rf"\b{month_tail},?\s+(?:of\s+)?(?P<year>{year})\b", month_year),
        ("part_of", rf"\b(?:(?:the\s+)?(?:{parts})(?:\s+of|-)?\s+(?:the\s+)?)(?:(?P<pmonth>{full_months}|may)(?:\s+(?P<pyear>{year}))?|(?P<pyear2>{year})|(?P<pshift>{shifts})?\s*(?P<punit2>year|month|week|decade))\b", part_of),
        ("month_alone", rf"\b(?:(?<=in )|(?<=since )|(?<=until )|(?<=by )|(?<=last )|(?<=next )|(?<=this )|(?<=early )|(?<=late )|(?<=mid-))?(?P<month>{full_months})\b", month_alone),
        ("decade", rf"\b(?:the\s+)?(?:(?:early|mid|late)-?\s*)?(?P<decade>(?:1[5-9]|20)\d0)'?s\b", decade),
        ("year", rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bof )|(?<=\bbefore )|(?<=\bafter )|(?<=\bduring )|(?<=\bfrom )|(?<=\bto )|(?<=\bfiscal )|(?<=\bthe )|(?<=\byear )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bthrough )|(?<=\bin early )|(?<=\bin late ))(?P<year>{year})\b(?!\s*(?:{lex['troop_nouns']}|people|%|percent))(?![,.]\d)", year_only),
        ("weekday", rf"\b(?:(?P<wshift>last|next|this|past|coming)\s+)?(?P<weekday>{weekdays})\b(?!\.?\s*\d)(?:\s+(?P<wpart>{day_parts}))?", weekday),
        ("day_word", rf"\b(?P<dayword>{day_words})\b(?:\s*(?:'s)?\s+(?P<dpart>{day_parts}))?", day_word),
        ("earlier_this", rf"\b(?:earlier|later)\s+this\s+(?P<eunit>year|month|week)\b", earlier_this),
        ("shifted", rf"\b(?:the\s+)?(?P<shift>{shifts})\s+(?P<sunit>year|month|week|quarter|weekend|decade)\b", shifted_unit),
        ("ago", rf"\b(?P<agon>\d+|{numbers}|{vague_numbers})[\s-]+(?P<agounit>{units})\s+(?:ago|earlier)\b", ago),
        ("quarter", rf"\b(?:the\s+)?(?:(?P<qyear>{year})\s+)?(?P<qord>{ordinals})[\s-]quarter\b", quarter),
        ("season", rf"\b(?:(?P<sshift>last|next|this)\s+)?(?P<season>{seasons})(?:\s+(?:of\s+)?(?P<syear>{year}))?\b", season),
        ("every", rf"\b(?:every|each|per|a)\s+(?P<eu>day|week|month|year|hour)\b", every),
        ("set_word", rf"\b(?P<setw>{_alternation(lex['set_words'])})\b", set_word),
        ("duration", rf"\b(?:the\s+(?:past|last|next|first|coming)\s+)?(?P<dn>\d+|{numbers}|{vague_numbers})[\s-]+(?P<dunit>{units})(?:-long|-old)?\b", duration),
        ("plural_duration", rf"\b(?P<punit>years|months|weeks|days|hours|decades)\b(?!\s+(?:ago|earlier|later))", plural_duration),
        ("clock", r"\b(?P<hh>\d{1,2})(?::(?P<mm>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)", clock),
        ("vague", rf"\b(?P<vague>{_alternation(lex['vague'])})\b", vague),
    ]
    return tuple(Rule(name, re.compile(pattern), fn) for name, pattern, fn in rules)


# ---- Arabic rules --------------------------------------------------------------

@cache
def _arabic_rules() -> tuple[Rule, ...]:
    lex = load_lexicon("ar")
    months = _alternation(lex["months"])
    unambiguous_months = _alternation(m for m in lex["months"] if len(m) > 3 or " " in m)
    hijri_months = _alternation(lex["hijri_months"])
    weekdays = _alternation(lex["weekdays"])
    units = _alternation(lex["units"])
    numbers = _alternation(lex["number_words"])
    shifts = _alternation(lex["shift_words"])
    parts = _alternation(lex["period_parts"])
    ordinal_days = _alternation(lex["ordinal_days"])
    day_words = _alternation(lex["day_words"])
    g_mark = rf"(?:\s*(?:{lex['gregorian_marker']})(?!\w))?"
    h_mark = rf"\s*(?:{lex['hijri_marker']})(?!\w)"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    alt_month = rf"(?:\s*[(/]\s*(?:{months})\s*\)?)?"
    b = r"(?<!\w)"
    e = r"(?!\w)"

    def month_of(name: str) -> int:
        return lex["months"][name]

    def day_month(m: re.Match, ctx: Context):
        month, day = month_of(m.group("month")), int(m.group("day")) if m.group("day") else lex["ordinal_days"][m.group("oday")]
        if m.group("year"):
            y = int(m.group("year"))
        elif ctx.reference:
            y = _nearest_year(ctx.reference, month, day)
        else:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", "none"
        d = _safe_date(y, month, day)
        return _day_value(d) if d else None

    def month_year(m: re.Match, ctx: Context):
        return _month_value(int(m.group("year")), month_of(m.group("month")))

    def month_alone(m: re.Match, ctx: Context):
        month = month_of(m.group("month") or m.group("month2"))
        shift = m.group("mshift")
        if not ctx.reference:
            return "DATE", f"XXXX-{month:02d}", "none"
        if shift in ("الحالي", "الجاري"):
            return _month_value(ctx.reference.year, month)
        return _month_value(_nearest_year(ctx.reference, month), month)

    def numeric(m: re.Match, ctx: Context):
        if m.group("ry"):
            d = _safe_date(int(m.group("ry")), int(m.group("rm")), int(m.group("rd")))
        else:
            d = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        return _day_value(d) if d else None

    def hijri_date(m: re.Match, ctx: Context):
        d = hijri_to_gregorian(int(m.group("hy")), lex["hijri_months"][m.group("hmonth")], int(m.group("hd")))
        return _day_value(d) if d else None

    def hijri_year(m: re.Match, ctx: Context):
        d = hijri_to_gregorian(int(m.group("hy")), 1, 1)
        return _year_value(d.year) if d else None

    def year_only(m: re.Match, ctx: Context):
        return _year_value(int(m.group("year") or m.group("year2")))

    def weekday(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        shift = lex["shift_words"].get(m.group("wshift") or "", 0)
        return _day_value(_weekday(ctx.reference, lex["weekdays"][m.group("weekday")], ctx.future, shift))

    def day_word(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        return _day_value(ctx.reference + timedelta(days=lex["day_words"][m.group("dayword")]))

    def shifted_unit(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        return _shifted(ctx.reference, lex["units"][m.group("sunit")], lex["shift_words"][m.group("shift")])

    def plural_shift(m: re.Match, ctx: Context):
        return "DATE", "FUTURE_REF" if m.group("pshift") in ("المقبلة", "القادمة") else "PAST_REF", "none"

    def part_of(m: re.Match, ctx: Context):
        if m.group("pmonth"):
            month = month_of(m.group("pmonth"))
            if m.group("pyear"):
                return _month_value(int(m.group("pyear")), month)
            return _month_value(_nearest_year(ctx.reference, month), month) if ctx.reference else None
        if m.group("pyear2"):
            return _year_value(int(m.group("pyear2")))
        if not ctx.reference:
            return None
        return _shifted(ctx.reference, lex["units"][m.group("punit")], lex["shift_words"].get(m.group("pshift") or "", 0))

    def duration(m: re.Match, ctx: Context):
        unit_word = m.group("dunit")
        if not m.group("dn") and unit_word not in lex["dual_units"]:
            return None  # a bare unit word (يوم، الشهر) is no expression by itself
        n = 2 if unit_word in lex["dual_units"] and not m.group("dn") else _number(m.group("dn") or "", lex)
        return _duration(n, lex["units"][unit_word])

    def ago(m: re.Match, ctx: Context):
        if not ctx.reference:
            return None
        n = _number(m.group("agon") or "", lex) or (2 if m.group("agounit") in lex["dual_units"] else 1)
        unit = lex["units"][m.group("agounit")]
        if unit == "D":
            return _day_value(ctx.reference - timedelta(days=n))
        if unit in ("W", "M"):
            return _shifted(ctx.reference, unit, -n)
        if unit == "Y":
            return _year_value(ctx.reference.year - n)
        return None

    def vague(m: re.Match, ctx: Context):
        return "DATE", lex["vague"][m.group("vague")], "none"

    unit_sing = "الاسبوع|الشهر|العام|السنة"
    rules = [
        ("numeric", rf"(?<![\d/])(?:(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<mo>\d{{1,2}})\s*[/.-]\s*(?P<y>{year})|(?P<ry>{year})\s*[/-]\s*(?P<rm>\d{{1,2}})\s*[/-]\s*(?P<rd>\d{{1,2}}))(?![\d/]){g_mark}", numeric),
        ("hijri_date", rf"(?<!\d)(?P<hd>\d{{1,2}})\s*/?\s*(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{hijri_months})\s*/?\s*(?:عام\s+|سنة\s+)?(?P<hy>1[34]\d\d){h_mark}", hijri_date),
        ("hijri_year", rf"(?<!\d)(?:(?:عام|العام|سنة)\s+)?(?P<hy>1[34]\d\d){h_mark}", hijri_year),
        ("day_month", rf"{b}(?:(?:يوم\s+)?(?:{weekdays})\s+)?(?:(?P<day>\d{{1,2}})|(?P<oday>{ordinal_days}))\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{months}){alt_month}(?:\s+(?:الحالي|الجاري|الماضي|المقبل))?(?:\s*(?:من\s+)?(?:عام|العام|سنة)?\s*(?P<year>{year}))?{g_mark}{e}", day_month),
        ("part_of", rf"{b}(?:{parts})\s+(?:(?:شهر\s+)?(?P<pmonth>{months}){alt_month}(?:\s+(?:عام\s+)?(?P<pyear>{year}))?|(?:عام|العام|سنة)\s+(?P<pyear2>{year})|(?P<punit>{unit_sing})(?:\s+(?P<pshift>{shifts}))?){g_mark}{e}", part_of),
        ("month_year", rf"{b}(?:شهر\s+)?(?P<month>{months}){alt_month}\s*(?:من\s+)?(?:عام|العام|سنة)?\s*(?P<year>{year}){g_mark}{e}", month_year),
        ("month_alone", rf"{b}(?:(?<=شهر\s)(?P<month>{months})|(?P<month2>{unambiguous_months})){alt_month}(?:\s+(?P<mshift>الحالي|الجاري|الماضي|المقبل))?{e}", month_alone),
        ("year", rf"{b}(?:(?:عام|العام|سنة|السنة)\s+)(?P<year>{year}){g_mark}{e}|(?<!\d)(?P<year2>{year})\s*(?:م|ميلادي|ميلادية){e}", year_only),
        ("weekday", rf"{b}(?:يوم\s+)?(?P<weekday>{weekdays})(?:\s+(?P<wshift>الماضي|المقبل|القادم))?{e}", weekday),
        ("day_word", rf"{b}(?P<dayword>{day_words}){e}(?!\s+(?:التالي|الاول|الثاني|الثالث|الذي|الوطني|العالمي|الاخير))", day_word),
        ("plural_shift", rf"{b}(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|الساعات|ساعات)\s+(?P<pshift>الماضية|المقبلة|القادمة|الاخيرة|المنصرمة){e}", plural_shift),
        ("shifted", rf"{b}(?P<sunit>{unit_sing})\s+(?P<shift>{shifts}){e}", shifted_unit),
        ("ago", rf"{b}(?:قبل|منذ)\s+(?:(?P<agon>\d+|{numbers})\s+)?(?P<agounit>{units}){e}", ago),
        ("duration", rf"{b}(?:(?P<dn>\d+|{numbers})\s+)?(?P<dunit>{units}){e}", duration),
        ("vague", rf"{b}(?P<vague>{_alternation(lex['vague'])}){e}", vague),
    ]

    return tuple(Rule(name, re.compile(pattern), fn) for name, pattern, fn in rules)


def _rules(lang: str) -> tuple[Rule, ...]:
    return _arabic_rules() if lang == "ar" else _english_rules()


@cache
def _future_pattern(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{load_lexicon(lang)['future']})(?!\w)")


def find_time_expressions(text: str, lang: str, reference: date | None) -> list[TimeExpression]:
    """All time expressions of a text, non-overlapping, longest first, with values resolved against `reference`."""
    folded = fold(text)
    ftext = folded.text
    lex = load_lexicon(lang)
    future = _future_pattern(lang)
    candidates = [(m, rule, order) for order, rule in enumerate(_rules(lang))
                  for m in rule.pattern.finditer(ftext) if m.end() > m.start()]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start(), c[2]))
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for m, rule, _ in candidates:
        if any(m.start() < t_end and m.end() > t_start for t_start, t_end in taken):
            continue
        window = ftext[max(0, m.start() - 60): m.start()]  # tense is told by the verb before the date
        result = rule.resolve(m, Context(reference, bool(future.search(window)), lex))
        if result is None:
            continue
        taken.append((m.start(), m.end()))
        start, end = _trim(text, *folded.span(m.start(), m.end()))
        found.append(TimeExpression(start, end, text[start:end], *result))
    found.sort(key=lambda t: t.start)
    return found


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
