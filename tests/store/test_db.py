"""The research store: idempotent, transactional ingest; corrections that survive re-parsing; safe queries."""
import json
from datetime import date
import os
import signal
import subprocess
import sys
import threading

import pytest
from support import DATA, ROOT, mention

from timeline import errors
from timeline.engine.local import run
from timeline.filters import EventFilter
from timeline.model import Article
from timeline.store.db import Store

ARTICLES = [
    Article("a1", "The army withdrew 300 troops from Aden on Monday, the ministry said.", date=None, lang="en",
            source="feed"),
    Article("a2", "Foreign ministers met in Geneva on Tuesday to discuss the truce.", lang="en", source="feed"),
]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.duckdb") as opened:
        yield opened


def ingest(store, articles):
    ingester = store.ingester()
    run(articles, [ingester])
    store.rebuild()
    return ingester.counts


def test_the_store_is_created_on_first_use_at_the_path_given_or_the_environments(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env" / "x.duckdb"))
    with Store.open() as opened:
        assert opened.path == tmp_path / "env" / "x.duckdb" and opened.totals()["articles"] == 0
    assert (tmp_path / "env" / "x.duckdb").exists()


def test_ingesting_the_same_articles_twice_changes_nothing(store):
    first = ingest(store, ARTICLES)
    before = (store.totals(), [e.event_id for e in store.events()])
    again = ingest(store, ARTICLES)
    assert (first.new, again.new, again.unchanged) == (2, 0, 2)
    assert (store.totals(), [e.event_id for e in store.events()]) == before


def test_the_same_text_under_another_name_counts_once(store):
    ingest(store, ARTICLES)
    counts = ingest(store, [Article("copy-of-a1", ARTICLES[0].text, lang="en", source="other feed")])
    assert counts.unchanged == 1 and store.totals()["articles"] == 2


def test_a_changed_article_replaces_its_old_mentions(store):
    ingest(store, ARTICLES)
    changed = Article("a1", "Foreign ministers met in Cairo on Monday.", lang="en", source="feed")
    counts = ingest(store, [changed])
    assert counts.replaced == 1 and store.totals()["articles"] == 2
    assert {m.event_type for m in store.mentions() if m.article_id == "a1"} == {"meeting"}


def test_read_errors_are_stored_as_errors_once(store, tmp_path):
    from timeline.io.readers import read_inputs

    for _ in range(2):
        ingester = store.ingester()
        run(read_inputs([tmp_path / "missing.txt"]), [ingester])
    assert [(r.status, r.code) for r in store.report()] == [("error", "E101")]


def test_corrections_are_kept_apart_and_survive_a_reparse(store):
    ingest(store, ARTICLES)
    withdrawal = store.events(EventFilter(event_types=["withdrawal"]))[0]
    store.edit(withdrawal.event_id, {"quantity": "350", "date": "2015-07"}, "alice")
    meeting = store.events(EventFilter(event_types=["meeting"]))[0]
    store.delete(meeting.event_id, "bob")
    for article in store.articles_to_reparse():  # what `timeline reparse` does
        run([article], [type("Sink", (), {"add": lambda self, item, line, rows: store.replace_mentions(item, line, rows)})()])
    rebuilt = store.rebuild()
    corrected = store.event(withdrawal.event_id)
    assert (corrected.quantity, corrected.date.isoformat(), corrected.date_precision) == (350, "2015-07-01", "month")
    assert corrected.edited.startswith("alice at ")
    assert store.event(meeting.event_id) is None and store.event(meeting.event_id, include_deleted=True)
    assert rebuilt.orphaned == [] and [e["field"] for e in store.history(withdrawal.event_id)] == ["quantity", "date"]
    assert store.history(withdrawal.event_id)[0]["before"] == "300" and store.history(withdrawal.event_id)[0]["after"] == "350"


def test_a_correction_whose_event_is_gone_is_reported_not_lost(store):
    ingest(store, ARTICLES)
    meeting = store.events(EventFilter(event_types=["meeting"]))[0]
    store.edit(meeting.event_id, {"actor": "the two ministers"}, "alice")
    ingest(store, [Article("a2", "Nothing happened in Geneva on Tuesday.", lang="en", source="feed")])
    orphaned = store.orphaned_edits()
    assert [(e["event_id"], e["field"], e["after"]) for e in orphaned] == [(meeting.event_id, "actor", "the two ministers")]


@pytest.mark.parametrize(("changes", "code"), [({"sentence": "x"}, "E602"), ({"quantity": "many"}, "E603"),
                                               ({"event_type": "parade"}, "E603"), ({"date": "July"}, "E603")])
def test_bad_corrections_are_refused_with_a_code(store, changes, code):
    ingest(store, ARTICLES)
    with pytest.raises(errors.TimelineError) as raised:
        store.edit(store.events()[0].event_id, changes, "alice")
    assert raised.value.code == code


def test_an_unknown_event_cannot_be_corrected(store):
    with pytest.raises(errors.TimelineError) as raised:
        store.edit("nope", {"actor": "x"}, "alice")
    assert raised.value.code == "E601"


def test_two_sessions_correcting_different_events_at_once_both_keep_their_edits(store):
    ingest(store, ARTICLES)
    first, second = [e.event_id for e in store.events()][:2]
    barrier = threading.Barrier(2)

    def correct(event_id, author):
        with Store.open(store.path) as own:  # each session has its own connection
            barrier.wait()
            own.edit(event_id, {"actor": author}, author)

    threads = [threading.Thread(target=correct, args=args) for args in ((first, "alice"), (second, "bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (store.event(first).actor, store.event(second).actor) == ("alice", "bob")


@pytest.mark.parametrize("value", ["'; DROP TABLE events; --", "x' OR '1'='1", "\"); DELETE FROM mentions; --"])
def test_filter_values_are_parameters_never_sql(store, value):
    ingest(store, ARTICLES)
    before = store.totals()
    spec = EventFilter(event_types=[value], actors=[value], places=[value], langs=[value], search=value)
    assert store.events(spec) == [] and store.events_table(spec).empty and store.counts("actor", spec) == []
    assert store.totals() == before


def test_store_queries_keep_what_the_row_filter_keeps(dev, tmp_path):
    from timeline.merge import merge

    with Store.open(tmp_path / "dev.duckdb") as opened:
        ingest(opened, [Article(a["id"], a["text"], a["title"], None, a["url"], a["lang"], "dev") for a in dev.articles])
        events = merge(opened.mentions())
        for spec in (EventFilter(event_types=["meeting"]), EventFilter(langs=["en"], search="talks"),
                     EventFilter(places=["Yemen", "Iraq"]), EventFilter(search="القوات")):
            assert sorted(e.event_id for e in opened.events(spec)) == sorted(e.event_id for e in events if spec.matches(e))


KILLER = """
import sys
from timeline.engine.local import run
from timeline.io.readers import read_inputs
from timeline.store.db import Store

class Told:
    def add(self, item, line, rows):
        print(line.article_id, flush=True)

with Store.open(sys.argv[1]) as store:
    run(read_inputs([sys.argv[2]]), [store.ingester(), Told()])
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killing_an_ingest_loses_at_most_the_article_in_flight(tmp_path, sig):
    articles = tmp_path / "many.jsonl"
    with open(articles, "w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": f"n{i}", "date": "2020-11-17", "lang": "en",
                                 "text": f"Report {i}: the army withdrew {i + 10} troops from the border town today."}) + "\n")
    db = tmp_path / "killed.duckdb"
    child = subprocess.Popen([sys.executable, "-c", KILLER, str(db), str(articles)], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    told = [child.stdout.readline() for _ in range(30)]
    child.send_signal(sig)
    child.wait(timeout=60)
    with Store.open(db) as reopened:
        stored = reopened.db.execute("SELECT article_id, events FROM articles").fetchall()
        per_article = dict(reopened.db.execute(
            "SELECT a.article_id, count(m.mention_id) FROM articles a LEFT JOIN mentions m USING (content_hash) "
            "GROUP BY 1").fetchall())
        assert len(stored) >= len(told) == 30 and len(stored) < 400
        assert all(per_article[a] == n for a, n in stored)  # no article half-written
        assert reopened.db.execute("SELECT count(*) FROM mentions WHERE content_hash NOT IN "
                                   "(SELECT content_hash FROM articles)").fetchone()[0] == 0


def test_imported_event_data_shows_beside_parsed_events(store):
    ingest(store, ARTICLES)
    store.add_mentions([mention(article_id="acled:1", event_type="agreement", sentence="A deal.", date="2015-07-25",
                                origin="acled")], "acled:test")
    store.rebuild()
    assert {e.origin for e in store.events()} == {"parsed", "acled"}
    store.add_mentions([], "acled:test")  # imported again, now empty: replaced, not added
    store.rebuild()
    assert {e.origin for e in store.events()} == {"parsed"}


def test_demo_files_load_with_events_files_as_imports(store):
    tally, counts = store.ingest_files([DATA / "seed-iraq-2020-11.txt", DATA / "curated-events.jsonl"])
    store.rebuild()
    assert tally.failed == 0 and counts.mentions > 30
    assert {e.origin for e in store.events()} == {"parsed", "file"}


def test_a_rebuild_merges_again_only_the_partitions_that_changed_and_equals_a_full_one(tmp_path, dev):
    articles = [Article(a["id"], a["text"], a["title"], None, a["url"], a["lang"], "dev") for a in dev.articles]
    with Store.open(tmp_path / "step.duckdb") as stepwise:
        ingest(stepwise, articles[:40])
        later = stepwise.ingester()
        run(articles[40:41], [later])
        touched = stepwise.rebuild()
        assert 0 < touched.partitions < 10 and touched.mentions < later.counts.mentions * 20
        ingest(stepwise, articles[41:])
        step_events = [(e.event_id, e.mention_ids, e.announces, e.announced_by) for e in stepwise.events()]
        stepwise.rebuild(full=True)
        assert [(e.event_id, e.mention_ids, e.announces, e.announced_by) for e in stepwise.events()] == step_events
    with Store.open(tmp_path / "once.duckdb") as once:
        ingest(once, articles)
        assert [(e.event_id, e.mention_ids, e.announces, e.announced_by) for e in once.events()] == step_events


def test_counts_per_lane_and_period_are_made_in_sql_with_the_filter(store):
    store.add_mentions([mention(article_id=f"x{i}", event_type=kind, sentence=f"s {i}", date=day, place=place)
                        for i, (kind, day, place) in enumerate([
                            ("withdrawal", "2015-03-02", "Iraq"), ("withdrawal", "2015-03-20", "Syria"),
                            ("meeting", "2015-03-05", "Iraq"), ("withdrawal", "2015-04-01", "Iraq"),
                            ("meeting", None, None)])], "test")
    store.rebuild()
    assert store.aggregate(None, "month", "event_type", 40) == [
        ("meeting", date(2015, 3, 1), 1), ("withdrawal", date(2015, 3, 1), 2), ("withdrawal", date(2015, 4, 1), 1)]
    assert store.aggregate(EventFilter(places=["Iraq"]), "year", "place", 40) == [("Iraq", date(2015, 1, 1), 3)]
    assert store.aggregate(None, "year", "place", 1) == [("Iraq", date(2015, 1, 1), 3), ("other", date(2015, 1, 1), 1)]
    assert store.count(EventFilter(event_types=["withdrawal"])) == 3
    assert store.date_bounds() == (date(2015, 3, 2), date(2015, 4, 1))
    with pytest.raises(ValueError):
        store.aggregate(None, "decade; DROP TABLE events", "event_type", 40)


def test_an_unchanged_events_file_is_not_read_again(store, tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text(json.dumps({"article_id": "x", "event_type": "meeting", "date": "2021-03-01",
                                "sentence": "Delegations met.", "lang": "en"}) + "\n", encoding="utf-8")
    assert store.ingest_files([path])[1].new == 1
    assert store.ingest_files([path])[1].unchanged == 1
    path.write_text(path.read_text() + json.dumps({"article_id": "y", "event_type": "meeting", "date": "2021-03-02",
                                                   "sentence": "They met again.", "lang": "en"}) + "\n")
    assert store.ingest_files([path])[1].new == 1
    store.rebuild()
    assert store.totals()["mentions"] == 2 and store.totals()["articles"] == 1
