"""The Dask engine gives the local engine's output, whatever the workers and partitions, and survives a killed
worker. One LocalCluster of two worker processes serves the module (a cluster starts in seconds). A second
cluster in the same process can hang Dask's connections (an in-process one beside it did here), so the
one-worker run is the command line's own, in a child process."""
import io
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import types
from functools import partial

import cloudpickle
import pytest
from support import ROOT, shared_file

from timeline import errors
from timeline.cli import main
from timeline.engine import dask as engine
from timeline.engine.local import Collector, run
from timeline.io.formats import read_events
from timeline.io.partitions import EVENTS, DaskRun, parse_to_parts, part_files, plan, read_report
from timeline.io.readers import read_inputs
from timeline.parse import mentions

distributed = pytest.importorskip("distributed")
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the test's own steps travel to the workers


@pytest.fixture(scope="module")
def client():
    """Worker processes are spawned, and a spawned process first runs the parent's __main__: after the app's
    tests that is app.py (Streamlit's test runner leaves it there), so the workers get a __main__ of nothing."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
                distributed.Client(cluster) as dask_client:
            yield dask_client


def parts_events(directory):
    return [m for path in part_files(directory, EVENTS) for m in read_events(path)]


def on_dask(client, inputs, directory, part_size, step=mentions):
    """Parse on the cluster; the tally, events and report read back from the parts."""
    tally = parse_to_parts(inputs, directory, DaskRun(part_size=part_size, progress=False), step, client=client)
    return tally, parts_events(directory), list(read_report(directory))


@pytest.mark.parametrize("part_size", [16_000, 100_000, None])
def test_dask_gives_the_local_engines_events_ids_and_report(dev, client, tmp_path, part_size):
    path = shared_file("corpus", "dev.jsonl")
    tally, found, report = on_dask(client, [path], tmp_path / "out", part_size)
    assert found == dev.mentions and [m.mention_id for m in found] == [m.mention_id for m in dev.mentions]
    assert report == dev.report
    assert (tally.articles, tally.failed, tally.rows) == (len(dev.report), 0, len(dev.mentions))
    if part_size:
        assert len(part_files(tmp_path / "out", EVENTS)) == len(plan([str(path)], part_size)) > 1  # cut as asked


def test_one_worker_of_a_cluster_the_command_starts_gives_the_same(dev, tmp_path):
    """The command line's own LocalCluster, in a process of its own (one cluster per process keeps Dask sound)."""
    path, out = shared_file("corpus", "dev.jsonl"), tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", str(path), "--engine", "dask", "--workers", "1",
                           "--partition-size", "40KB", "--all-columns", "-o", str(out), "--report",
                           str(tmp_path / "report.jsonl")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "60 articles" in done.stderr and "on 1 Dask worker" in done.stderr
    assert parts_events(out) == dev.mentions and list(read_report(out)) == dev.report
    assert len(part_files(out, EVENTS)) == len(plan([str(path)], 40_000))


def test_many_files_and_bad_input_give_the_local_report(client, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    lines = [f'{{"id": "{i}", "date": "2020-11-{i + 1:02d}", "text": "The army withdrew {100 + i} troops from '
             f'the town on Monday."}}' for i in range(30)]
    (folder / "a.jsonl").write_text("\n".join(lines[:20] + ["not json", '{"id": "empty", "text": ""}']) + "\n")
    (folder / "sub" / "b.jsonl").write_text("\n".join(lines[20:]) + "\n")
    (folder / "c.txt").write_text("Troops\n\nTroops were deployed to the border yesterday.\n")
    (folder / "empty.jsonl").write_text("")
    inputs = [str(folder), str(tmp_path / "missing.jsonl")]
    expected = Collector()
    run(read_inputs(sorted(str(p) for p in folder.rglob("*") if p.is_file()) + inputs[1:], None), [expected])
    tally, found, report = on_dask(client, inputs, tmp_path / "out", part_size=500)
    assert report == expected.report and found == expected.rows
    assert {line.code for line in report if line.status == "error"} == {"E101", "E106", "E202", "E301"}
    assert (tally.articles, tally.failed) == (len(expected.report), 4)


def failing_on(article, bad):
    if article.id == bad:
        raise RuntimeError("parser bug")
    return mentions(article)


def test_a_failing_article_is_an_error_row_not_a_lost_partition(dev, client, tmp_path):
    bad = dev.report[7].article_id
    tally, found, report = on_dask(client, [shared_file("corpus", "dev.jsonl")], tmp_path / "out", 30_000,
                                   partial(failing_on, bad=bad))
    errors_ = [line for line in report if line.status == "error"]
    assert [(line.article_id, line.code) for line in errors_] == [(bad, errors.PARSE_FAILED.code)]
    assert "parser bug" in errors_[0].error and len(report) == len(dev.report) and tally.failed == 1
    assert found == [m for m in dev.mentions if m.article_id != bad]


def slow(article, seconds):
    time.sleep(seconds)
    return mentions(article)


def test_a_worker_killed_mid_run_loses_no_article(dev, client, tmp_path):
    """Kill one worker process while it parses a partition: the scheduler runs that partition again elsewhere
    (the nanny restarts the worker) and the counts and events are exact."""
    out = tmp_path / "out"
    before = client.run(os.getpid)
    done: dict = {}
    runner = threading.Thread(target=lambda: done.update(result=on_dask(
        client, [shared_file("corpus", "dev.jsonl")], out, 20_000, partial(slow, seconds=0.04))))
    runner.start()
    deadline, victim = time.monotonic() + 60, None
    while victim is None and time.monotonic() < deadline:
        busy = [address for address, keys in client.processing().items() if keys]
        if busy and part_files(out, EVENTS):  # in the middle: some partitions written, others being parsed
            victim = busy[0]
            os.kill(before[victim], signal.SIGKILL)
        time.sleep(0.01)
    runner.join(120)
    assert victim is not None, "no worker was busy to kill"
    tally, found, report = done["result"]
    assert found == dev.mentions and report == dev.report
    assert (tally.articles, tally.failed, tally.rows) == (len(dev.report), 0, len(dev.mentions))
    client.wait_for_workers(2, timeout=60)
    assert before[victim] not in client.run(os.getpid).values()  # that process is gone: the kill happened


def test_extract_and_ingest_on_dask_from_the_command_line(dev, client, tmp_path, capsys):
    path = str(shared_file("corpus", "dev.jsonl"))
    assert main(["extract", path, "--engine", "dask", "--scheduler", client.scheduler.address, "--all-columns",
                 "--partition-size", "50KB", "-o", str(tmp_path / "out"), "--report", str(tmp_path / "r.jsonl")]) == 0
    assert parts_events(tmp_path / "out") == dev.mentions
    assert "60 articles" in capsys.readouterr().err
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 60
    assert main(["extract", path, "--engine", "dask", "--scheduler", client.scheduler.address, "--type", "meeting",
                 "--lang", "en", "--all-columns", "-o", str(tmp_path / "meetings")]) == 0
    meetings = parts_events(tmp_path / "meetings")
    assert meetings and [m.mention_id for m in meetings] == [
        m.mention_id for m in dev.mentions if m.event_type == "meeting" and m.lang == "en"]
    assert main(["extract", path, "--engine", "dask", "--format", "csv", "-o", str(tmp_path / "x")]) == 2
    assert main(["extract", "https://example.org/feed.rss", "--engine", "dask", "-o", str(tmp_path / "x")]) == 2
    said = capsys.readouterr().err
    assert "writes Parquet parts into a folder" in said and "fetch https://example.org/feed.rss with the local" in said
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    assert main(["ingest", path, "--db", str(local_db)]) == 0
    for _ in range(2):
        assert main(["ingest", path, "--db", str(dask_db), "--engine", "dask", "--scheduler",
                     client.scheduler.address]) == 0
    assert "0 new, 0 replaced, 60 unchanged" in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".timeline-parts-")]  # the parts are removed
    from timeline.store.db import Store

    with Store.open(local_db) as a, Store.open(dask_db) as b:
        assert a.mentions() == b.mentions() and a.events() == b.events() and a.totals() == b.totals()


def test_an_unreachable_scheduler_is_reported():
    with pytest.raises(errors.TimelineError) as caught, engine.cluster("tcp://127.0.0.1:9", timeout="1s"):
        pass
    assert caught.value.code == errors.NO_SCHEDULER.code


def test_the_local_engine_starts_without_dask(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "1", "text": "The army withdrew 300 troops from the town."}\n')
    code = ("import sys; from timeline.cli import main; main(['extract', sys.argv[1], '-o', sys.argv[2]]); "
            "print(sorted(m for m in ('dask', 'distributed', 'feedparser') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, str(source), str(tmp_path / "out.jsonl")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stderr
    assert (tmp_path / "out.jsonl").read_text().count("withdrawal") == 1


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_a_bar_and_articles_per_second_on_a_terminal_and_a_summary_elsewhere():
    shown = Terminal()
    line = engine.Progress(total_bytes=1000, workers=2, stream=shown)
    line.done(500, 40)
    line.done(500, 60)
    line.close()
    assert "[" + "#" * engine.BAR_WIDTH + "] 100%  100 articles" in shown.getvalue()
    assert "articles/s" in shown.getvalue() and shown.getvalue().endswith("on 2 Dask workers\n")
    logged = io.StringIO()
    quiet = engine.Progress(total_bytes=10, workers=1, stream=logged)
    quiet.done(10, 3)
    quiet.close()
    assert logged.getvalue().startswith("timeline: 3 articles in ") and "\r" not in logged.getvalue()
