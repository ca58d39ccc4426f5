"""The offline base layers: the TopoJSON reader, the derivation, the shipped file and
the towns' label priority."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from geo.basemap import BASEMAP_PATH, TOWN_TIERS, base_layers, credits, myanmar, town_tier
from geo.basemap.derive import derive_basemap
from geo.basemap.topojson import TopologyError, decode_arcs, geometries
from geo.errors import GeoError
from geo.gazetteer import Place

#: Two unit squares sharing an edge (arc 1), quantized: scale 1, translate 90, 20.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [1, 1], "translate": [90, 20]},
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}, "id": "1"},
                {"type": "Polygon", "arcs": [[2, -2]], "properties": {"name": "East"}, "id": "2"},
                {"type": None, "properties": {"name": "Nowhere"}},
            ],
        }
    },
    "arcs": [
        [[1, 0], [-1, 0], [0, 1], [1, 0]],  # (91,20) (90,20) (90,21) (91,21)
        [[1, 21 - 20], [0, -1]],  # (91,21) -> (91,20): the shared edge
        [[1, 0], [1, 0], [0, 1], [-1, 0]],  # (91,20) (92,20) (92,21) (91,21)
    ],
}


def test_arcs_are_undone_from_deltas_and_the_transform() -> None:
    arcs = decode_arcs(TOPOLOGY)
    assert arcs[0] == [(91.0, 20.0), (90.0, 20.0), (90.0, 21.0), (91.0, 21.0)]
    assert arcs[1] == [(91.0, 21.0), (91.0, 20.0)]


def test_polygons_share_their_edge_and_null_geometries_are_skipped() -> None:
    features = geometries(TOPOLOGY, "countries")
    assert [p["name"] for p, _ in features] == ["West", "East"]
    west, east = (g for _, g in features)
    assert west.area == pytest.approx(1.0)
    assert east.area == pytest.approx(1.0)
    assert west.touches(east)
    assert west.intersection(east).length == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("topology", "message"),
    [
        ({"type": "FeatureCollection"}, "not a TopoJSON topology"),
        ({**TOPOLOGY, "objects": {}}, "no object 'countries'"),
    ],
)
def test_a_file_that_is_not_the_topology_is_refused(topology: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(TopologyError, match=message):
        geometries(topology, "countries")


def _square(west: float, south: float, size: float) -> shapely.Polygon:
    return shapely.box(west, south, west + size, south + size)


def test_states_are_clipped_to_the_border_and_labelled() -> None:
    countries = gpd.GeoDataFrame(
        {"name": ["Myanmar", "China", "Far away"], "code": ["104", "156", "999"]},
        geometry=[_square(96, 24, 2), _square(98, 24, 2), _square(150, 0, 1)],
        crs="EPSG:4326",
    )
    # a township area that runs 0.5 degree into China, as the derived areas can
    townships = gpd.GeoDataFrame(
        {
            "township_pcode": ["MMR001001", "MMR001002"],
            "township": ["Inside", "Over the border"],
            "state_pcode": ["MMR001", "MMR001"],
            "state": ["Kachin", "Kachin"],
        },
        geometry=[_square(96.2, 24.2, 1.0), shapely.box(97.2, 24.2, 98.5, 25.2)],
        crs="EPSG:4326",
    )
    layers = derive_basemap(countries, townships)
    assert set(layers.loc[layers["layer"] == "country", "name"]) == {"Myanmar", "China"}
    border = layers.loc[layers["name"] == "Myanmar"].geometry.iloc[0]
    for layer in ("state", "township"):
        shapes = layers[layers["layer"] == layer]
        assert shapes.geometry.within(border.buffer(1e-9)).all(), layer
    labels = layers[layers["layer"] == "country-label"]
    assert set(labels["name"]) == {"China"}  # a neighbour is named; Myanmar is not
    assert labels.geometry.within(countries.geometry.iloc[1]).all()
    assert list(layers.loc[layers["layer"] == "state-label", "name"]) == ["Kachin"]
    with pytest.raises(GeoError, match="no Myanmar"):
        derive_basemap(countries.iloc[1:], townships)


def test_the_shipped_file_draws_the_real_border_not_the_townships_hull() -> None:
    layers = base_layers()
    assert {"country", "state", "township", "country-label"} <= set(layers["layer"])
    assert layers.crs.equals("EPSG:4326")
    land = myanmar()
    laiza = shapely.Point(97.5563, 24.7796)  # KIA headquarters, on the border
    yingjiang = shapely.Point(97.94, 24.71)  # a Chinese town 40 km east of Laiza
    assert land.contains(laiza)
    assert not land.contains(yingjiang)
    china = layers[(layers["layer"] == "country") & (layers["name"] == "China")]
    assert china.geometry.iloc[0].contains(yingjiang)
    assert "Natural Earth" in credits()
    assert BASEMAP_PATH.stat().st_size < 2_000_000  # fetched by the browser: keep it small


def _town(code: str) -> Place:
    return Place(f"mimu-town:{code}", "T", "town", 25.0, 97.0, 1, "town")


@pytest.mark.parametrize(
    ("code", "tier"),
    [
        ("MMR001001701", 0),  # Myitkyina: the state's first township's principal town
        ("MMR015001701", 0),  # Lashio
        ("MMR001002701", 1),  # Waingmaw: a township seat
        ("MMR001002702", 2),  # Sadung: another town of Waingmaw
        ("MMR001001702", 2),  # Sinbo: in the first township, not its principal town
    ],
)
def test_town_tiers_follow_the_mimu_pcode(code: str, tier: int) -> None:
    assert town_tier(_town(code)) == tier
    assert 0 <= tier < len(TOWN_TIERS)


def test_the_gazetteers_towns_are_ranked_main_towns_first(gazetteer) -> None:  # type: ignore[no-untyped-def]
    kachin = [t for t in gazetteer.towns() if t.state_pcode == "MMR001"]
    mains = [t.name for t in kachin if town_tier(t) == 0]
    assert mains == ["Myitkyina"]
    seats = {t.name for t in kachin if town_tier(t) == 1}
    assert {"Waingmaw", "Bhamo", "Momauk", "Hpakant"} <= seats
