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


def test_an_article_over_the_size_limit_is_an_error_and_not_parsed():
    from timeline.limits import Limits

    parsed = []
    line, rows = outcome(Article("big", "x" * 101), lambda a: parsed.append(a) or [], Limits(article_chars=100))
    assert (line.status, line.code, rows, parsed) == ("error", "E303", [], [])
    assert "101 characters" in line.error and "TIMELINE_MAX_ARTICLE_CHARS" in line.error
    assert outcome(Article("big", "x" * 101), lambda a: [], Limits(article_chars=None))[0].status == "ok"


def test_a_parse_over_the_time_limit_is_an_error_and_the_run_goes_on():
    import time

    from timeline.limits import Limits
    from timeline.parse import watch

    def stuck(article):
        if article.id == "stuck":
            while True:  # a step that never ends, but checks its time between steps as the parser does
                watch.check()
                time.sleep(0.01)
        return local.mentions(article)

    collected = Collector()
    started = time.monotonic()
    run([Article("stuck", "x"), Article("good", "Troops withdrew from the town.")], [collected], stuck,
        limits=Limits(parse_seconds=0.3))
    assert time.monotonic() - started < 5
    assert [(r.article_id, r.status, r.code) for r in collected.report] == [("stuck", "error", "E402"),
                                                                             ("good", "ok", None)]
    assert "0.3 s" in collected.report[0].error and "TIMELINE_PARSE_SECONDS" in collected.report[0].error


def test_what_a_parse_leaves_out_is_a_warning_in_the_report():
    line, rows = outcome(Article("n", "The army withdrew 123456789012345678901234567890 troops from Iraq.", lang="en"))
    assert line.status == "ok" and rows and rows[0].quantity is None
    assert len(line.warnings) == 1 and line.warnings[0].startswith("E305 ")


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "10")
    line, _ = outcome(Article("a", "The army withdrew its troops."))
    assert line.code == "E303"
