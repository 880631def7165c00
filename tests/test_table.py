import pandas as pd

from timeline.schema import SCHEMA, event_id
from timeline.io.table import read_events, records_to_frame, to_records, write_events


def sample():
    return records_to_frame([{
        "article_id": "a", "event_type": "withdrawal", "date": "2020-11-17", "date_precision": "day",
        "status": "scheduled", "quantity": 700, "troops_from": 3200, "troops_to": 2500,
        "sentence": "خفض عدد القوات من 3200 إلى 2500", "sentence_start": 0, "lang": "ar", "trigger": "خفض",
    }])


def test_schema_dtypes():
    frame = sample()
    assert list(frame.columns) == list(SCHEMA)
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert str(frame["quantity"].dtype) == "Int64"
    assert isinstance(frame["event_type"].dtype, pd.CategoricalDtype)
    assert frame["troops_to"].iloc[0] == 2500 and pd.isna(frame["actor"].iloc[0])


def test_event_id_is_stable_and_distinct():
    assert event_id("a", 0, "withdrawal", "x") == event_id("a", 0, "withdrawal", "x")
    assert event_id("a", 0, "withdrawal", "x") != event_id("a", 0, "announcement", "x")
    assert sample()["event_id"].iloc[0] == sample()["event_id"].iloc[0]


def test_round_trip_jsonl_csv_parquet(tmp_path):
    frame = sample()
    for fmt in ("jsonl", "csv", "parquet"):
        path = tmp_path / f"events.{fmt}"
        write_events(frame, path, fmt)
        back = read_events(path)
        pd.testing.assert_frame_equal(back, frame, check_dtype=True)


def test_records_are_json_ready():
    (record,) = to_records(sample())
    assert record["date"] == "2020-11-17" and record["actor"] is None and record["quantity"] == 700


def test_events_table_accounts_for_every_input(tmp_path):
    from timeline.io.table import events_table

    good = tmp_path / "a.jsonl"
    good.write_text('{"id": "1", "date": "2020-11-17", "text": "The army withdrew its troops today."}\nnot json\n')
    frame, report = events_table([good])
    assert [r.status for r in report] == ["ok", "error"] and sum(r.events for r in report) == len(frame) > 0
    assert str(frame["date"].dtype) == "datetime64[ns]"


def test_demo_data_loads_articles_and_curated_events():
    from conftest import DATA

    from timeline.io.table import load_table

    frame, report = load_table([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
    assert [r.status for r in report] == ["ok"]
    assert set(frame["article_id"]) >= {"seed-iraq-2020-11.txt", "curated-01"}
    seed = frame[frame["article_id"] == "seed-iraq-2020-11.txt"]
    assert (seed["date_reference"] == "latest date in text").all()
    assert frame["url"].notna().sum() >= 10
