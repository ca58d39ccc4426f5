"""geo.mapdata: events packed for a country-scale web map, and clicks traced back."""

from __future__ import annotations

import base64
import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo.mapdata import (
    COORDINATE_SCALE,
    Click,
    pack_ints,
    parse_token,
    point_layer,
    token,
)
from geo.schema import Source, validate_events
from geo.symbols import marker_radius_px
from tests.conftest import make_row


def _unpack(packed: dict[str, str]) -> np.ndarray:
    return np.frombuffer(
        base64.b64decode(packed["b"]), dtype=np.dtype(packed["t"]).newbyteorder("<")
    )


@pytest.mark.parametrize(
    ("values", "dtype"),
    [
        ([0, 1, 255], "u1"),
        ([-1, 127], "i1"),
        ([0, 256], "u2"),
        ([-129, 5], "i2"),
        ([0, 65_536], "u4"),
        ([-40_000, 0], "i4"),
        ([], "u1"),
    ],
)
def test_integers_are_packed_as_narrowly_as_they_fit(values: list[int], dtype: str) -> None:
    packed = pack_ints(values)
    assert packed["t"] == dtype
    assert _unpack(packed).tolist() == values


def test_integers_beyond_32_bits_are_refused() -> None:
    with pytest.raises(ValueError, match="do not fit in 32 bits"):
        pack_ints([0, 2**32])


def _events(*rows: dict[str, object]) -> gpd.GeoDataFrame:
    return validate_events(pd.DataFrame(list(rows)))


def _figures(low: int | None, best: int | None, high: int | None) -> dict[str, object]:
    reported = {} if best is None else {"fatalities": best}
    return {
        "fatalities_low": low,
        "fatalities_best": best,
        "fatalities_high": high,
        "sources": [Source("Test Publisher", url="https://example.org/a", reported=reported)],
    }


@pytest.fixture
def three() -> gpd.GeoDataFrame:
    """Two events sharing a point and a name, one elsewhere; one with no figure."""
    return _events(
        make_row(event_id="A", **_figures(1, 2, 3)),
        make_row(
            event_id="B",
            **_figures(None, None, None),
            event_type="Battles",
            sub_event_type="Armed clash",
            date_precision=3,
            event_date=dt.date(2023, 10, 1),
            event_date_end=dt.date(2023, 10, 3),
        ),
        make_row(
            event_id="C",
            location="Elsewhere",
            latitude=25.0,
            longitude=97.0,
            **_figures(40, 40, 40),
        ),
    )


def test_packing_keeps_every_field_of_every_event(three: gpd.GeoDataFrame) -> None:
    layer = point_layer(three, flagged=["A"], radius_px=marker_radius_px)
    data = layer.payload
    assert list(layer.ids) == ["C", "A", "B"]  # largest first; not reported last
    assert data["n"] == 3
    sites, names = data["sites"], data["names"]
    site = _unpack(data["site"]) if "site" in data else np.arange(3)
    x, y = _unpack(sites["x"])[site], _unpack(sites["y"])[site]
    assert x.tolist() == [9_700_000, 9_756_000, 9_756_000]
    assert y.tolist() == [2_500_000, 2_478_000, 2_478_000]
    assert [names[i] for i in _unpack(sites["name"])[site]] == [
        "Elsewhere",
        "Test place",
        "Test place",
    ]
    days = _unpack(data["day"]).astype(int) + data["day0"]
    epoch = dt.date(1970, 1, 1)
    assert [epoch + dt.timedelta(days=int(d)) for d in days] == [
        dt.date(2023, 10, 9),
        dt.date(2023, 10, 9),
        dt.date(2023, 10, 1),
    ]
    assert _unpack(data["span"]).tolist() == [0, 0, 2]
    kinds = [data["types"][k] for k in _unpack(data["kind"])]
    assert kinds == ["Explosions/Remote violence", "Explosions/Remote violence", "Battles"]
    assert _unpack(data["deaths"]).tolist() == [41, 3, 0]  # plus one; 0 = not reported
    assert dict(map(tuple, data["radii"])) == {
        0: marker_radius_px(None),
        3: marker_radius_px(2),
        41: marker_radius_px(40),
    }
    assert data["flagged"] == [1]
    assert layer.x.tolist() == x.tolist()
    assert layer.y.tolist() == y.tolist()


def test_events_at_one_point_share_a_site_when_that_saves_bytes() -> None:
    rows = [make_row(event_id=f"E{i}") for i in range(10)]
    rows.append(make_row(event_id="F", latitude=25.0))
    layer = point_layer(_events(*rows))
    sites, site = layer.payload["sites"], _unpack(layer.payload["site"])
    assert len(_unpack(sites["x"])) == 2
    assert sorted(set(site.tolist())) == [0, 1]
    assert _unpack(sites["x"])[site].tolist() == layer.x.tolist()
    assert _unpack(sites["y"])[site].tolist() == layer.y.tolist()
    assert _unpack(sites["y"])[site].tolist().count(2_500_000) == 1  # F, at 25.0


def test_events_without_a_point_are_not_packed(three: gpd.GeoDataFrame) -> None:
    three.loc["B", "geometry"] = None
    layer = point_layer(three)
    assert list(layer.ids) == ["C", "A"]


def test_a_click_on_one_event_names_it(three: gpd.GeoDataFrame) -> None:
    layer = point_layer(three)
    text = f"Test place · 2023-10-09 · Battles {token(layer.digest, position=2)}"
    assert layer.events_at(text) == ["B"]


def test_a_click_on_a_group_names_every_event_in_its_box(three: gpd.GeoDataFrame) -> None:
    layer = point_layer(three)
    point = token(layer.digest, box=(9_756_000, 2_478_000, 9_756_000, 2_478_000))
    assert layer.events_at(f"2 events {point}") == ["A", "B"]
    everything = token(layer.digest, box=(9_000_000, 2_000_000, 10_000_000, 3_000_000))
    assert layer.events_at(everything) == ["C", "A", "B"]


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "Test place · 2023-10-09",
        "kcm:e:0123456789abcdef:0",  # another packing's digest
        "{digest} kcm:e:{digest}:3",  # no such position
        "kcm:e:{digest}:0 and then more text",  # a token must end the text
        "kcm:g:{digest}:1:2",  # a box needs four numbers
    ],
)
def test_a_click_from_elsewhere_names_nothing(three: gpd.GeoDataFrame, text: str | None) -> None:
    layer = point_layer(three)
    assert layer.events_at(None if text is None else text.format(digest=layer.digest)) == []


def test_a_click_on_a_map_filtered_since_names_nothing(three: gpd.GeoDataFrame) -> None:
    before = point_layer(three)
    after = point_layer(three.drop(index="C"))
    assert after.digest != before.digest
    assert after.events_at(token(before.digest, position=0)) == []


@pytest.mark.parametrize(
    "change",
    [
        lambda f: f.rename(index={"A": "Z"}),
        lambda f: f.assign(location=["A", "B", "C"]),
        lambda f: f.assign(fatalities_best=pd.array([1, 1, 1], dtype="Int64")),
        lambda f: f.assign(event_type="Riots"),
    ],
    ids=["an id", "a name", "a figure", "a type"],
)
def test_the_digest_names_ids_and_contents(three: gpd.GeoDataFrame, change) -> None:  # type: ignore[no-untyped-def]
    assert point_layer(change(three)).digest != point_layer(three).digest


def test_the_same_events_pack_the_same(three: gpd.GeoDataFrame) -> None:
    assert point_layer(three).payload == point_layer(three.copy()).payload


def test_names_are_packed_raw_for_the_page_to_escape() -> None:
    hostile = '<img src=x onerror="alert(1)">'
    layer = point_layer(_events(make_row(location=hostile)))
    assert layer.payload["names"] == [hostile]


@pytest.mark.parametrize(
    ("text", "click"),
    [
        ("x kcm:e:0123456789abcdef:12", Click("0123456789abcdef", position=12)),
        ("kcm:g:0123456789abcdef:1:-2:3:4 ", Click("0123456789abcdef", box=(1, -2, 3, 4))),
        ("kcm:e:0123456789ABCDEF:12", None),
        ("kcm:x:0123456789abcdef:12", None),
    ],
)
def test_tokens_are_read_from_the_end_of_the_text(text: str, click: Click | None) -> None:
    assert parse_token(text) == click


def test_coordinates_are_sent_to_about_a_metre() -> None:
    layer = point_layer(_events(make_row(latitude=24.123456, longitude=97.654321)))
    assert (layer.x[0], layer.y[0]) == (9_765_432, 2_412_346)
    assert 1 / COORDINATE_SCALE * 111_320 < 1.2  # metres per unit at the equator
