"""Event data researchers already hold, as mentions: a GDELT 2.0 events export, an ACLED export, an events CSV.

Each reader yields `Mention`s with the dataset as their `origin` and the
dataset's own id in `article_id` (gdelt:GLOBALEVENTID, acled:event_id_cnty), or
a coded error for a line it cannot read. Only the kinds of event this tool is
about are kept; the mappings below say which, and the README repeats them.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from .. import errors
from ..model import Mention, mention_id
from .formats import read_events

GDELT_COLUMNS = 61  # a GDELT 2.0 events export: 61 tab-separated columns, no header
GDELT = {"id": 0, "day": 1, "actor1": 6, "actor2": 16, "code": 26, "action_place": 52, "added": 59, "url": 60}
# CAMEO codes (the start of EventCode) -> (event type, status): the most specific prefix wins
CAMEO = {
    "0356": ("withdrawal", "scheduled"),  # express intent to de-escalate military engagement
    "0874": ("withdrawal", "completed"),  # retreat or surrender militarily
    "154": ("deployment", "completed"),  # mobilize or increase armed forces
    "036": ("meeting", "scheduled"),  # express intent to meet or negotiate
    "040": ("meeting", "completed"), "041": ("meeting", "completed"), "042": ("meeting", "completed"),
    "043": ("meeting", "completed"), "044": ("meeting", "completed"), "045": ("meeting", "completed"),
    "046": ("meeting", "completed"),  # consult, discuss by telephone, visit, host, meet, mediate, negotiate
    "057": ("agreement", "completed"),  # sign formal agreement
    "010": ("announcement", "completed"),  # make statement (011-019 are comments, denials, empathy: not ours)
}
# ACLED sub-event types -> event type (the others, such as battles and protests, are not this tool's events)
ACLED = {"Agreement": "agreement", "Headquarters or base established": "deployment",
         "Non-violent transfer of territory": "withdrawal"}
ACLED_PRECISION = {"1": "day", "2": "day", "3": "month"}  # time_precision 2 is "within a week": its day is given
DATASETS = ("gdelt", "acled", "csv")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # real exports carry C1 control characters inside place names


def read_dataset(path: str | Path, fmt: str) -> Iterator[Mention | errors.TimelineError]:
    """The mentions of an event-data file in one of DATASETS; an unreadable line is an error, the rest goes on."""
    path = Path(path)
    if not path.is_file():
        yield errors.TimelineError(errors.BAD_DATASET, file=path.name, line=0, detail=errors.NOT_FOUND.message)
        return
    if fmt == "gdelt":
        yield from _gdelt(path)
    elif fmt == "acled":
        yield from _acled(path)
    else:
        yield from read_events(path)


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).strip()


def _cameo(code: str) -> tuple[str, str] | None:
    return next((CAMEO[code[:n]] for n in (4, 3) if code[:n] in CAMEO), None)


def _gdelt(path: Path) -> Iterator[Mention | errors.TimelineError]:
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for number, line in enumerate(fh, 1):
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) != GDELT_COLUMNS:
                if number == 1 and cells[0] == "GLOBALEVENTID":
                    continue  # a header line, as in subsets people cut themselves
                yield errors.TimelineError(errors.BAD_DATASET, file=path.name, line=number,
                                           detail=f"{len(cells)} columns, not {GDELT_COLUMNS}")
                continue
            kind = _cameo(cells[GDELT["code"]])
            if kind is None:
                continue
            try:
                day = datetime.strptime(cells[GDELT["day"]], "%Y%m%d").date()
                added = datetime.strptime(cells[GDELT["added"]][:8], "%Y%m%d").date()
            except ValueError as exc:
                yield errors.TimelineError(errors.BAD_DATASET, file=path.name, line=number, detail=exc)
                continue
            actor, other, where = (_clean(cells[GDELT[k]]) for k in ("actor1", "actor2", "action_place"))
            event_id = cells[GDELT["id"]]
            sentence = (f"{actor or 'An actor'} ({kind[0]}, CAMEO {cells[GDELT['code']]})"
                        f"{' with ' + other if other else ''}{' in ' + where if where else ''}.")
            yield Mention(mention_id=mention_id(f"gdelt:{event_id}", 0, kind[0], cells[GDELT["code"]]),
                          article_id=f"gdelt:{event_id}", event_type=kind[0], date=day, date_precision="day",
                          status=kind[1], actor=actor or None, location=where or None,
                          place=where.split(",")[-1].strip() or None if where else None, sentence=sentence,
                          sentence_start=0, sentence_end=len(sentence), trigger=cells[GDELT["code"]], lang="en",
                          title=f"GDELT event {event_id}", url=cells[GDELT["url"]], published=added,
                          date_reference="published", source=str(path), origin="gdelt")


def _acled_day(text: str) -> date | None:
    for form in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _acled(path: Path) -> Iterator[Mention | errors.TimelineError]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"event_id_cnty", "event_date", "sub_event_type"} - set(reader.fieldnames or ())
        if missing:
            yield errors.TimelineError(errors.BAD_DATASET, file=path.name, line=1,
                                       detail=f"not an ACLED export: no {', '.join(sorted(missing))} column")
            return
        for number, row in enumerate(reader, 2):
            event_type = ACLED.get((row.get("sub_event_type") or "").strip())
            if event_type is None:
                continue
            day = _acled_day(row.get("event_date") or "")
            if day is None:
                yield errors.TimelineError(errors.BAD_DATASET, file=path.name, line=number,
                                           detail=f"event_date {row.get('event_date')!r} is not a date")
                continue
            notes = _clean(row.get("notes") or "") or f"{row.get('sub_event_type')} ({row.get('event_type')})."
            event_id = row["event_id_cnty"]
            yield Mention(mention_id=mention_id(f"acled:{event_id}", 0, event_type, row["sub_event_type"]),
                          article_id=f"acled:{event_id}", event_type=event_type, date=day,
                          date_precision=ACLED_PRECISION.get((row.get("time_precision") or "1").strip(), "day"),
                          status="completed", actor=_clean(row.get("actor1") or "") or None,
                          location=_clean(row.get("location") or "") or None,
                          place=_clean(row.get("country") or "") or None, sentence=notes, sentence_start=0,
                          sentence_end=len(notes), trigger=row["sub_event_type"], lang="en",
                          title=f"ACLED event {event_id}: {row.get('source') or ''}".strip(),
                          published=day, date_reference="published", source=str(path), origin="acled")
