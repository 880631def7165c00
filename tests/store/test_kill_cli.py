"""Killing `timeline ingest` (the command, not a helper: the store-level test is test_db.py) loses at most the
article in flight; the store opens cleanly afterwards, and running the ingest again completes it exactly."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from support import ROOT, invented_articles

from timeline.store.db import Store

ARTICLES = 120  # the report is written in blocks of about 50 lines: the kill comes after the first


def ingest(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "timeline", "ingest", *map(str, args)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})


def state(db) -> tuple[dict, int]:
    """Each stored article's mentions as its row says and as the mentions table holds; orphan mentions."""
    with Store.open(db) as store:
        said = dict(store.db.execute("SELECT article_id, events FROM articles").fetchall())
        held = dict(store.db.execute("SELECT a.article_id, count(m.mention_id) FROM articles a LEFT JOIN mentions m "
                                     "USING (content_hash) GROUP BY 1").fetchall())
        orphans = store.db.execute("SELECT count(*) FROM mentions WHERE content_hash NOT IN "
                                   "(SELECT content_hash FROM articles)").fetchone()[0]
    assert said == held  # no article half-written
    return said, orphans


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_killing_the_ingest_command_loses_at_most_the_article_in_flight(tmp_path, sig):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(invented_articles(ARTICLES), encoding="utf-8")
    db, report = tmp_path / "killed.duckdb", tmp_path / "report.jsonl"
    child = ingest(feed, "--db", db, "--report", report)
    deadline = time.monotonic() + 120
    while not report.exists() or report.stat().st_size == 0:  # the report is written in blocks, after the store
        assert time.monotonic() < deadline and child.poll() is None, child.stderr.read() if child.poll() else "slow"
        time.sleep(0.05)
    child.send_signal(sig)
    _, err = child.communicate(timeout=60)
    assert "Traceback" not in err
    if sig == signal.SIGINT:
        assert child.returncode == 130 and "interrupted" in err, err
    reported = [json.loads(line)["article_id"] for line in report.read_text(encoding="utf-8").splitlines()
                if line.endswith("}")]
    stored, orphans = state(db)
    assert orphans == 0 and set(reported) <= set(stored) and 0 < len(stored) < ARTICLES

    again = ingest(feed, "--db", db)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{ARTICLES - len(stored)} new, 0 replaced, {len(stored)} unchanged" in err
    with Store.open(tmp_path / "clean.duckdb") as clean:
        clean.ingest_files([feed])
        clean.rebuild()
        expected = clean.totals()
    with Store.open(db) as store:
        assert store.totals() == expected
