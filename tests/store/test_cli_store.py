"""The store from the command line: ingest, events, edit, import, reparse."""
import json

import pytest
from support import DATA, ROOT, shared_file

from timeline.cli import main
from timeline.io.formats import FORMATS, read_events
from timeline.model import Event


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "store.duckdb"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    return path


def events(capsys, *options):
    capsys.readouterr()
    assert main(["events", *options]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_ingest_twice_then_export_events_with_their_sources(db, capsys):
    seed = str(DATA / "seed-iraq-2020-11.txt")
    assert main(["ingest", seed]) == 0
    assert "1 new" in capsys.readouterr().err
    assert main(["ingest", seed, "--db", str(db)]) == 0
    assert "1 unchanged" in capsys.readouterr().err
    merged, mentions = events(capsys), events(capsys, "--mentions")
    assert 0 < len(merged) < len(mentions)
    assert sum(e["mentions"] for e in merged) == len(mentions) and all(e["sources"] for e in merged)


@pytest.mark.parametrize("fmt", FORMATS)
def test_events_export_round_trips_in_every_format(db, tmp_path, fmt):
    assert main(["ingest", str(DATA / "seed-iraq-2020-11.txt")]) == 0
    out = tmp_path / f"events.{fmt}"
    assert main(["events", "--format", fmt, "--output", str(out), "--type", "withdrawal"]) == 0
    back = list(read_events(out, Event))
    assert back and {e.event_type for e in back} == {"withdrawal"} and all(e.mention_ids for e in back)


def test_edit_delete_and_history(db, capsys):
    assert main(["ingest", str(DATA / "seed-iraq-2020-11.txt")]) == 0
    first, second = events(capsys)[:2]
    assert main(["edit", first["event_id"], "quantity=450", "actor=Christopher Miller", "--author", "alice"]) == 0
    assert main(["edit", second["event_id"], "--delete", "--author", "bob"]) == 0
    capsys.readouterr()
    assert main(["edit", first["event_id"]]) == 0
    history = capsys.readouterr().out
    assert "alice: set quantity" in history and "-> 450" in history
    after = {e["event_id"]: e for e in events(capsys)}
    assert after[first["event_id"]]["quantity"] == 450 and second["event_id"] not in after
    assert second["event_id"] in {e["event_id"] for e in events(capsys, "--deleted")}
    assert main(["edit", first["event_id"], "sentence=x"]) == 2 and "cannot be corrected" in capsys.readouterr().err
    assert main(["edit", "no-such-id", "actor=x"]) == 1 and "no event" in capsys.readouterr().err


def test_reparse_keeps_corrections(db, capsys):
    assert main(["ingest", str(DATA / "seed-iraq-2020-11.txt")]) == 0
    target = events(capsys)[0]
    assert main(["edit", target["event_id"], "status=completed"]) == 0
    assert main(["reparse"]) == 0
    assert "matches no event" not in capsys.readouterr().err
    assert {e["event_id"]: e for e in events(capsys)}[target["event_id"]]["status"] == "completed"


def test_import_gdelt_and_acled_beside_parsed_events(db, capsys):
    assert main(["ingest", str(DATA / "seed-iraq-2020-11.txt")]) == 0
    assert main(["import", str(ROOT / "tests" / "data" / "acled_sample.csv"), "--format", "acled"]) == 1  # one bad row
    assert main(["import", str(shared_file("events-data", "gdelt2_20180326044500.mideast_subset.tsv")),
                 "--format", "gdelt"]) == 0
    origins = {e["origin"] for e in events(capsys)}
    assert origins == {"parsed", "acled", "gdelt"}


def test_dev_corpus_gives_fewer_events_than_mentions(db, capsys):
    assert main(["ingest", str(shared_file("corpus", "dev.jsonl"))]) == 0
    merged, mentions = events(capsys), events(capsys, "--mentions")
    assert len(merged) < len(mentions)


@pytest.mark.parametrize("command", ["ingest", "events", "edit", "import", "reparse"])
def test_help_gives_the_default_store(command, capsys):
    from timeline.store.settings import DEFAULT_PATH, ENV_VAR

    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert f"${ENV_VAR}" in shown and f"./{DEFAULT_PATH}" in shown


def test_reparse_reads_one_article_again_with_the_publication_date_given(db, tmp_path, capsys):
    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nThe foreign ministers of France and Egypt met in Cairo on Tuesday to discuss the "
                       "withdrawal of the remaining troops, the ministry said.", encoding="utf-8")
    assert main(["ingest", str(article)]) == 0
    assert main(["reparse", "--article", "talks.txt", "--date", "2021-03-05"]) == 0  # a Friday
    assert [e["date"] for e in events(capsys) if e["event_type"] == "meeting"] == ["2021-03-02"]  # the Tuesday before
    assert main(["reparse", "--article", "nowhere.txt", "--date", "2021-03-05"]) == 1
    assert "no article 'nowhere.txt' in the store" in capsys.readouterr().err
    assert main(["reparse", "--article", "talks.txt"]) == 2
