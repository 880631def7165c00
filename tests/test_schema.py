"""Everything that lists the columns derives from the model: the table, the writers, the README."""
from dataclasses import fields

import pytest
from support import mention

from timeline.io.formats import FORMATS, arrow_schema, to_record, write_events
from timeline.io.table import to_frame
from timeline.model import Mention
from timeline.schema import COLUMNS, EXTRACT_FIELDS, NAMES


def test_columns_are_the_fields_of_the_model_in_order():
    assert NAMES == tuple(f.name for f in fields(Mention))
    assert EXTRACT_FIELDS == ("article_id", "event_type", "date", "date_precision", "status", "actor", "location",
                              "quantity", "troops_from", "troops_to", "sentence", "lang")  # the EVENTS.md contract


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_writer_writes_every_column(tmp_path, fmt):
    import csv

    import pyarrow.parquet as pq
    from openpyxl import load_workbook

    path = tmp_path / f"e.{fmt}"
    write_events([mention(event_type="meeting", sentence="x")], path, fmt)
    header = {"jsonl": lambda: list(__import__("json").loads(path.read_text())),
              "csv": lambda: next(csv.reader(path.open())),
              "parquet": lambda: pq.read_schema(path).names,
              "xlsx": lambda: [c.value for c in next(load_workbook(path).active.iter_rows())]}[fmt]()
    assert tuple(header) == NAMES


def test_the_table_and_parquet_have_every_column():
    assert tuple(to_frame([]).columns) == NAMES == tuple(arrow_schema().names)
    assert tuple(to_record(mention(event_type="meeting", sentence="x"))) == NAMES
    assert len(COLUMNS) == len(NAMES)
