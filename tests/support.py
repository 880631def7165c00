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
