"""The bundled data: every event sourced, ranges honest, the seed report's events present."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import ValidationError
from geo.loader import read_events_file
from geo.paths import EVENTS_PATH
from geo.schema import FIGURES

SEED_URL = (
    "https://www.irrawaddy.com/news/burma/kachin-stands-firm-against-myanmar-regime-kio-chair.html"
)


def test_bundled_events_load_in_wgs84(events: gpd.GeoDataFrame) -> None:
    assert events.crs == "EPSG:4326"
    assert events["event_id"].is_unique
    assert len(events) >= 10


def test_every_event_is_sourced(events: gpd.GeoDataFrame) -> None:
    for event_id, sources in events["sources"].items():
        assert sources, event_id
        for s in sources:
            assert s.publisher, event_id
            assert s.url or s.title, event_id


def test_ranges_cover_every_reported_figure(events: gpd.GeoDataFrame) -> None:
    for _, event in events.iterrows():
        for figure in FIGURES:
            reported = [
                s.reported[figure.name] for s in event["sources"] if figure.name in s.reported
            ]
            known = [*reported, *([] if pd.isna(event[figure.best]) else [event[figure.best]])]
            if known:
                assert event[figure.low] == min(known)
                assert event[figure.high] == max(known)
            else:
                assert pd.isna(event[figure.low])
                assert pd.isna(event[figure.high])


def _by_seed(events: gpd.GeoDataFrame) -> dict[str, dict[str, int]]:
    return {
        event_id: next(s.reported for s in sources if s.url == SEED_URL)
        for event_id, sources in events["sources"].items()
        if any(s.url == SEED_URL for s in sources)
    }


@pytest.mark.parametrize(
    ("event_id", "date", "township", "figures"),
    [
        (
            "KCM-20231009-MLH",
            "2023-10-09",
            "Waingmaw",
            {"fatalities": 29, "children_killed": 13, "injured": 57},
        ),
        ("KCM-20221023-ANP", "2022-10-23", "Hpakant", {"fatalities": 63, "injured": 60}),
        ("KCM-20231020-LLA", "2023-10-20", "Momauk", {}),
        ("KCM-20231023-LLA", "2023-10-23", "Momauk", {}),
        ("KCM-20231025-KIO", "2023-10-25", None, {}),
    ],
)
def test_seed_report_events(
    events: gpd.GeoDataFrame, event_id: str, date: str, township: str | None, figures: dict
) -> None:
    event = events.loc[event_id]
    assert str(event["event_date"].date()) == date
    assert (event["township"] if isinstance(event["township"], str) else None) == township
    assert _by_seed(events)[event_id] == figures


def test_mung_lai_hkyet_is_about_3km_north_of_the_hq(events: gpd.GeoDataFrame, gazetteer) -> None:
    from geo import geodesy

    hq = gazetteer.geocode("KIA headquarters").place.lonlat()
    camp = events.loc["KCM-20231009-MLH"]
    assert geodesy.distance_m(*hq, camp.longitude, camp.latitude)[()] == pytest.approx(
        3000, rel=1e-6
    )
    assert camp["geo_precision"] == 2


def test_vague_reports_keep_their_precision(events: gpd.GeoDataFrame) -> None:
    month = events[events["date_precision"] == 3]
    assert len(month) >= 2
    assert (month["event_date_end"] > month["event_date"]).all()
    region = events[events["geo_precision"] == 3]
    assert region.geometry.isna().all()


def _write(tmp_path: Path, document: dict) -> Path:
    path = tmp_path / "events.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_bad_file_names_event_and_field(tmp_path: Path, gazetteer) -> None:
    document = json.loads(EVENTS_PATH.read_text(encoding="utf-8"))
    document["events"][1]["place"] = "curated:nowhere"
    document["events"][3]["event_date"] = "2023-02-30"
    document["events"][4]["sources"][0]["ref"] = "no-such-source"
    with pytest.raises(ValidationError) as info:
        read_events_file(_write(tmp_path, document), gazetteer=gazetteer)
    assert {(p.row, p.field) for p in info.value.problems} == {(2, "place"), (5, "sources")}


def test_bad_values_are_all_reported(tmp_path: Path, gazetteer) -> None:
    document = json.loads(EVENTS_PATH.read_text(encoding="utf-8"))
    document["events"][3]["event_date"] = "2023-02-30"
    document["events"][0]["best"]["fatalities"] = -1
    with pytest.raises(ValidationError) as info:
        read_events_file(_write(tmp_path, document), gazetteer=gazetteer)
    fields = {(p.row, p.field) for p in info.value.problems}
    assert (4, "event_date") in fields
    assert (1, "fatalities_best") in fields


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "Expecting property name"),
        ('{"events": ' + "[" * 5000 + "]" * 5000 + "}", "nested 5,001 levels deep"),
    ],
)
def test_unreadable_file(tmp_path: Path, gazetteer, text: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=rf"cannot read broken\.json: {message}"):
        read_events_file(path, gazetteer=gazetteer)


def test_bundled_events_outside_the_limits_are_refused(tmp_path: Path, gazetteer) -> None:
    document = json.loads(EVENTS_PATH.read_text(encoding="utf-8"))
    document["events"][0]["event_date"] = "2099-01-01"
    document["events"][0]["event_date_end"] = "2099-01-01"
    document["events"][1]["location"] = "Lai\x00za"
    with pytest.raises(ValidationError) as info:
        read_events_file(_write(tmp_path, document), gazetteer=gazetteer)
    fields = {(p.row, p.field) for p in info.value.problems}
    assert {(1, "event_date"), (2, "location")} <= fields
