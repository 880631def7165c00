"""What tests share: paths to the demo data and to ../shared (skipping where it is absent), and event builders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.io.formats import from_record
from timeline.model import Event, Mention

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip: a user's fresh clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only on the development machines)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def mention(**fields) -> Mention:
    """A mention from the fields a test cares about; the rest missing, the id made as for any events file."""
    fields.setdefault("sentence", "")
    fields.setdefault("lang", "en")
    return from_record(fields)


def frame(*records: dict):
    """An events table of mentions built from records."""
    from timeline.io.table import to_frame

    return to_frame(mention(**r) for r in records)


def event(**fields) -> Event:
    """A merged event from the fields a test cares about; the rest missing."""
    fields.setdefault("sentence", "")
    fields.setdefault("lang", "en")
    fields.setdefault("article_id", "a")
    fields.setdefault("event_id", f"e{abs(hash(tuple(sorted(map(str, fields.items()))))) % 10**8}")
    return from_record(fields, Event)


def events_frame(*records: dict):
    """A table of merged events built from records."""
    from timeline.io.table import to_frame

    return to_frame((event(**r) for r in records), Event)


def invented_articles(n: int, seed: int = 14) -> str:
    """n articles as JSONL, written for tests (no corpus text), each with a withdrawal and a meeting on its own
    day, in varied places: for load and fault tests that need many distinct articles."""
    import random
    from datetime import date, timedelta

    rng = random.Random(seed)
    places = ["Iraq", "Syria", "Afghanistan", "Mali", "Niger", "Somalia", "Yemen", "Libya"]
    cities = ["Kirkuk", "Raqqa", "Kabul", "Gao", "Niamey", "Mogadishu", "Aden", "Tripoli"]
    states = ["France", "Germany", "Italy", "Spain", "Turkey", "Jordan", "Egypt", "Kenya"]
    lines = []
    for i in range(n):
        day = date(2019, 1, 1) + timedelta(days=i)
        place, city, a, b = rng.choice(places), rng.choice(cities), *rng.sample(states, 2)
        text = (f"The defence ministry of {a} announced on {day:%d %B %Y} that {rng.randint(2, 90) * 10} soldiers "
                f"withdrew from {city} in {place}. The foreign ministers of {a} and {b} met in {city} on "
                f"{day:%d %B %Y} to discuss the handover of the base.")
        lines.append(json.dumps({"id": f"invented-{i}", "date": day.isoformat(), "title": f"Report {i}", "text": text}))
    return "\n".join(lines) + "\n"


APP_TIMEOUT = 180  # seconds for one run of the app under AppTest (the first builds the store)


def start_app(monkeypatch, tmp_path, *args: str, query: dict | None = None, secrets: dict | None = None, **env: str):
    """The app under Streamlit's AppTest on a store of its own in tmp_path (the demo, or --data ...), opened at
    an address with `query`, with these secrets and environment variables; checked to have run without an
    exception."""
    import sys

    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "store.duckdb"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "argv", ["app.py", *args])
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params.update(query or {})
    for name, value in (secrets or {}).items():
        at.secrets[name] = value
    at.run()
    assert not at.exception, at.exception
    return at


def app_status(at) -> str:
    """The app's status line (how many events match, of how many)."""
    return next(m.value for m in at.markdown if "events**" in m.value)


def shown_and_total(at) -> tuple[int, int]:
    """(matching, total) from the app's status line."""
    numbers = [int(w.replace(",", "")) for w in app_status(at).replace("*", " ").split() if w.replace(",", "").isdigit()]
    return numbers[0], numbers[1]
