"""python -m geo.areas: derive and write the layer; a bad parameter is an error line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.areas import __main__ as command
from geo.areas.derive import DERIVATION_CRS
from geo.gazetteer import Gazetteer
from tests.areas.conftest import CLIP_KM


@pytest.fixture
def folder(tiny: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the command writes, with the tiny gazetteer in place of the real one."""
    monkeypatch.setattr(command, "load_gazetteer", lambda: tiny)
    return tmp_path


def test_main_writes_the_layer(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "t.geojson"
    assert command.main(["-o", str(out), "--clip-km", str(CLIP_KM), "--simplify-m", "50"]) == 0
    assert "3 township areas derived" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["metadata"]["parameters"] == {
        "clip_km": CLIP_KM,
        "simplify_m": 50.0,
        "crs": DERIVATION_CRS,
        "coordinate_decimals": 5,
    }


@pytest.mark.parametrize(
    ("target", "clip_km", "message"),
    [
        ("t.geojson", "-1", "error: clip_km must be a positive"),
        ("missing/t.geojson", "5", "missing does not exist; nothing was written"),
    ],
)
def test_main_reports_an_error_and_writes_nothing(
    folder: Path, target: str, clip_km: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert command.main(["-o", str(folder / target), "--clip-km", clip_km]) == 1
    assert message in capsys.readouterr().err
    assert not list(folder.rglob("*")), "nothing written, no temporary file left"
