from __future__ import annotations

import geopandas as gpd

from geo.citations import cited_sources, source_rows


def test_one_row_per_event_and_source(events: gpd.GeoDataFrame) -> None:
    rows = source_rows(events)
    assert len(rows) == sum(len(s) for s in events["sources"])
    mlh = rows[rows["event_id"] == "KCM-20231009-MLH"]
    seed = mlh[mlh["publisher"] == "The Irrawaddy"].iloc[0]
    assert seed["reported"] == "29 killed, 13 children killed, 57 injured"


def test_cited_sources_counts_events_per_source(events: gpd.GeoDataFrame) -> None:
    cited = cited_sources(events)
    rows = source_rows(events)
    assert (
        cited["events"].sum()
        == rows.drop_duplicates(["event_id", "publisher", "title", "published", "url"]).shape[0]
    )
    assert not cited.duplicated(["publisher", "title", "published", "url"]).any()


def test_no_events_no_sources(events: gpd.GeoDataFrame) -> None:
    assert source_rows(events.iloc[:0]).empty
    assert cited_sources(events.iloc[:0]).empty
