"""Dates as people read them, and the evidence card of one event: its sentence in its own script and direction,
with its source. Every text from input is escaped here (html.escape): a title or an id is never markup.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

import pandas as pd

UNCERTAIN_REFERENCE = "latest date in text"  # model.DATE_REFERENCES: the article gave no publication date
UNCERTAIN_NOTE = "date uncertain: counted from a guessed reference (the article gave no publication date)"
IMPORTED = {"gdelt": "imported from GDELT", "acled": "imported from ACLED", "file": "imported from an events file"}


def imported_note(origin) -> str:
    """How an event that timeline did not parse says where it comes from (model.ORIGINS); empty for parsed."""
    return IMPORTED.get(str(origin), "")
COLORS = {"withdrawal": "#d62728", "deployment": "#1f77b4", "announcement": "#595959",
               "meeting": "#2ca02c", "agreement": "#9467bd"}


def _day(value) -> date:
    return pd.Timestamp(value).date()


def date_label(value, precision: str) -> str:
    """A date as precisely as it is known: "17 Nov 2020", "March 2015 (month)", "2015 (year)", "undated"."""
    if value is None or pd.isna(value):
        return "undated"
    day = _day(value)
    if precision == "month":
        return f"{day:%B %Y} (month)"
    if precision == "year":
        return f"{day:%Y} (year)"
    return f"{day.day} {day:%b %Y}"


def period_end(value, precision: str) -> date:
    """The day after the period that starts on `value`: a day, a week, a month or a year."""
    day = _day(value)
    if precision == "year":
        return date(day.year + 1, 1, 1)
    if precision == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return day + timedelta(days=7 if precision == "week" else 1)


def period_label(value, bucket: str) -> str:
    """A period of the counts view: "17 Nov 2020", "week of 16 Nov 2020", "November 2020", "2020"."""
    day = _day(value)
    return {"day": f"{day.day} {day:%b %Y}", "week": f"week of {day.day} {day:%b %Y}",
            "month": f"{day:%B %Y}", "year": f"{day:%Y}"}[bucket]


def is_uncertain(row) -> bool:
    return str(row.get("date_reference")) == UNCERTAIN_REFERENCE


def _text(value) -> str:
    """A value from input as safe HTML text; missing values are blank."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else html.escape(str(value))


def _direction(lang) -> tuple[str, str]:
    return ('dir="rtl" lang="ar"', "right") if lang == "ar" else ('dir="ltr" lang="en"', "left")


def numbers_text(row) -> str:
    """The troop numbers an event states: "700 troops · from 3,200 to 2,500"."""
    parts = []
    if pd.notna(row.get("quantity")):
        parts.append(f"{int(row['quantity']):,} troops")
    before, after = row.get("troops_from"), row.get("troops_to")
    if pd.notna(before) and pd.notna(after):
        parts.append(f"from {int(before):,} to {int(after):,}")
    elif pd.notna(after):
        parts.append(f"to {int(after):,}")
    elif pd.notna(before):
        parts.append(f"from {int(before):,}")
    return " · ".join(parts)


def evidence_html(row: pd.Series) -> str:
    """The evidence card of one event (the desk's): what, when, who, where, the sentence, the source."""
    direction, align = _direction(row.get("lang"))
    when = date_label(row["date"], str(row["date_precision"]))
    title = _text(row["title"]) or _text(row["article_id"])
    url = _text(row["url"])
    link = (f' · <a href="{url}" target="_blank" rel="noopener noreferrer">source</a>'
            if url.startswith(("http://", "https://")) else "")  # never a javascript: address
    published = (f" · published {row['published']:%Y-%m-%d}" if pd.notna(row["published"])
                 else " · no publication date")
    target = f" · deadline {row['target_date']:%Y-%m-%d}" if pd.notna(row["target_date"]) else ""
    links = " · announced in the same sentence" if pd.notna(row["announced_by"]) else ""
    if pd.notna(row["announces"]):
        links = f" · declares {len(str(row['announces']).split())} event(s)"
    articles = row.get("articles")
    if pd.notna(articles) and articles > 1:
        links += f" · reported in {int(articles)} articles"
    conflicts = row.get("conflicts")
    if isinstance(conflicts, str) and conflicts:
        links += f" · sources disagree on {html.escape(conflicts)}"
    who = " · ".join(p for p in (_text(row.get("actor_name")) or _text(row.get("actor")),
                                 _text(row.get("place")) or _text(row.get("location")), numbers_text(row)) if p)
    warning = f'<div class="uncertain">⚠ {UNCERTAIN_NOTE}</div>' if is_uncertain(row) else ""
    if imported_note(row.get("origin")):
        warning += f'<div class="imported">▲ {imported_note(row.get("origin"))}</div>'
    color = COLORS.get(str(row["event_type"]), "#999")
    return (f'<div class="evidence" style="border-left:4px solid {color};padding:0.4em 1em">'
            f'<div><b>{_text(row["event_type"])}</b> · {when} · {_text(row["status"])}{target}{links}</div>'
            f'{warning}<div>{who}</div>'
            f'<p {direction} style="text-align:{align};font-size:1.25em;line-height:1.7;margin:0.4em 0">'
            f'{_text(row["sentence"])}</p>'
            f'<div {direction} style="text-align:{align}">{title}</div>'
            f'<div style="color:#666">{_text(row["article_id"])}{published}{link}</div></div>')


def story_card_html(row: pd.Series, step: int, steps: int) -> str:
    """The large card of a presentation's step: date, type, actor, numbers, the evidence in its own script
    and direction, the source. Sizes come from the page's CSS (the presentation's size setting)."""
    direction, align = _direction(row.get("lang"))
    who = " · ".join(p for p in (_text(row.get("actor_name")) or _text(row.get("actor")),
                                 _text(row.get("place")) or _text(row.get("location"))) if p)
    numbers = numbers_text(row)
    source = " · ".join(p for p in (_text(row["title"]) or _text(row["article_id"]),
                                    f"{row['published']:%d %b %Y}" if pd.notna(row["published"]) else "") if p)
    color = COLORS.get(str(row["event_type"]), "#999")
    warning = f'<div class="story-uncertain">⚠ {UNCERTAIN_NOTE}</div>' if is_uncertain(row) else ""
    return (f'<div class="story-card" style="border-left:0.4em solid {color}">'
            f'<div class="story-head"><span class="story-date">{date_label(row["date"], str(row["date_precision"]))}'
            f'</span> <span class="story-type" style="color:{color}">{_text(row["event_type"])}</span>'
            f'<span class="story-step">{step} / {steps}</span></div>'
            f'<div class="story-who">{who}{" · " + numbers if numbers else ""}</div>{warning}'
            f'<p class="story-evidence" {direction} style="text-align:{align}">{_text(row["sentence"])}</p>'
            f'<div class="story-source" {direction} style="text-align:{align}">{source}</div></div>')
