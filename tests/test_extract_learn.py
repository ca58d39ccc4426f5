"""geo.extract.learn: the reader's confidence fitted on hand-coded passages; the model
the repository keeps is the one its development passages make."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.extract.confidence import MODEL_PATH, load_model
from geo.extract.learn import CHECK_BELOW, learn, main
from geo.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]


def test_the_kept_model_is_the_one_the_development_passages_make(gazetteer: Gazetteer) -> None:
    """After a change to the reader, `make confidence` refits it (this test says when)."""
    kept = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    files = [ROOT / name for name in kept["fitted_on"]["files"]]
    assert files
    assert all(f.exists() for f in files)
    assert not any("test-" in f.name for f in files)  # never the test split
    model, about = learn(files, gazetteer)
    assert about["proposals"] == kept["fitted_on"]["proposals"]
    assert about["found"] == kept["fitted_on"]["found"]
    assert model.check_below == CHECK_BELOW == kept["check_below"]
    assert set(model.weights) == set(kept["weights"])
    for name, weight in model.weights.items():
        assert weight == pytest.approx(kept["weights"][name], abs=1e-5), name
    assert model.bias == pytest.approx(kept["bias"], abs=1e-5)


def test_main_writes_a_model_the_reader_can_load(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    dev = sorted((ROOT / "tests/data/reports/real").glob("dev-a.json"))
    assert main([*map(str, dev), "-o", str(out)]) == 0
    model = load_model(out)
    assert model.weights
    assert model.check_below == CHECK_BELOW
    assert json.loads(out.read_text(encoding="utf-8"))["fitted_on"]["passages"] > 0


def test_main_names_a_file_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    out = tmp_path / "model.json"
    assert main([str(bad), "-o", str(out)]) == 1
    assert "bad.json" in capsys.readouterr().err
    assert not out.exists()  # nothing written
