from __future__ import annotations

import re
from pathlib import Path

import folium
import folium.plugins
import pytest
import xstatic.pkg.leaflet

from ui.assets import STATIC_DIR, AssetError, install, installed, localise, static_url
from ui.maps import event_map

_REQUEST = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)=["']([^"']+)""", re.I)


def _links(m: folium.Map) -> list[str]:
    links: list[str] = []
    for element in [m, *m._children.values()]:
        links += [url for _, url in getattr(element, "default_js", [])]
        links += [url for _, url in getattr(element, "default_css", [])]
    return links


def test_install_copies_the_pinned_packages(tmp_path: Path) -> None:
    assert installed(tmp_path) != []
    install(tmp_path)
    assert installed(tmp_path) == []
    copied = tmp_path / "vendor" / "leaflet" / "leaflet.js"
    original = Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js"
    assert copied.read_bytes() == original.read_bytes()
    assert "1.9.3" in copied.read_text()[:200]


def test_set_up_installed_the_assets_the_app_serves() -> None:
    assert installed(STATIC_DIR) == [], "run `make setup` (python -m ui.assets)"


@pytest.mark.parametrize(("base", "prefix"), [("", "/app/static/vendor/"), ("/kcm/", "/kcm/app/")])
def test_localise_points_every_link_at_the_app(base: str, prefix: str) -> None:
    m = folium.Map(tiles=None)
    folium.CircleMarker([24.7, 97.5], popup="x", tooltip="y").add_to(m)
    links = _links(localise(m, base_url_path=base))
    assert links
    assert all(url.startswith(prefix) for url in links), links
    assert static_url("leaflet/leaflet.js", base_url_path=base) in links
    assert _links(folium.Map())[0].startswith("https://")  # folium's defaults are untouched


def test_localise_refuses_a_plugin_the_app_does_not_serve() -> None:
    m = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(AssetError, match=r"Control.Fullscreen.*does not serve"):
        localise(m)


def test_localise_serves_the_marker_cluster_plugin_locally() -> None:
    m = folium.Map(tiles=None)
    cluster = folium.plugins.MarkerCluster().add_to(m)
    localise(m)
    links = [url for _, url in (*cluster.default_js, *cluster.default_css)]
    assert links == [
        "/app/static/vendor/markercluster/leaflet.markercluster.js",
        "/app/static/vendor/markercluster/MarkerCluster.css",
        "/app/static/vendor/markercluster/MarkerCluster.Default.css",
    ]
    for url in links:
        assert (STATIC_DIR / url.removeprefix("/app/static/")).is_file()


def test_the_maps_own_script_and_base_layers_are_served(events) -> None:  # type: ignore[no-untyped-def]
    html = event_map(events, centre=None, basemap=False).get_root().render()
    assert '<script src="/app/static/vendor/kcm/map.js"></script>' in html
    assert '"/app/static/vendor/kcm/basemap.geojson"' in html
    assert (STATIC_DIR / "vendor" / "kcm" / "basemap.geojson").is_file()


def test_a_rendered_map_requests_nothing_from_elsewhere(events, gazetteer) -> None:  # type: ignore[no-untyped-def]
    m = event_map(events, centre=None, basemap=False, towns=gazetteer.towns())
    html = m.get_root().render()
    requested = _REQUEST.findall(html)
    assert requested
    assert all(url.startswith("/app/static/vendor/") for url in requested), requested
    assert 'L.Icon.Default.imagePath = "/app/static/vendor/leaflet/images/"' in html
