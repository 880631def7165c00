"""Every setting and every column is documented in the README (the datasette rule)."""
import argparse
import re

from support import ROOT

from timeline.cli import build_parser
from timeline.schema import COLUMNS, EVENT_COLUMNS, markdown_table

README = (ROOT / "README.md").read_text(encoding="utf-8")


def options(parser: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= options(sub)
        found |= {o for o in action.option_strings if o.startswith("--") and o != "--help"}
    return found


def test_every_cli_option_is_documented():
    missing = sorted(o for o in options(build_parser()) if f"`{o}`" not in README and f"{o} " not in README)
    assert not missing, missing


def test_every_app_setting_is_documented():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    settings = set(re.findall(r'add_argument\("(--[\w-]+)"', source))
    assert settings and all(f"`{s}`" in README for s in settings)


def test_the_readme_column_tables_are_the_ones_the_model_declares():
    events_doc = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    for columns in (COLUMNS, EVENT_COLUMNS):
        assert markdown_table(columns) in README, "paste the output of `python -m timeline.schema` into the README"
        assert markdown_table(columns) in events_doc, "and into docs/events.md"


def test_readme_commands_exist():
    assert "sh run.sh app" in README and "sh run.sh test" in README
    assert "sh run.sh test" in (ROOT / ".ci" / "run").read_text()
    assert (ROOT / "docs" / "screenshot.png").exists() and (ROOT / "docs" / "presentation.png").exists()
    assert "docs/presentation.png" in README and "docs/take_screenshot.py" in README
