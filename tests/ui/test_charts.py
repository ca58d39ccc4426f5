"""ui.charts: casualty bars, their labels shown as the text they are."""

from __future__ import annotations

import pandas as pd

from ui.charts import summary_chart


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
