from timeline import errors
from timeline.engine import local
from timeline.engine.local import Collector, outcome, run
from timeline.io.readers import read_inputs
from timeline.model import Article, ArticleError


def test_every_article_is_parsed_or_reported(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "1", "date": "2020-11-17", "text": "The army withdrew its troops from the town today."}\n'
                    '{"id": "2", "text": ""}\nnot json\n', encoding="utf-8")
    collected = Collector()
    tally = run(read_inputs([good, tmp_path / "missing.txt", tmp_path / "x.docx"]), [collected])
    report = collected.report
    assert [(r.article_id, r.status, r.code) for r in report] == [
        ("1", "ok", None), ("2", "error", "E301"), ("good.jsonl:3", "error", "E202"), ("missing.txt", "error", "E101"),
        ("x.docx", "error", "E103")]
    assert all(r.error for r in report if r.status == "error")
    assert (tally.articles, tally.failed, tally.rows) == (5, 4, len(collected.rows)) and report[0].events == tally.rows > 0
    row = collected.rows[0]
    assert row.event_type == "withdrawal" and row.published.isoformat() == "2020-11-17"
    assert row.date_reference == "published" and len(row.mention_id) == 16


def test_a_failing_article_is_reported_and_the_run_goes_on():
    def step(article):
        if article.id == "bad":
            raise RuntimeError("boom")
        return local.mentions(article)

    collected = Collector()
    run([Article("bad", "x"), Article("good", "Troops withdrew from the town.")], [collected], step)
    assert [(line.article_id, line.status) for line in collected.report] == [("bad", "error"), ("good", "ok")]
    assert "boom" in collected.report[0].error and collected.report[0].code == errors.PARSE_FAILED.code


def test_a_read_error_keeps_its_code():
    line, rows = outcome(ArticleError("f.txt", "f.txt", "file not found", "E101"))
    assert (line.status, line.code, rows) == ("error", "E101", [])


def test_keep_filters_rows_but_the_report_counts_all():
    collected = Collector()
    text = "The army withdrew its troops on Monday. The two ministers met in Amman on Tuesday."
    run([Article("a", text, lang="en")], [collected], keep=lambda m: m.event_type == "meeting")
    assert {m.event_type for m in collected.rows} == {"meeting"} and collected.report[0].events > len(collected.rows)
