import json
import re
import subprocess
import sys

from support import DATA, ROOT

from timeline.cli import main
from timeline.schema import EXTRACT_FIELDS


def test_extract_jsonl_fields_report_and_exit_status(tmp_path, capsys):
    out, report = tmp_path / "ev.jsonl", tmp_path / "report.jsonl"
    status = main(["extract", str(DATA / "seed-iraq-2020-11.txt"), str(tmp_path / "missing.txt"),
                   "--format", "jsonl", "--output", str(out), "--report", str(report)])
    assert status == 1  # one input could not be read
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(set(EXTRACT_FIELDS) <= set(r) for r in rows)
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [(r["status"], r["error"] is None) for r in lines] == [("ok", True), ("error", False)]
    assert lines[0]["events"] == len(rows)
    assert "missing.txt" in capsys.readouterr().err


def test_extract_csv_filters_and_zero_exit(tmp_path):
    out = tmp_path / "ev.csv"
    assert main(["extract", str(DATA / "seed-iraq-2020-11.txt"), "--format", "csv", "--output", str(out),
                 "--type", "withdrawal", "--date", "2020-11-17"]) == 0
    header, *body = out.read_text(encoding="utf-8").splitlines()
    assert header.split(",")[:2] == ["article_id", "event_type"]
    assert body and all(",withdrawal," in line for line in body)


def test_bad_usage_exits_2():
    result = subprocess.run([sys.executable, "-m", "timeline", "extract"], capture_output=True, cwd=ROOT)
    assert result.returncode == 2
    result = subprocess.run([sys.executable, "-m", "timeline", "extract", "x.txt", "--date", "yesterday"],
                            capture_output=True, cwd=ROOT)
    assert result.returncode == 2 and b"YYYY-MM-DD" in result.stderr


def test_dates_command(tmp_path):
    src = tmp_path / "a.jsonl"
    text = "Troops left on Tuesday, and talks resume next month."
    src.write_text(json.dumps({"id": "a", "date": "2020-11-17", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "t.jsonl"
    assert main(["dates", str(src), "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [("Tuesday", "DATE", "2020-11-17"), ("next month", "DATE", "2020-12")]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_streamed_rows_equal_the_table_rows(tmp_path):
    """Filtered or not, the rows written are the table's rows."""
    from timeline.io.formats import to_record
    from timeline.io.table import events_table, from_frame

    streamed, filtered = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    seed = str(DATA / "seed-iraq-2020-11.txt")
    assert main(["extract", seed, "--all-columns", "--output", str(streamed)]) == 0
    assert main(["extract", seed, "--all-columns", "--output", str(filtered), "--lang", "ar"]) == 0
    frame, _ = events_table([seed])
    expected = [to_record(m) for m in from_frame(frame)]
    for path in (streamed, filtered):
        assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == expected


def test_every_format_writes_the_same_events(tmp_path):
    """The same events in every format (CSV and Excel cannot tell an empty text from a missing one)."""
    from timeline.io.formats import FORMATS, read_events, to_record

    seed = str(DATA / "seed-iraq-2020-11.txt")
    written = {}
    for fmt in FORMATS:
        out = tmp_path / f"events.{fmt}"
        assert main(["extract", seed, "--all-columns", "--format", fmt, "--output", str(out)]) == 0
        written[fmt] = [{k: v if v != "" else None for k, v in to_record(m).items()} for m in read_events(out)]
    assert written["jsonl"] and all(rows == written["jsonl"] for rows in written.values())


def test_binary_formats_need_an_output(capsys):
    assert main(["extract", str(DATA / "seed-iraq-2020-11.txt"), "--format", "xlsx"]) == 2
    assert "--format xlsx needs --output" in capsys.readouterr().err


def test_the_alias_file_names_actors_and_a_bad_one_stops_the_run(tmp_path, monkeypatch):
    import json

    from timeline.cli import main

    article = tmp_path / "a.txt"
    article.write_text("وأعلن لواء الشمال انسحاب مقاتليه من المدينة أمس.", encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"entities": [{"name": "Northern Brigade", "kind": "armed_group",
                                                 "aliases": {"ar": ["لواء الشمال"]}}]}), encoding="utf-8")
    out = tmp_path / "ev.jsonl"
    assert main(["extract", str(article), "--date", "2021-03-02", "--all-columns", "--aliases", str(aliases), "-o", str(out)]) == 0
    assert "Northern Brigade" in {json.loads(line)["actor_name"] for line in out.read_text(encoding="utf-8").splitlines()}
    monkeypatch.setenv("TIMELINE_ALIASES", str(aliases))
    assert main(["extract", str(article), "--date", "2021-03-02", "--all-columns", "--actor", "Northern Brigade",
                 "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").strip()  # found by its common name through the environment's file
    aliases.write_text(json.dumps({"entities": [{"name": "X", "kind": "wizard"}]}), encoding="utf-8")
    assert main(["extract", str(article), "--aliases", str(aliases)]) == 2


def _many_articles(tmp_path, copies: int = 300):
    """One article file big enough that its output overflows a pipe's buffer."""
    text = (DATA / "seed-iraq-2020-11.txt").read_text(encoding="utf-8")
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "date": "2020-11-17", "text": text}) + "\n"
                            for i in range(copies)), encoding="utf-8")
    return path


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "timeline", "extract", str(_many_articles(tmp_path))], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # as `| head -1` does
    proc.stdout.close()
    error = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141  # 128 + SIGPIPE, as cat or yes under `set -o pipefail`
    assert json.loads(first)["article_id"] == "a0"
    assert error == "", error


def _on_a_terminal(args: list[str]) -> str:
    """What a command writes to standard error when that is a terminal."""
    import os
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode()


def test_progress_and_a_summary_on_a_terminal_only(tmp_path):
    many, few = str(_many_articles(tmp_path, 300)), str(_many_articles(tmp_path / "few", 20))
    shown = _on_a_terminal(["extract", many, "-o", str(tmp_path / "a.jsonl")])
    summary = shown.rstrip().split("\r\x1b[K")[-1]
    assert re.fullmatch(r"timeline: 300 articles · [\d,]+ events · 0 errors · [\d,]+ articles/s, in [\d.]+ s", summary)
    assert shown.count("articles/s") > 1  # the progress line before the summary
    assert _on_a_terminal(["extract", few, "-o", str(tmp_path / "b.jsonl"), "--quiet"]) == ""
    piped = subprocess.run([sys.executable, "-m", "timeline", "extract", few, "-o", str(tmp_path / "c.jsonl")],
                           cwd=ROOT, capture_output=True)
    assert piped.returncode == 0 and piped.stderr == b""


def _options(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {option}", help) for option, help in _options(sub))
        elif action.option_strings and action.dest != "help":
            yield action.option_strings[0], action.help


def test_every_option_has_help_and_the_help_points_to_a_shipped_file():
    from timeline.cli import EVENTS_DOC, build_parser

    missing = [option for option, help in _options(build_parser()) if not (help or "").strip()]
    assert not missing, missing
    result = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert EVENTS_DOC in result.stdout and (ROOT / EVENTS_DOC).exists()
    assert "EVENTS.md" not in result.stdout + (ROOT / "README.md").read_text(encoding="utf-8")


def test_present_writes_an_offline_story_from_the_store(tmp_path):
    db = tmp_path / "store.duckdb"
    assert main(["ingest", "--db", str(db), str(DATA / "curated-events.jsonl"), "--quiet"]) == 0
    story = tmp_path / "story.html"
    assert main(["present", "--db", str(db), "-o", str(story), "--type", "withdrawal", "--theme", "dark"]) == 0
    page = story.read_text(encoding="utf-8")
    assert '<script type="application/json" id="steps">' in page and "withdrawal" in page
    assert not re.search(r"<script[^>]+src=", page)
    assert main(["present", "--db", str(db), "-o", str(tmp_path / "none.html"), "--since", "2099-01-01"]) == 1
