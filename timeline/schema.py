"""The columns of the tables, derived from the one declaration of each record (`model.Mention`, `model.Event`).

Pure Python (no pandas), so that streaming extraction starts fast. The tables'
dtypes, the file formats, the store's SQL tables and the README's column tables
all read these.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from .model import Event, Mention

PANDAS_DTYPES = {"text": "string", "category": "category", "date": "datetime64[ns]", "count": "Int64"}


@dataclass(frozen=True)
class Column:
    """One column of the events table: a field of `Mention` with its kind and meaning."""

    name: str
    kind: str  # text, category, date, count (model.KINDS)
    meaning: str
    categories: tuple[str, ...]
    contract: bool  # written by `timeline extract` by default (docs/events.md)

    @property
    def dtype(self) -> str:
        """Its pandas dtype."""
        return PANDAS_DTYPES[self.kind]


def columns_of(record_class: type) -> tuple[Column, ...]:
    """The columns of a record class declared with `model.column`."""
    return tuple(Column(f.name, f.metadata["kind"], f.metadata["meaning"], f.metadata["categories"],
                        f.metadata["contract"]) for f in fields(record_class))


@cache
def columns_by_name(record_class: type) -> dict[str, Column]:
    return {c.name: c for c in columns_of(record_class)}


COLUMNS = columns_of(Mention)  # one row per mention: what extraction gives
NAMES = tuple(c.name for c in COLUMNS)
BY_NAME = {c.name: c for c in COLUMNS}
EXTRACT_FIELDS = tuple(c.name for c in COLUMNS if c.contract)
EVENT_COLUMNS = columns_of(Event)  # one row per real-world event: what the store gives
EVENT_NAMES = tuple(c.name for c in EVENT_COLUMNS)


def markdown_table(columns: tuple[Column, ...] = COLUMNS) -> str:
    """A README table of columns."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in columns]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m timeline.schema: the tables to paste into the README
    print(markdown_table(COLUMNS), markdown_table(EVENT_COLUMNS), sep="\n\n")
