"""The columns of the events table, derived from the one declaration of an event (`model.Mention`).

Pure Python (no pandas), so that streaming extraction starts fast. The table's
dtypes, the file formats and the README's column table all read `COLUMNS`.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from .model import Mention

PANDAS_DTYPES = {"text": "string", "category": "category", "date": "datetime64[ns]", "count": "Int64"}


@dataclass(frozen=True)
class Column:
    """One column of the events table: a field of `Mention` with its kind and meaning."""

    name: str
    kind: str  # text, category, date, count (model.KINDS)
    meaning: str
    categories: tuple[str, ...]
    contract: bool  # written by `timeline extract` by default (EVENTS.md)

    @property
    def dtype(self) -> str:
        """Its pandas dtype."""
        return PANDAS_DTYPES[self.kind]


COLUMNS: tuple[Column, ...] = tuple(
    Column(f.name, f.metadata["kind"], f.metadata["meaning"], f.metadata["categories"], f.metadata["contract"])
    for f in fields(Mention))
NAMES = tuple(c.name for c in COLUMNS)
BY_NAME = {c.name: c for c in COLUMNS}
EXTRACT_FIELDS = tuple(c.name for c in COLUMNS if c.contract)
DATE_COLUMNS = tuple(c.name for c in COLUMNS if c.kind == "date")


def markdown_table() -> str:
    """The README's table of columns."""
    lines = ["| column | dtype | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in COLUMNS]
    return "\n".join(lines)


if __name__ == "__main__":  # python -m timeline.schema: the table to paste into the README
    print(markdown_table())
