"""geo.extract.learn: the reader's confidence fitted on hand-coded passages; the model
the repository keeps is the one its development passages make."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.extract.confidence import CHECK_BELOW, MODEL_PATH, load_model
from geo.extract.learn import cross_validate, development_files, document, learn, main
from geo.gazetteer import Gazetteer
from geo.paths import ROOT_DIR


def test_the_kept_model_is_the_one_the_development_passages_make(gazetteer: Gazetteer) -> None:
    """After a change to the reader (or to the development passages), `make confidence`
    refits it: this test says when."""
    kept = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    files = development_files()
    assert len(files) >= 10
    assert not any(f.match("test-*.json") for f in files)  # never the test split
    made = json.loads(document(*learn(files, gazetteer)))
    assert {k: v for k, v in made.items() if k not in ("weights", "bias")} == {
        k: v for k, v in kept.items() if k not in ("weights", "bias")
    }
    assert made["bias"] == pytest.approx(kept["bias"], abs=1e-5)
    assert made["fitted_on"]["files"] == [f.relative_to(ROOT_DIR).as_posix() for f in files]
    assert made["check_below"] == CHECK_BELOW
    assert set(made["weights"]) == set(kept["weights"])
    for name, weight in made["weights"].items():  # (to 6 places; BLAS may differ below)
        assert weight == pytest.approx(kept["weights"][name], abs=1e-5), name


def test_main_writes_a_model_the_reader_can_load(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    dev = ROOT_DIR / "tests/data/reports/real/dev-a.json"
    assert main([str(dev), "-o", str(out)]) == 0
    model = load_model(out)
    assert model.weights
    assert model.check_below == CHECK_BELOW
    about = json.loads(out.read_text(encoding="utf-8"))["fitted_on"]
    assert about["files"] == ["tests/data/reports/real/dev-a.json"]
    assert about["passages"] > 0


def test_the_test_split_is_never_fitted_on(gazetteer: Gazetteer) -> None:
    test_file = next((ROOT_DIR / "tests/data/reports/real").glob("test-*.json"))
    with pytest.raises(GeoError, match="not fitting on the test split"):
        learn([development_files()[0], test_file], gazetteer)


@pytest.mark.parametrize(
    ("content", "output", "message"),
    [
        ("not json", "model.json", "bad.json"),
        (None, "no-such-folder/model.json", "does not exist"),
    ],
)
def test_main_names_what_it_cannot_do_and_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    output: str,
    message: str,
) -> None:
    source = ROOT_DIR / "tests/data/reports/real/dev-a.json"
    if content is not None:
        source = tmp_path / "bad.json"
        source.write_text(content, encoding="utf-8")
    out = tmp_path / output
    assert main([str(source), "-o", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_model_can_be_remade_when_its_file_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(path: Path = MODEL_PATH) -> None:
        raise GeoError(f"cannot read the reader's confidence model {path}")

    # fitting reads no model: the reader proposes without confidence for it
    monkeypatch.setattr("geo.extract.confidence.load_model", missing)
    out = tmp_path / "model.json"
    assert main([str(ROOT_DIR / "tests/data/reports/real/dev-a.json"), "-o", str(out)]) == 0
    assert out.exists()


def test_cross_validation_scores_each_group_by_a_model_fitted_on_the_others() -> None:
    # a fact that goes with found proposals, told in every group; dated ones all
    group = [({"told:event_date": 1.0}, True)] * 6 + [({"age:undated": 1.0}, False)] * 6
    noisy = [({"told:event_date": 1.0}, False), ({"age:undated": 1.0}, True)]
    result = cross_validate({"a": group + noisy, "b": group, "c": group}, expected=20)
    assert result.proposals == 38
    assert result.found == 19
    assert result.auc > 0.9  # found ones score above the others
    assert result.likely == 19  # the dated ones, all scored likely
    assert result.likely_found == 18
    assert "precision 0.947, recall 0.900" in result.table()


def test_cross_validation_counts_ties_as_half() -> None:
    # every proposal has the same facts: one score for all, an AUC of one half
    group = [({"told:event_date": 1.0}, True), ({"told:event_date": 1.0}, False)]
    result = cross_validate({"a": group, "b": group}, expected=2)
    assert result.auc == 0.5
    assert result.log_loss == pytest.approx(math.log(2))


def test_cross_validation_needs_two_groups_each_fitted_on_both_outcomes() -> None:
    with pytest.raises(GeoError, match="fewer than two files"):
        cross_validate({"a": [({"a": 1.0}, True), ({"a": 0.0}, False)]}, expected=1)
    # the others of "a" hold unfound proposals only: nothing to learn, said for "a"
    with pytest.raises(GeoError, match=r"holding out a: .* gave 0 proposals that found"):
        cross_validate({"a": [({"a": 1.0}, True)], "b": [({"a": 1.0}, False)]}, expected=2)


def test_a_measure_with_nothing_to_count_is_not_a_number_shown() -> None:
    undated = [({"age:undated": 1.0}, True), ({"age:undated": 1.0, "x": 1.0}, False)]
    table = cross_validate({"a": undated, "b": undated}, expected=0).table()
    assert "likely     0 proposals, 0 found: precision n/a, recall n/a" in table


def test_main_cross_validates_without_writing_a_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(ROOT_DIR / f"tests/data/reports/real/dev-{x}.json") for x in "ab"]
    assert main([*files, "--cross-validate", "-o", str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "2 files, each scored by a model fitted on the others" in out
    assert "AUC" in out
    assert "likely" in out
    assert not (tmp_path / "m.json").exists()
    test_file = str(next((ROOT_DIR / "tests/data/reports/real").glob("test-*.json")))
    assert main([files[0], test_file, "--cross-validate"]) == 1
