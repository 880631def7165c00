from timeline.engine.local import process
from timeline.io.readers import read_inputs


def test_every_article_is_parsed_or_reported(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "1", "date": "2020-11-17", "text": "The army withdrew its troops from the town today."}\n'
                    '{"id": "2", "text": ""}\nnot json\n', encoding="utf-8")
    results = list(process(read_inputs([good, tmp_path / "missing.txt", tmp_path / "x.docx"])))
    report = [line for line, _ in results]
    assert [(r.article_id, r.status) for r in report] == [
        ("1", "ok"), ("2", "error"), ("good.jsonl:3", "error"), ("missing.txt", "error"), ("x.docx", "error")]
    assert all(r.error for r in report if r.status == "error")
    assert [r.events for r in report] == [len(rows) for _, rows in results] and report[0].events > 0
    row = results[0][1][0]
    assert row["event_type"] == "withdrawal" and row["published"].isoformat() == "2020-11-17"
    assert row["date_reference"] == "published" and len(row["event_id"]) == 16


def test_a_failing_article_is_reported_and_the_run_goes_on(monkeypatch):
    from timeline.engine import local as pipeline
    from timeline.model import Article

    def broken(article):
        if article.id == "bad":
            raise RuntimeError("boom")
        return real(article)

    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", broken)
    lines = [line for line, _ in process([Article("bad", "x"), Article("good", "Troops withdrew from the town.")])]
    assert [(l.article_id, l.status) for l in lines] == [("bad", "error"), ("good", "ok")]
    assert "boom" in lines[0].error
