"""What the engine watches while one article is parsed: the time it may take, and the warnings the steps give.

The time limit is cooperative: the extractor calls `check()` between sentences and the actor naming between
mentions, and `check()` raises E402 once the article's time is up. No step is long: a sentence is at most
text.MAX_SENTENCE_CHARS and no pattern backtracks catastrophically (tests/parse/test_hostile.py), so checks
come every few milliseconds. Why not stop the parse from outside: signal.alarm works only in a process's main
thread (the app parses in Streamlit's script threads, Dask in worker threads), a thread cannot be killed, and a
process per article costs more than parsing it. The watch lives in a context variable, so each thread (and each
asyncio task) has its own and parsing stays a pure function of its article.

A warning is something the parse left out of a row on purpose (a number too large to be a troop count): the
engine puts it in the article's report line.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from time import monotonic

from .. import errors
from ..errors import TimelineError


@dataclass
class Watch:
    """One article's parse: when its time is up (None: never), and the warnings given so far."""

    seconds: float | None = None
    setting: str = ""  # how the user changes the limit, named in the error
    warnings: list[str] = field(default_factory=list)
    deadline: float = float("inf")

    def __post_init__(self) -> None:
        if self.seconds:
            self.deadline = monotonic() + self.seconds


_CURRENT: ContextVar[Watch | None] = ContextVar("timeline_parse_watch", default=None)


@contextmanager
def watching(seconds: float | None = None, setting: str = "") -> Iterator[Watch]:
    """Parse one article under this watch: `check()` raises once `seconds` have passed, `warn()` collects."""
    watch = Watch(seconds, setting)
    token = _CURRENT.set(watch)
    try:
        yield watch
    finally:
        _CURRENT.reset(token)


def check() -> None:
    """Raise E402 when the article being parsed is out of time; nothing outside a watch."""
    watch = _CURRENT.get()
    if watch is not None and monotonic() > watch.deadline:
        raise TimelineError(errors.OVER_BUDGET, seconds=watch.seconds, setting=watch.setting)


def warn(kind: errors.Error, **details) -> None:
    """Note a warning for the article being parsed (in its report line); nothing outside a watch."""
    watch = _CURRENT.get()
    if watch is not None:
        watch.warnings.append(f"{kind.code} {kind.text(**details)}")
