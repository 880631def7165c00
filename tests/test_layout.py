"""The architecture, enforced: parsing is pure, and nothing imports upwards.

Layers, bottom up: model/schema/errors; parse; engine and filters; io; present and learn; cli and the app."""
import ast

import pytest
from support import ROOT

PACKAGE = ROOT / "timeline"
LAYER = {"model": 0, "schema": 0, "errors": 0, "version": 0, "parse": 1, "engine": 2, "filters": 2, "merge": 2,
         "io": 3, "store": 3, "present": 4, "learn": 4,
         "cli": 5, "__main__": 5, "__init__": 5}
HEAVY = {"pandas", "streamlit", "plotly", "pyarrow", "openpyxl", "trafilatura", "sklearn", "scipy"}  # not for the pure parsing code


def imports(path):
    """(timeline top-level part, or the third-party package) of every import in a module, lazy ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                names = [*base[1:], *(node.module.split(".") if node.module else [])]
                yield "timeline", names[0] if names else node.names[0].name
            else:
                yield node.module.split(".")[0], None
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], None


def layer_of(path):
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return LAYER[parts[0]]


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_imports_upwards(path):
    for top, part in imports(path):
        if top == "timeline" and part:
            assert LAYER[part] <= layer_of(path), f"{path.name} imports {part}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "parse").rglob("*.py")), ids=lambda p: p.name)
def test_parsing_is_pure(path):
    found = {top for top, _ in imports(path)}
    assert not found & HEAVY, found & HEAVY
    assert "open(" not in path.read_text(encoding="utf-8") or path.name == "lexicon.py"  # no I/O but its own data
