"""House rules that can be checked mechanically."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

GEO = Path(__file__).resolve().parents[1] / "geo"
MODULES = sorted(p for p in GEO.rglob("*.py") if p.name not in ("__main__.py",))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_geo_never_imports_streamlit(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert "streamlit" not in imported
    assert "mm_geo_coder" not in imported, "locate the MIMU file, never import the package"
    assert not {"requests", "urllib", "httpx", "socket"} & imported, "geo/ makes no requests"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_geo_module_declares_all(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    assert "__all__" in names


#: Modules a warm ``python -m geo geocode`` never needs (each costs tenths of a second).
HEAVY = ("pandas", "geopandas", "shapely", "pyproj", "numpy", "pyogrio")


def test_geocode_starts_without_pandas_or_geopandas() -> None:
    """A fast start: with the gazetteer cached, ``geocode`` imports none of :data:`HEAVY`
    (the command line imports them in the handlers of the commands that need them)."""
    from geo.gazetteer import load_cached_gazetteer

    load_cached_gazetteer()  # fills the tests' cache (KCM_CACHE, tests/conftest.py)
    script = (
        "import json, sys\n"
        "from geo.cli import main\n"
        "code = main(['geocode', 'Laiza', '--json'], stdout=sys.stderr)\n"
        f"print(json.dumps([code, sorted(set({HEAVY!r}) & set(sys.modules))]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=GEO.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Laiza" in done.stderr
    assert json.loads(done.stdout) == [0, []]
