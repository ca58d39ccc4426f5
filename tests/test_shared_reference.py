"""Checks against the official MIMU township polygons in ../shared/data (never
committed). They skip, with the reason shown, when that data is absent."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest

from geo.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def townships(mimu_townships: Path) -> gpd.GeoDataFrame:
    return gpd.read_file(mimu_townships, encoding="utf-8")[["TS", "TS_PCODE", "geometry"]]


def _official_township(townships: gpd.GeoDataFrame, lon: float, lat: float) -> str | None:
    hit = townships[townships.contains(gpd.points_from_xy([lon], [lat])[0])]
    return hit["TS_PCODE"].iloc[0] if len(hit) else None


def test_curated_places_fall_in_their_townships(
    townships: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    # Lal Long Aungja: reported in Momauk, but its mapped point (Nam Sang Yang) is in Waingmaw.
    expected_mismatch = {"curated:lal-long-aungja": "MMR001002"}
    for place_id in (
        "curated:laiza",
        "curated:kia-hq",
        "curated:mung-lai-hkyet",
        "curated:a-nang-pa",
        "curated:lal-long-aungja",
        "curated:mong-ko",
        "curated:au-lan-pa",
    ):
        place = gazetteer.get(place_id)
        official = _official_township(townships, *place.lonlat())
        assert official == expected_mismatch.get(place_id, place.township_pcode), place_id


def test_bundled_events_fall_in_their_townships(
    townships: gpd.GeoDataFrame, events: gpd.GeoDataFrame
) -> None:
    located = events[events.geometry.notna()]
    joined = located.sjoin(townships.to_crs(located.crs), how="left", predicate="within")
    mismatched = set(joined.loc[joined["township_pcode"] != joined["TS_PCODE"], "event_id"])
    assert mismatched == {"KCM-20231020-LLA", "KCM-20231021-LLA", "KCM-20231023-LLA"}


def test_gazetteer_townships_match_mimu_pcodes(
    townships: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    official = dict(zip(townships["TS_PCODE"], townships["TS"], strict=True))
    ours = {t.pcode: t.name for t in gazetteer.townships()}
    kachin = {p for p in official if p.startswith("MMR001")}
    assert kachin <= set(ours)
    assert all(ours[p] == official[p] for p in kachin)
