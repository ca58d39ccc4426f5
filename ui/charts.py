"""Altair charts of casualty summaries (rendered by Streamlit's own bundled Vega)."""

from __future__ import annotations

from typing import Final

import altair as alt
import pandas as pd

from ui.text import visible

__all__ = ["BAR_HEIGHT_PX", "summary_chart"]

#: Height of one category's row: every label fits and the chart grows with the categories.
BAR_HEIGHT_PX: Final = 26
_LABEL_PX: Final = 320


def summary_chart(summary: pd.DataFrame, *, by: str) -> alt.LayerChart:
    """Bars of the best fatality estimate per group, each labelled with its value
    (thousands separated); a zero is drawn as 0, a group whose events reported no
    figure gets no bar and the label ``unknown``.

    One row of :data:`BAR_HEIGHT_PX` per group, so every group's label is shown at any
    number of groups.
    """
    best = summary["fatalities_best"].astype("Float64")
    frame = pd.DataFrame(
        {
            by: [visible(g) for g in summary["group"].astype(str)],
            "fatalities (best)": best,
            "events": summary["events"].astype("Int64"),
            "events with no figure": summary["fatalities_unknown"].astype("Int64"),
            "label": ["unknown" if pd.isna(v) else f"{int(v):,}" for v in best],
        }
    ).astype({"fatalities (best)": "float64"})
    frame["position"] = frame["fatalities (best)"].fillna(0.0)
    # Months in time order; other groups largest first (unknown with the zeros).
    sort = "ascending" if by == "month" else alt.EncodingSortField("position", order="descending")
    y = alt.Y(
        f"{by}:N",
        sort=sort,
        title=None,
        axis=alt.Axis(labelLimit=_LABEL_PX, labelOverlap=False),
    )
    base = alt.Chart().encode(
        y=y,
        tooltip=[
            alt.Tooltip(f"{by}:N"),
            alt.Tooltip("fatalities (best):Q", format=","),
            alt.Tooltip("events:Q", format=","),
            alt.Tooltip("events with no figure:Q", format=","),
        ],
    )
    bars = base.mark_bar(color="#d55e00").encode(
        x=alt.X(
            "fatalities (best):Q",
            title="fatalities (best estimate, reported only)",
            scale=alt.Scale(zero=True, nice=True),
            axis=alt.Axis(format=",d", tickMinStep=1),
        )
    )
    labels = base.mark_text(align="left", dx=4, color="#222").encode(
        x=alt.X("position:Q"), text=alt.Text("label:N")
    )
    return alt.layer(bars, labels, data=frame).properties(height=BAR_HEIGHT_PX * len(frame) + 20)
