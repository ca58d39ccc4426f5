"""ui.charts: casualty bars, their labels shown as the text they are."""

from __future__ import annotations

import pandas as pd
import pytest

from ui.charts import BAR_HEIGHT_PX, summary_chart


def test_group_labels_show_bidi_controls_instead_of_obeying_them() -> None:
    summary = pd.DataFrame(
        {
            "group": ["Tsp\u202eX", "Laiza"],
            "fatalities_best": [3, None],
            "events": [1, 2],
            "fatalities_unknown": [0, 2],
        }
    )
    data = summary_chart(summary, by="township").data
    assert list(data["township"]) == ["Tsp[U+202E]X", "Laiza"]


def _summary(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "group": [f"Township {i}" for i in range(n)],
            "fatalities_best": [None if i == 1 else i * 1000 for i in range(n)],
            "events": [1] * n,
            "fatalities_unknown": [1 if i == 1 else 0 for i in range(n)],
        }
    )


@pytest.mark.parametrize("groups", [1, 2, 10, 60])
def test_height_grows_with_the_groups_and_every_label_is_shown(groups: int) -> None:
    spec = summary_chart(_summary(groups), by="township").to_dict()
    assert spec["height"] >= BAR_HEIGHT_PX * groups
    bars = spec["layer"][0]["encoding"]
    assert bars["y"]["axis"]["labelOverlap"] is False


@pytest.mark.parametrize(
    ("best", "label"),
    [(0, "0"), (None, "unknown"), (28554, "28,554"), (7, "7")],
)
def test_each_bar_is_labelled_with_its_value(best: int | None, label: str) -> None:
    summary = pd.DataFrame(
        {"group": ["A"], "fatalities_best": [best], "events": [1], "fatalities_unknown": [0]}
    )
    chart = summary_chart(summary, by="event_type")
    assert list(chart.data["label"]) == [label]
    spec = chart.to_dict()
    assert spec["layer"][1]["mark"]["type"] == "text"
    assert spec["layer"][0]["encoding"]["x"]["scale"]["zero"] is True
    assert spec["layer"][0]["encoding"]["x"]["axis"]["format"] == ",d"
