"""The corpus of bad input (tests/bad_inputs.py) through `timeline extract` and `timeline ingest`, as a user runs
them: every input article ends up ok or error in the report with its reason and code, the exit status says that
something failed, no traceback reaches the user, and the events carry no markup, control characters or numbers
that cannot be troop counts."""
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date

import pytest
from bad_inputs import cases, write
from support import ROOT

from timeline.io.readers import _INVISIBLE
from timeline.store.db import Store

TEXT_FIELDS = ("sentence", "trigger", "actor", "actor_name", "location", "place", "title", "url", "article_id",
               "date_text")
MARKUP = re.compile(r"<\s*/?\s*(?:script|img|a|p|div|iframe|svg)\b|javascript:|onerror|onclick|alert\(", re.IGNORECASE)


def timeline(*args, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def by_source(lines: list[dict]) -> dict[str, list[tuple]]:
    grouped = defaultdict(list)
    for line in lines:
        grouped[line["source"]].append((line["status"], line["code"]))
    return grouped


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write(tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def extracted(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = timeline("extract", *(p for p, _ in corpus), "--date", "2020-03-01", "--all-columns",
                      "-o", out / "events.jsonl", "--report", out / "report.jsonl")
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    report = [json.loads(line) for line in (out / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, events, report


def test_extract_reports_every_article_of_every_bad_input_with_its_code(corpus, extracted):
    result, _, report = extracted
    got = by_source(report)
    for path, case in corpus:
        assert tuple(got.pop(str(path))) == case.outcome, case.what
    assert not got
    assert all(line["error"] for line in report if line["status"] == "error")


def test_extract_exit_status_and_no_traceback(extracted):
    result, _, report = extracted
    assert result.returncode == 1  # some inputs failed
    assert "Traceback" not in result.stderr and result.stderr.count("\n") >= sum(r["status"] == "error" for r in report)


def test_events_carry_no_markup_control_characters_or_impossible_values(extracted):
    _, events, _ = extracted
    assert len(events) > 20
    for event in events:
        for field in TEXT_FIELDS:
            value = event.get(field) or ""
            assert not MARKUP.search(value), (field, value)
            assert not _INVISIBLE.search(value) and "\r" not in value, (field, value)
        for field in ("date", "end_date", "target_date", "published"):
            assert event[field] is None or date.fromisoformat(event[field][:10])
        for field in ("quantity", "troops_from", "troops_to"):
            assert event[field] is None or 0 <= event[field] <= 10_000_000


def test_numbers_that_cannot_be_troop_counts_are_empty_with_a_warning(extracted):
    _, events, report = extracted
    numbers = [e for e in events if e["article_id"].startswith("numbers-")]
    assert {e["lang"] for e in numbers} == {"ar", "en"} and len(numbers) == 3
    assert all(e["quantity"] is None and e["troops_from"] is None for e in numbers)
    lines = [r for r in report if r["article_id"].startswith("numbers-")]
    assert [(r["status"], len(r["warnings"])) for r in lines] == [("ok", 2), ("ok", 1)]
    assert all(w.startswith("E305 ") for r in lines for w in r["warnings"])


def test_a_run_of_good_inputs_exits_0(corpus, tmp_path):
    good = [p for p, c in corpus if all(status == "ok" for status, _ in c.outcome)]
    assert len(good) > 8
    result = timeline("extract", *good, "--date", "2020-03-01", "-o", tmp_path / "e.jsonl")
    assert (result.returncode, result.stderr.count("E305")) == (0, 3)


def test_ingest_stores_or_reports_every_article(corpus, tmp_path):
    db = tmp_path / "store.duckdb"
    result = timeline("ingest", *(p for p, _ in corpus), "--date", "2020-03-01", "--db", db,
                      "--report", tmp_path / "report.jsonl")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = [json.loads(line) for line in (tmp_path / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert dict(by_source(report)) == {str(p): list(c.outcome) for p, c in corpus}
    with Store.open(db) as store:
        stored = by_source([{"source": r.source, "status": r.status, "code": r.code} for r in store.report()])
        assert {s: sorted(v, key=str) for s, v in stored.items()} == {
            str(p): sorted(c.outcome, key=str) for p, c in corpus}  # each article in the store, once
        assert store.totals()["mentions"] == sum(r["events"] for r in report)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """The inputs of megabytes, written at test time."""
    return write(tmp_path_factory.mktemp("big"), big=True)


def test_big_inputs_are_errors_at_once_with_the_default_limits(big, tmp_path):
    paths = [(p, c) for p, c in big if c.big]
    started = time.monotonic()
    result = timeline("extract", *(p for p, _ in paths), "-o", tmp_path / "e.jsonl", "--report", tmp_path / "r.jsonl")
    took = time.monotonic() - started
    report = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert dict(by_source(report)) == {str(p): list(c.outcome) for p, c in paths}
    assert result.returncode == 1 and "TIMELINE_MAX_ARTICLE_CHARS" in result.stderr and took < 60


def test_a_5_mb_line_stops_at_the_time_limit_when_the_size_limit_is_off(big, tmp_path):
    (line,) = [p for p, c in big if c.name == "long-line.txt"]
    started = time.monotonic()
    result = timeline("extract", line, "--date", "2020-03-01", "-o", tmp_path / "e.jsonl",
                      env={"TIMELINE_MAX_ARTICLE_CHARS": "0", "TIMELINE_PARSE_SECONDS": "2"})
    assert result.returncode == 1 and "E402" not in result.stdout
    assert "parsing took longer than the limit of 2 s (TIMELINE_PARSE_SECONDS)" in result.stderr
    assert time.monotonic() - started < 30


def test_a_bad_setting_stops_the_run_before_reading(corpus):
    result = timeline("extract", corpus[0][0], env={"TIMELINE_PARSE_SECONDS": "soon"})
    assert result.returncode == 2 and "TIMELINE_PARSE_SECONDS='soon' is not a number" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unexpected_failure_is_one_line_not_a_traceback(tmp_path):
    result = timeline("extract", ROOT / "data" / "seed-iraq-2020-11.txt", "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert result.returncode == 1 and "Traceback" not in result.stderr and "No such file or directory" in result.stderr


def test_every_case_is_listed_in_the_closing_table():
    doc = (ROOT / "docs" / "hostile-input.md").read_text(encoding="utf-8")
    assert all(case.what in doc for case in cases(big=True))
