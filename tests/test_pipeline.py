from timeline.pipeline import events_table, load_table

from conftest import DATA


def test_every_article_is_parsed_or_reported(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "1", "date": "2020-11-17", "text": "The army withdrew its troops from the town today."}\n'
                    '{"id": "2", "text": ""}\nnot json\n', encoding="utf-8")
    frame, report = events_table([good, tmp_path / "missing.txt", tmp_path / "x.docx"])
    assert [(r.article_id, r.status) for r in report] == [
        ("1", "ok"), ("2", "error"), ("good.jsonl:3", "error"), ("missing.txt", "error"), ("x.docx", "error")]
    assert sum(r.events for r in report) == len(frame) > 0
    assert all(r.error for r in report if r.status == "error")


def test_demo_data_loads_articles_and_curated_events():
    frame, report = load_table([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
    assert [r.status for r in report] == ["ok"]
    assert set(frame["article_id"]) >= {"seed-iraq-2020-11.txt", "curated-01"}
    seed = frame[frame["article_id"] == "seed-iraq-2020-11.txt"]
    assert (seed["date_reference"] == "latest date in text").all()
    assert frame["url"].notna().sum() >= 10
