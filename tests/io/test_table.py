import pandas as pd
from support import DATA, mention

from timeline.io.table import events_table, from_frame, load_table, to_frame
from timeline.schema import COLUMNS, NAMES


def sample():
    return mention(article_id="a", event_type="withdrawal", date="2020-11-17", date_precision="day", status="scheduled",
                   quantity=700, troops_from=3200, troops_to=2500, sentence="خفض عدد القوات من 3200 إلى 2500",
                   sentence_start=0, lang="ar", trigger="خفض")


def test_every_column_has_its_declared_dtype():
    frame = to_frame([sample()])
    assert list(frame.columns) == list(NAMES)
    for column in COLUMNS:
        dtype = frame[column.name].dtype
        assert (isinstance(dtype, pd.CategoricalDtype) if column.kind == "category" else str(dtype) == column.dtype), column
    assert frame["troops_to"].iloc[0] == 2500 and pd.isna(frame["actor"].iloc[0])


def test_an_empty_table_has_the_schema():
    empty = to_frame([])
    assert list(empty.columns) == list(NAMES) and len(empty) == 0 and str(empty["date"].dtype) == "datetime64[ns]"


def test_frame_rows_come_back_as_the_same_mentions():
    assert list(from_frame(to_frame([sample()]))) == [sample()]


def test_dates_no_frame_can_hold_become_missing():
    frame = to_frame([mention(event_type="meeting", sentence="x", date="9999-01-01")])
    assert frame["date"].isna().all()  # beyond pandas' nanosecond range


def test_events_table_accounts_for_every_input(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text('{"id": "1", "date": "2020-11-17", "text": "The army withdrew its troops today."}\nnot json\n')
    frame, report = events_table([good])
    assert [r.status for r in report] == ["ok", "error"] and sum(r.events for r in report) == len(frame) > 0
    assert str(frame["date"].dtype) == "datetime64[ns]"


def test_demo_data_loads_articles_and_curated_events():
    frame, report = load_table([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
    assert [r.status for r in report] == ["ok"]
    assert set(frame["article_id"]) >= {"seed-iraq-2020-11.txt", "curated-01"}
    seed = frame[frame["article_id"] == "seed-iraq-2020-11.txt"]
    assert (seed["date_reference"] == "latest date in text").all()
    assert frame["url"].notna().sum() >= 10


def test_a_missing_events_file_is_reported_not_raised(tmp_path):
    frame, report = load_table([tmp_path / "gone.jsonl"])
    assert len(frame) == 0 and [r.code for r in report] == ["E101"]
