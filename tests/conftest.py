"""Fixtures: the shared corpus, parsed once per test session (skipped where ../shared is absent)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from support import read_jsonl, shared_file

from timeline.engine.local import Collector, run
from timeline.io.readers import read_inputs
from timeline.model import Mention, ReportLine


@dataclass
class Parsed:
    """A corpus file parsed by the local engine: its articles (as JSON), mentions and report."""

    articles: list[dict]
    mentions: list[Mention]
    report: list[ReportLine]


def parse_corpus(name: str) -> Parsed:
    path = shared_file("corpus", f"{name}.jsonl")
    collected = Collector()
    run(read_inputs([path]), [collected])
    return Parsed(read_jsonl(path), collected.rows, collected.report)


@pytest.fixture(scope="session")
def dev() -> Parsed:
    return parse_corpus("dev")


@pytest.fixture(scope="session")
def train() -> Parsed:
    return parse_corpus("train")


@pytest.fixture(scope="session")
def trained() -> tuple[dict, dict]:
    """The mention scorer trained on ../shared dev + train the way the shipped one was: (model, cross-validated table)."""
    pytest.importorskip("sklearn", reason="training needs scikit-learn (requirements-dev.txt)")
    from timeline.learn.train import train

    return train([(shared_file("corpus", f"{name}.gold.jsonl"), shared_file("corpus", f"{name}.jsonl"))
                  for name in ("dev", "train")])
