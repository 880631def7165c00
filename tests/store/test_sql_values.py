"""Values a user types reach the store as parameters, never as SQL: from the command line (the app: tests/app/
test_hostile_app.py), and no query in the CLI or the app is built from text (a store-level test: test_db.py)."""
import ast
import json

import pytest
from support import DATA, ROOT

from timeline.cli import main
from timeline.store.db import Store

ATTACKS = ["'; DROP TABLE events; --", "' OR '1'='1", '" OR ""="', "x'); DELETE FROM articles; --", "%", "_", "\\"]


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "store.duckdb"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    assert main(["ingest", str(DATA / "seed-iraq-2020-11.txt")]) == 0
    return path


def totals(db):
    with Store.open(db) as store:
        return store.totals()


@pytest.mark.parametrize("attack", ATTACKS)
def test_filter_values_from_the_command_line_are_values(db, capsys, attack):
    before = totals(db)
    for option in ("--actor", "--place", "--search", "--type", "--lang"):
        capsys.readouterr()
        assert main(["events", option, attack]) == 0
        assert capsys.readouterr().out == ""  # nothing matches such a value
        assert main(["events", "--mentions", option, attack]) == 0
    assert totals(db) == before


def test_a_correction_that_looks_like_sql_is_stored_as_written(db, capsys):
    capsys.readouterr()
    assert main(["events"]) == 0
    event_id = json.loads(capsys.readouterr().out.splitlines()[0])["event_id"]
    assert main(["edit", event_id, f"actor={ATTACKS[0]}", "--author", ATTACKS[3]]) == 0
    with Store.open(db) as store:
        assert store.event(event_id).actor == ATTACKS[0] and store.history(event_id)[-1]["author"] == ATTACKS[3]
        assert store.totals()["events"] > 0
    assert main(["edit", ATTACKS[0], "actor=x"]) == 1 and "no event" in capsys.readouterr().err


@pytest.mark.parametrize("path", [ROOT / "app.py", ROOT / "timeline" / "cli.py"], ids=lambda p: p.name)
def test_no_query_in_the_app_or_the_cli_is_built_from_text(path):
    """Every SQL string the app or the CLI sends is a constant: values go as parameters (EventFilter.where)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in ("execute", "executemany", "sql", "query") and node.args]
    built = [ast.unparse(c.args[0]) for c in calls if not isinstance(c.args[0], ast.Constant)]
    assert not built
