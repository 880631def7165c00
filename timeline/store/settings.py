"""Where the store is and what a correction may change: settings the CLI and the app read without opening it."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_PATH = "timeline.duckdb"  # in the working directory: one store per research project
ENV_VAR = "TIMELINE_DB"
EDITABLE = ("event_type", "date", "date_precision", "end_date", "target_date", "status", "actor", "location", "place",
            "quantity", "troops_from", "troops_to")  # the fields of an event a researcher may correct


def default_path() -> Path:
    """Where the store is when no --db is given: $TIMELINE_DB, else timeline.duckdb in the working directory."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)
