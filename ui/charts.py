"""Altair charts of casualty summaries (rendered by Streamlit's own bundled Vega)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.text import visible

__all__ = ["summary_chart"]


def summary_chart(summary: pd.DataFrame, *, by: str) -> alt.Chart:
    """Bars of the best fatality estimate per group, with the event count beside.

    Groups whose events reported no figure get no bar; the tooltip says so.
    """
    frame = pd.DataFrame(
        {
            by: [visible(g) for g in summary["group"].astype(str)],
            "fatalities (best)": summary["fatalities_best"].astype("Float64"),
            "events": summary["events"].astype("Int64"),
            "events with no figure": summary["fatalities_unknown"].astype("Int64"),
        }
    ).astype({"fatalities (best)": "float64"})
    sort = "ascending" if by == "month" else "-x"
    return (
        alt.Chart(frame)
        .mark_bar(color="#d55e00")
        .encode(
            x=alt.X("fatalities (best):Q", title="fatalities (best estimate, reported only)"),
            y=alt.Y(f"{by}:N", sort=sort, title=None, axis=alt.Axis(labelLimit=260)),
            tooltip=[by, "fatalities (best)", "events", "events with no figure"],
        )
        .properties(height=max(80, 34 * len(frame)))
    )
