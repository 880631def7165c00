import io
import json
from datetime import date

import pytest
from support import mention

from timeline import errors
from timeline.io import formats
from timeline.io.formats import FORMATS, dump_events, from_record, read_events, to_record, write_events
from timeline.schema import EXTRACT_FIELDS, NAMES

EVENTS = [
    mention(article_id="a", event_type="withdrawal", date="2020-11-17", date_precision="day", status="scheduled",
            quantity=700, troops_from=3200, troops_to=2500, sentence="خفض عدد القوات من 3200 إلى 2500, \"قال\"",
            sentence_start=10, sentence_end=40, lang="ar", trigger="خفض", published="2020-11-18", title="عنوان"),
    mention(article_id="b", event_type="meeting", sentence="Talks were held.\nThen more.", lang="en", actor="=1+1"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_round_trips_every_column(tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    write_events(EVENTS, path, fmt)
    assert list(read_events(path)) == EVENTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_chosen_set_of_fields_is_written_in_order(tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    write_events(EVENTS, path, fmt, EXTRACT_FIELDS)
    back = list(read_events(path))
    assert [m.quantity for m in back] == [700, None] and back[0].trigger is None  # not written
    if fmt == "jsonl":
        assert list(json.loads(path.read_text().splitlines()[0])) == list(EXTRACT_FIELDS)


def test_records_are_json_ready():
    record = to_record(EVENTS[0])
    assert list(record) == list(NAMES)
    assert record["date"] == "2020-11-17" and record["actor"] is None and record["quantity"] == 700


def test_values_of_any_file_become_the_model_kinds():
    m = from_record({"event_type": "meeting", "sentence": "x", "lang": "en", "date": "2021-03-01T00:00:00",
                     "quantity": "3200.0", "troops_to": "many", "status": "bogus", "location": "Iraq"})
    assert m.date == date(2021, 3, 1) and m.quantity == 3200 and m.troops_to is None and m.status is None
    assert m.place == "Iraq" and len(m.mention_id) == 16


def test_parquet_is_written_in_bounded_row_groups(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    monkeypatch.setattr(formats, "PARQUET_BATCH", 2)
    path = tmp_path / "e.parquet"
    writer = formats.EventWriter(path, "parquet")
    for _ in range(3):
        writer.write(EVENTS)
    writer.close()
    assert pq.ParquetFile(path).metadata.num_row_groups == 3 and len(list(read_events(path))) == 6
    assert str(pq.read_schema(path).field("date").type) == "date32[day]"


def test_excel_refuses_more_rows_than_a_sheet_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "XLSX_MAX_ROWS", 1)
    with pytest.raises(errors.TimelineError) as raised:
        write_events(EVENTS, tmp_path / "e.xlsx", "xlsx")
    assert raised.value.code == errors.TOO_MANY_ROWS.code


def test_excel_cells_drop_control_characters(tmp_path):
    write_events([mention(event_type="meeting", sentence="a\x01b", lang="en")], tmp_path / "e.xlsx", "xlsx")
    assert next(read_events(tmp_path / "e.xlsx")).sentence == "ab"


def test_downloads_are_the_bytes_of_a_file():
    assert dump_events(EVENTS, "jsonl").decode().count("\n") == 2
    assert dump_events(EVENTS, "csv").startswith(b"mention_id,article_id")
    assert dump_events(EVENTS, "xlsx")[:2] == b"PK"  # a zip, as every .xlsx is


def test_writers_leave_a_given_stream_open():
    stream = io.StringIO()
    write_events(EVENTS, stream, "jsonl")
    assert not stream.closed and len(stream.getvalue().splitlines()) == 2


@pytest.mark.parametrize("content", ['{"id": 1, "text": "an article, not an event"}\n', "[1, 2]\n"])
def test_a_file_without_events_is_a_coded_error(tmp_path, content):
    path = tmp_path / "x.jsonl"
    path.write_text(content)
    with pytest.raises(errors.TimelineError) as raised:
        list(read_events(path))
    assert raised.value.code == errors.BAD_EVENTS_FILE.code
