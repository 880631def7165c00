"""The limits that keep one bad input from stopping a run: how long an article may be, how long parsing it may
take, how big a file (or an upload) may be. Going over one is an error for that input, with its code, and the run
goes on.

Each limit has a default and an environment variable, read when a run starts; 0 turns a limit off:

    TIMELINE_MAX_ARTICLE_CHARS  500,000    characters of one article's text (E303)
    TIMELINE_PARSE_SECONDS      30         seconds to parse one article (E402)
    TIMELINE_MAX_FILE_MB        64         megabytes of one .txt/.html file or one JSONL line (E107, E204)
    TIMELINE_MAX_UPLOAD_MB      32         megabytes of one file uploaded in the app (E107)
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from . import errors
from .errors import TimelineError

MB = 1 << 20
# the longest article in the project's corpora has 8,366 characters; a text sixty times longer is a dump, not
# an article, and the densest text we could write of this length (every clause an event and a date, no
# punctuation) parses in 13 s (Arabic; English 5 s) on a two-core machine, within the time limit
MAX_ARTICLE_CHARS = 500_000
# an ordinary article parses in milliseconds; this is a safety net, not a speed target
PARSE_SECONDS = 30.0
MAX_FILE_MB = 64  # a .txt or .html file is read whole: a bigger one is no article (a JSONL file is streamed)
MAX_UPLOAD_MB = 32  # also the app's server.maxUploadSize in .streamlit/config.toml

ENV = {"article_chars": "TIMELINE_MAX_ARTICLE_CHARS", "parse_seconds": "TIMELINE_PARSE_SECONDS",
       "file_mb": "TIMELINE_MAX_FILE_MB", "upload_mb": "TIMELINE_MAX_UPLOAD_MB"}


@dataclass(frozen=True)
class Limits:
    """One run's limits; None means none."""

    article_chars: int | None = MAX_ARTICLE_CHARS
    parse_seconds: float | None = PARSE_SECONDS
    file_mb: float | None = MAX_FILE_MB
    upload_mb: float | None = MAX_UPLOAD_MB

    @property
    def file_bytes(self) -> int | None:
        return None if self.file_mb is None else int(self.file_mb * MB)

    @property
    def upload_bytes(self) -> int | None:
        return None if self.upload_mb is None else int(self.upload_mb * MB)


def from_env(environ: dict[str, str] | None = None) -> Limits:
    """The limits as the environment sets them, else the defaults. A value that is no number stops the run
    (E511, naming the variable): a limit silently ignored would be no limit."""
    environ = os.environ if environ is None else environ
    values = {}
    for name, variable in ENV.items():
        text = environ.get(variable, "").strip().replace(",", "").replace("_", "")
        if not text:
            continue
        try:
            number = float(text)
        except ValueError:
            raise TimelineError(errors.BAD_SETTING, variable=variable, value=environ[variable],
                                detail="not a number") from None
        if not 0 <= number < float("inf"):
            raise TimelineError(errors.BAD_SETTING, variable=variable, value=environ[variable],
                                detail="not a limit")
        values[name] = None if number == 0 else (int(number) if name == "article_chars" else number)
    return Limits(**values)
