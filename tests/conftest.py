"""Shared test fixtures: paths to the project's demo data and, when present, the shared corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip: a user's fresh clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only on the development machines)")
    return path
