from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest

from geo.rings import beyond_rings, ring_bands
from geo.schema import Source, validate_events
from geo.summary import summarise
from tests.conftest import make_row
from ui.records import (
    band_table,
    display_value,
    distance_table,
    event_table,
    figure_table,
    figure_text,
    flag_table,
    record_markdown,
    record_table,
    source_markdown,
)

LAIZA = (97.557731628418, 24.7537803649902)


@pytest.mark.parametrize(
    ("column", "value", "text"),
    [
        ("fatalities_best", pd.NA, "unknown"),
        ("fatalities_best", None, "unknown"),
        ("fatalities_best", 0, "0"),
        ("injured", 57, "57"),
        ("notes", None, ""),
        ("event_date", pd.Timestamp("2023-10-09"), "2023-10-09"),
        # the source's own fields read as they did when kept as a dictionary
        (
            "original",
            '{"country": "Myanmar", "tags": null}',
            "{'country': 'Myanmar', 'tags': None}",
        ),
        ("original", None, ""),
    ],
)
def test_display_value(column: str, value: object, text: str) -> None:
    assert display_value(column, value) == text


def test_record_table_has_every_field_but_geometry_and_sources(events: gpd.GeoDataFrame) -> None:
    event = events.loc["KCM-20231009-MLH"]
    table = record_table(event)
    assert set(table["field"]) == set(events.columns) - {"geometry", "sources"}
    values = dict(zip(table["field"], table["value"], strict=True))
    assert values["fatalities_best"] == str(event["fatalities_best"])


def test_figure_table_says_unknown_where_no_figure(tiny_events: gpd.GeoDataFrame) -> None:
    summary = summarise(tiny_events, by="township")
    table = figure_table(summary)
    for row, source in zip(table.itertuples(), summary.itertuples(), strict=True):
        expected = "unknown" if pd.isna(source.injured) else str(source.injured)
        assert row.injured == expected


def test_distance_table_is_nearest_first(events: gpd.GeoDataFrame) -> None:
    from geo.rings import distances_from

    table = distance_table(events, distances_from(events, *LAIZA))
    placed = table["distance_km"].dropna()
    assert list(placed) == sorted(placed)
    assert table["distance_km"].isna().sum() == events.geometry.isna().sum()
    assert table["distance_km"].isna().iloc[len(placed) :].all()  # no point: last
    directions = table["direction"].iloc[: len(placed)]
    assert set(directions[placed > 0]) <= {
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    }  # fmt: skip
    assert set(directions[placed == 0]) <= {""}  # at the centre: no bearing, not "S"


def test_band_table_labels_bands(events: gpd.GeoDataFrame) -> None:
    table = band_table(ring_bands(*LAIZA, (5, 10), events=events))
    assert list(table["band"]) == ["0-5 km", "5-10 km"]


def test_band_table_ends_with_the_events_beyond_the_last_ring(
    events: gpd.GeoDataFrame,
) -> None:
    beyond = beyond_rings(events, *LAIZA, (5, 10))
    table = band_table(ring_bands(*LAIZA, (5, 10), events=events), beyond)
    assert list(table["band"]) == ["0-5 km", "5-10 km", "beyond 10 km"]
    assert table["events"].iloc[-1] == f"{beyond['events']:,}"


@pytest.mark.parametrize(
    ("value", "column", "text"),
    [
        (28554, "fatalities_best", "28,554"),
        (0, "injured", "0"),
        (None, "injured", "unknown"),
        (pd.NA, "fatalities_low", "unknown"),
        (1234567, "events", "1,234,567"),
    ],
)
def test_figure_text_separates_thousands(value: object, column: str, text: str) -> None:
    assert figure_text(value, column) == text


def test_figure_table_separates_thousands() -> None:
    summary = pd.DataFrame(
        {
            "group": ["a"],
            "events": [7375],
            "fatalities_low": [28000],
            "fatalities_best": [28554],
            "fatalities_high": [30001],
            "injured": [None],
            "civilian_fatalities": [1200],
            "children_killed": [0],
            "fatalities_unknown": [1500],
        }
    ).astype({"injured": "Int64"})
    row = figure_table(summary).iloc[0]
    assert (row["events"], row["fatalities (best)"], row["range (low-high)"]) == (
        "7,375",
        "28,554",
        "28,000-30,001",
    )
    assert (row["no figure reported"], row["injured"], row["children killed"]) == (
        "1,500",
        "unknown",
        "0",
    )


def test_event_table_lists_sources(events: gpd.GeoDataFrame) -> None:
    table = event_table(events)
    assert len(table) == len(events)
    mlh = table.set_index("event_id").loc["KCM-20231009-MLH"]
    assert "The Irrawaddy" in mlh["sources"]


def test_event_table_says_what_to_check(events: gpd.GeoDataFrame) -> None:
    flags = {"KCM-20231020-LLA": ("township mismatch",)}
    table = event_table(events, flags)
    check = dict(zip(table["event_id"], table["check"], strict=True))
    assert check["KCM-20231020-LLA"] == "township mismatch"
    assert check["KCM-20231009-MLH"] == ""
    assert "check" not in event_table(events).columns


def test_flag_table_puts_both_townships_side_by_side(events: gpd.GeoDataFrame) -> None:
    from geo.dataset import load_dataset
    from geo.quality import quality_flags

    placed = load_dataset().events
    table = flag_table(quality_flags(placed), placed)
    row = table.iloc[0]
    assert row["township (in use)"] == "Momauk"
    assert row["township (by coordinates)"] == "Waingmaw"
    assert row["date"] == "2023-10-20"
    missing = pd.DataFrame({"event_id": ["gone"], "flag": ["duplicate id"], "detail": ["x"]})
    assert flag_table(missing, placed).iloc[0]["location"] == ""  # an event left out


def _shown(markdown: str) -> str:
    """What a Markdown element shows of escaped text."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_record_markdown_reads_in_words(events: gpd.GeoDataFrame) -> None:
    markdown = record_markdown(events.loc["KCM-20231009-MLH"])
    shown = _shown(markdown)
    assert "**Fatalities:** 28-30 (best 29)" in shown
    assert "**Children killed:** 10-13 (best 11)" in shown
    assert "**Date:** 9 October 2023" in shown
    assert "**Type:** Explosions/Remote violence: Air/drone strike" in shown
    for raw in ("date_precision", "assoc_actor", "None", "nan", "<NA>"):
        assert raw not in markdown
    assert all(line.startswith("**") for line in markdown.split("  \n"))


HOSTILE_MD = "[x](javascript:alert(1)) ![i](https://e.org/i.png) <b>b</b>\n\n# head\n> q"


def test_record_and_sources_escape_every_text() -> None:
    event = validate_events(
        pd.DataFrame(
            [
                make_row(
                    location=HOSTILE_MD,
                    notes=HOSTILE_MD,
                    fatalities_high=1200,
                    sources=[
                        Source(HOSTILE_MD, title=HOSTILE_MD, url="https://e.org/a)(b<c>"),
                        Source(
                            "Q",
                            url="https://e.org/q",
                            quote=HOSTILE_MD,
                            reported={"fatalities": 1200},
                        ),
                    ],
                )
            ]
        )
    ).iloc[0]
    event["sources"] = (*event["sources"], Source("Bad", url="javascript:alert(1)"))
    for markdown in (record_markdown(event), source_markdown(event["sources"])):
        assert "](javascript" not in markdown
        assert "![" not in markdown
        assert "<b>" not in markdown
        assert "\n#" not in markdown  # no block of the text's own
        assert "\n> q" not in markdown
        assert " ".join(HOSTILE_MD.split()) in _shown(markdown)
    sources = source_markdown(event["sources"])
    assert re.findall(r"\]\(<([^>]*)>\)", sources) == [
        "https://e.org/a)(b%3Cc%3E",
        "https://e.org/q",
    ]
    assert "javascript\\:alert\\(1\\)" in sources  # shown as text, not linked
    assert "    reported 1\\,200 killed" in sources
    assert f"    > {' '.join(HOSTILE_MD.split())}" in _shown(sources)
    assert source_markdown(()) == "No source recorded."


def test_sources_are_a_numbered_list(events: gpd.GeoDataFrame) -> None:
    event = events.loc["KCM-20231009-MLH"]
    items = source_markdown(event["sources"]).split("\n\n")
    numbered = [i for i in items if re.match(r"\d+\. ", i)]
    assert len(numbered) == len(event["sources"])
    assert numbered[0].startswith("1. **The Irrawaddy**, 25 October 2023: [www\\.irrawaddy\\.com]")


def _show_hostile_event() -> None:
    import pandas as pd

    from geo.schema import Source, validate_events
    from tests.conftest import make_row
    from ui.records import show_event

    hostile = "<img src=x onerror=alert(1)>{{7*7}} [x](javascript:alert(1))"
    row = make_row(
        event_id="H-1",
        location=hostile,
        notes=hostile,
        sources=[Source(hostile, title=hostile, url="https://e.org", quote=hostile)],
    )
    show_event(validate_events(pd.DataFrame([row])).iloc[0])


def test_show_event_renders_a_card_and_a_list_of_sources() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_show_hostile_event, default_timeout=60).run()
    assert not at.exception, at.exception
    texts = [m.value for m in at.markdown]
    assert texts[0] == "**Selected event**"
    assert "**H\\-1**" in texts
    assert "**Sources of H\\-1**" in texts
    hostile = "<img src=x onerror=alert(1)>{{7*7}} [x](javascript:alert(1))"
    assert any(f"**Place:** {hostile}" in _shown(t) for t in texts)
    assert len(at.dataframe) == 1  # the raw fields only in an expander under the sources
    assert at.expander[0].label == "Every field as coded (ACLED and UCDP names)"


def _long_table() -> None:
    import pandas as pd

    from ui.records import table

    table(pd.DataFrame({"n": range(1, 1201), "place": ["Laiza"] * 1200}), hide_index=True)


def test_a_long_table_is_sent_a_page_at_a_time() -> None:
    from streamlit.testing.v1 import AppTest

    from ui.records import PAGE_ROWS

    at = AppTest.from_function(_long_table).run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == PAGE_ROWS
    assert at.caption[0].value.startswith(f"Rows 1-{PAGE_ROWS} of 1,200")
    at.number_input[0].set_value(3).run()
    shown = at.dataframe[0].value
    assert list(shown["n"]) == list(range(2 * PAGE_ROWS + 1, 1201))
    assert at.caption[0].value.startswith("Rows 1,001-1,200 of 1,200")


def _long_lazy_table() -> None:
    import pandas as pd
    import streamlit as st

    from ui.records import table

    def made(page: pd.DataFrame) -> pd.DataFrame:
        st.session_state["made_rows"] = len(page)
        return page.assign(twice=page["n"] * 2)

    events = pd.DataFrame({"n": range(1, 1201)})
    table(events, shown=made, key="lazy", unit="Events", hide_index=True)


def test_a_long_table_is_made_only_for_the_page_sent() -> None:
    from streamlit.testing.v1 import AppTest

    from ui.records import PAGE_ROWS

    at = AppTest.from_function(_long_lazy_table).run()
    assert not at.exception, at.exception
    assert at.session_state["made_rows"] == PAGE_ROWS  # never all 1,200
    assert at.caption[0].value.startswith(f"Events 1-{PAGE_ROWS} of 1,200")
    at.number_input(key="kcm_table_page_lazy").set_value(3).run()
    shown = at.dataframe[0].value
    assert list(shown["twice"]) == [2 * n for n in range(2 * PAGE_ROWS + 1, 1201)]
    assert at.session_state["made_rows"] == 1200 - 2 * PAGE_ROWS


def test_a_short_table_is_sent_whole_without_a_page_number() -> None:
    from streamlit.testing.v1 import AppTest

    def short() -> None:
        import pandas as pd

        from ui.records import table

        table(pd.DataFrame({"n": range(10)}))

    at = AppTest.from_function(short).run()
    assert len(at.dataframe[0].value) == 10
    assert len(at.number_input) == 0
