"""Scorer model files: a user's model read for `timeline extract --model`, a trained one written by `timeline train`."""
from __future__ import annotations

import json
from pathlib import Path

from .. import errors
from ..parse.scorer import MentionScorer

RULES_ONLY = "none"  # `--model none`: the rules' mentions, every one kept


def read_model(path: str) -> MentionScorer | None:
    """The scorer in a model file (None for RULES_ONLY); E507 where the file is no model this version reads."""
    if path == RULES_ONLY:
        return None
    try:
        return MentionScorer.from_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise errors.TimelineError(errors.BAD_MODEL, path=path, detail=exc) from exc


def write_model(path: str | Path, model: dict) -> None:
    """Write a model as JSON: its settings and training report first, then the weights, one line per kind."""
    head = {k: v for k, v in model.items() if k != "weights"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    text += ',\n "weights": ' + json.dumps(model["weights"], separators=(",", ":")) + "\n}\n"
    Path(path).write_text(text, encoding="utf-8")
