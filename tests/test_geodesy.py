from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import geodesy

LAIZA = (97.557731628418, 24.7537803649902)
lons = st.floats(min_value=92.2, max_value=101.1)
lats = st.floats(min_value=9.6, max_value=28.5)
radii_m = st.floats(min_value=500, max_value=500_000)


def _true_circle_area_m2(lat: float, radius_m: float) -> float:
    """A geodesic circle's area on the sphere of the ellipsoid's local mean radius."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi = math.radians(lat)
    m = a * (1 - e2) / (1 - e2 * math.sin(phi) ** 2) ** 1.5
    n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    r = math.sqrt(m * n)
    return 2 * math.pi * r**2 * (1 - math.cos(radius_m / r))


@settings(max_examples=40, deadline=None)
@given(lons, lats, radii_m)
def test_ring_vertices_lie_on_the_radius(lon: float, lat: float, radius_m: float) -> None:
    circle = geodesy.geodesic_circle(lon, lat, radius_m)
    xs, ys = circle.exterior.coords.xy
    d = geodesy.distance_m(lon, lat, list(xs), list(ys))
    assert abs(d / radius_m - 1).max() < 0.001


@settings(max_examples=40, deadline=None)
@given(lons, lats, st.floats(min_value=1_000, max_value=200_000))
def test_ring_area_matches_the_true_circle(lon: float, lat: float, radius_m: float) -> None:
    area = geodesy.geodesic_area_m2(geodesy.geodesic_circle(lon, lat, radius_m))
    assert area / _true_circle_area_m2(lat, radius_m) == pytest.approx(1, abs=0.005)


def test_band_area_is_the_difference_of_discs() -> None:
    band = geodesy.geodesic_ring(*LAIZA, 50_000, 100_000)
    outer = geodesy.geodesic_area_m2(geodesy.geodesic_circle(*LAIZA, 100_000))
    inner = geodesy.geodesic_area_m2(geodesy.geodesic_circle(*LAIZA, 50_000))
    assert geodesy.geodesic_area_m2(band) == pytest.approx(outer - inner, rel=1e-6)
    assert len(band.interiors) == 1


def test_rings_follow_the_right_hand_rule() -> None:
    band = geodesy.geodesic_ring(*LAIZA, 5_000, 10_000)
    assert band.exterior.is_ccw
    assert not band.interiors[0].is_ccw


def test_distance_and_bearing_are_geodesic() -> None:
    # One degree of latitude at 25°N is ~110.8 km on WGS84, not 111.32 (a sphere's degree).
    d = geodesy.distance_m(97.0, 24.5, 97.0, 25.5)[()]
    assert d == pytest.approx(110_800, rel=0.001)
    assert geodesy.bearing_deg(97.0, 24.5, 97.0, 25.5)[()] == pytest.approx(0)
    assert geodesy.bearing_deg(97.0, 24.5, 96.0, 24.5)[()] == pytest.approx(270, abs=0.5)


def test_distance_and_bearing_from_one_solution_match_each_alone() -> None:
    lons, lats = [97.5, 96.0, 98.2], [24.8, 24.5, 23.1]
    metres, degrees = geodesy.distance_bearing(97.56, 24.78, lons, lats)
    np.testing.assert_array_equal(metres, geodesy.distance_m(97.56, 24.78, lons, lats))
    np.testing.assert_array_equal(degrees, geodesy.bearing_deg(97.56, 24.78, lons, lats))
    assert metres.shape == degrees.shape == (3,)
    assert ((degrees >= 0) & (degrees < 360)).all()


@given(lons, lats, st.floats(min_value=1, max_value=300_000), st.floats(0, 359.9))
def test_offset_round_trip(lon: float, lat: float, dist: float, bearing: float) -> None:
    lon2, lat2 = geodesy.offset(lon, lat, distance_m=dist, bearing_deg=bearing)
    assert geodesy.distance_m(lon, lat, lon2, lat2)[()] == pytest.approx(dist, rel=1e-9, abs=1e-6)


@pytest.mark.parametrize(("inner", "outer"), [(-1, 5), (5, 5), (10, 5)])
def test_bad_ring_radii(inner: float, outer: float) -> None:
    with pytest.raises(ValueError, match="inner"):
        geodesy.geodesic_ring(*LAIZA, inner, outer)


def test_bad_circle_radius() -> None:
    with pytest.raises(ValueError, match="positive"):
        geodesy.geodesic_circle(*LAIZA, 0)
