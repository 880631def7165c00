"""The user's alias file: their own entities and name spellings, added to the package's gazetteer.

Where it is read from, first found: `--aliases FILE` (extract, the app), the environment variable
TIMELINE_ALIASES, then `$XDG_CONFIG_HOME/timeline/aliases.json` (`~/.config/timeline/aliases.json`).
A file named explicitly must exist; the default one may be absent. Its shape is that of the package's
`parse/entities/entities.json` (README: "Actors and the alias file"):

    {"entities": [{"name": "Christopher Miller", "kind": "person", "aliases": {"ar": ["ميلر"], "en": ["Chris Miller"]}}],
     "names": {"Tahseen": ["تحسين"]}}
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .. import errors
from ..parse.gazetteer import Gazetteer, default_gazetteer, validate_entities

ALIASES_ENV = "TIMELINE_ALIASES"


def default_alias_path() -> Path:
    """Where the alias file is looked for when none is named."""
    config = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config) / "timeline" / "aliases.json"


def alias_path(named: str | None = None) -> tuple[Path, bool]:
    """The alias file to read and whether it was named (a named file must exist)."""
    if named:
        return Path(named), True
    if os.environ.get(ALIASES_ENV):
        return Path(os.environ[ALIASES_ENV]), True
    return default_alias_path(), False


def read_aliases(path: Path) -> dict:
    """An alias file, checked: TimelineError E506 (or E101 where it is missing) names what is wrong."""
    if not path.is_file():
        raise errors.TimelineError(errors.NOT_FOUND) if not path.exists() else errors.TimelineError(errors.IS_DIRECTORY)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise errors.TimelineError(errors.BAD_ENTITIES, file=path.name, detail=str(exc)) from exc
    validate_entities(data, path.name)
    return data


def load_gazetteer(named: str | None = None) -> Gazetteer:
    """The package's gazetteer with the user's alias file added, if there is one."""
    path, required = alias_path(named)
    if not required and not path.exists():
        return default_gazetteer()
    return default_gazetteer().with_entries(read_aliases(path))
