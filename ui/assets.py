"""Front-end assets served by the app itself, so the map renders with no internet.

Leaflet and jQuery (folium's popups use ``$``) come from the XStatic packages pinned
in ``requirements.txt``. ``python -m ui.assets`` (run by ``make`` at set-up) copies
their files into ``static/vendor/``, which Streamlit serves at ``/app/static/``;
nothing is copied into the repository by hand and nothing is fetched at run time.

:func:`localise` then points every JS/CSS link of a folium map at those copies and
refuses a map that still needs a link it cannot serve: with any CDN link left,
streamlit-folium shows an empty space where the map should be, silently.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import folium
from branca.element import MacroElement, Template

from geo.errors import GeoError

__all__ = [
    "ASSETS",
    "OWN_FILES",
    "STATIC_DIR",
    "Asset",
    "AssetError",
    "install",
    "installed",
    "localise",
    "static_url",
]

STATIC_DIR: Final = Path(__file__).resolve().parents[1] / "static"
VENDOR: Final = "vendor"


class AssetError(GeoError):
    """A map needs a script or style sheet that the app does not serve itself."""


@dataclass(frozen=True)
class Asset:
    """One XStatic package and the files of it that folium maps load."""

    package: str  # the importable XStatic module
    folder: str  # its folder under static/vendor/
    js: tuple[str, ...] = ()
    css: tuple[str, ...] = ()


ASSETS: Final = (
    Asset("xstatic.pkg.leaflet", "leaflet", js=("leaflet.js",), css=("leaflet.css",)),
    Asset("xstatic.pkg.jquery", "jquery", js=("jquery.min.js",)),
    Asset(
        "xstatic.pkg.leaflet_markercluster",
        "markercluster",
        js=("leaflet.markercluster.js",),
        css=("MarkerCluster.css", "MarkerCluster.Default.css"),
    ),
)
_ROOT: Final = Path(__file__).resolve().parents[1]
#: The project's own files served beside the packages: the map's script (base layers,
#: labels, legend) and the offline base layers it draws. Copied, never edited, here.
OWN_FILES: Final = {
    "kcm/map.js": _ROOT / "ui" / "js" / "map.js",
    "kcm/points.js": _ROOT / "ui" / "js" / "points.js",
    "kcm/basemap.geojson": _ROOT / "data" / "basemap.geojson",
}

# folium's names for its default links -> the local file that replaces them, or None
# for links the app's maps do not use (Bootstrap, Font Awesome, awesome-markers).
_FOLIUM_JS: Final[dict[str, str | None]] = {
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",
    "markerclusterjs": "markercluster/leaflet.markercluster.js",
    "bootstrap": None,
    "awesome_markers": None,
}
_FOLIUM_CSS: Final[dict[str, str | None]] = {
    "leaflet_css": "leaflet/leaflet.css",
    "markerclustercss": "markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "markercluster/MarkerCluster.Default.css",
    "bootstrap_css": None,
    "glyphicons_css": None,
    "awesome_markers_font_css": None,
    "awesome_markers_css": None,
    "awesome_rotate_css": None,
}


def _package_dir(asset: Asset) -> Path:
    module = importlib.import_module(asset.package)
    return Path(module.BASE_DIR)


def install(static_dir: Path = STATIC_DIR) -> list[Path]:
    """Copy each XStatic package's files into ``static_dir/vendor/<folder>/``.

    Returns the folders written. Replaces what was there, so a pin change takes effect.
    """
    written = []
    for asset in ASSETS:
        target = static_dir / VENDOR / asset.folder
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(_package_dir(asset), target)
        written.append(target)
    for relative, source in OWN_FILES.items():
        target = static_dir / VENDOR / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def installed(static_dir: Path = STATIC_DIR) -> list[str]:
    """The asset files that are missing under ``static_dir`` (empty when all are there)."""
    missing = []
    for asset in ASSETS:
        for name in (*asset.js, *asset.css):
            if not (static_dir / VENDOR / asset.folder / name).is_file():
                missing.append(f"{VENDOR}/{asset.folder}/{name}")
    missing += [f"{VENDOR}/{r}" for r in OWN_FILES if not (static_dir / VENDOR / r).is_file()]
    return missing


def static_url(relative: str, *, base_url_path: str = "") -> str:
    """The URL under which Streamlit serves ``static/vendor/<relative>``.

    Absolute on the app's own origin, so it resolves the same from the page and
    from the map component's iframe.
    """
    base = base_url_path.strip("/")
    prefix = f"/{base}" if base else ""
    return f"{prefix}/app/static/{VENDOR}/{relative}"


def _replace(
    links: list[tuple[str, str]], table: dict[str, str | None], base_url_path: str
) -> list[tuple[str, str]]:
    local = []
    for name, url in links:
        if url.startswith("/"):  # already local
            local.append((name, url))
            continue
        if name not in table:
            raise AssetError(
                f"the map needs {name!r} from {url}, which the app does not serve; "
                f"add its XStatic package to ui/assets.py (served: "
                f"{', '.join(k for k, v in table.items() if v)})"
            )
        target = table[name]
        if target is not None:
            local.append((name, static_url(target, base_url_path=base_url_path)))
    return local


def _walk(element: object) -> list[object]:
    found = [element]
    for child in getattr(element, "_children", {}).values():
        found.extend(_walk(child))
    return found


class _IconPath(MacroElement):  # type: ignore[misc]
    """Sets Leaflet's default marker image folder to the local copy, before any marker."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.Icon.Default.imagePath = {{ this.path|tojson }};
        {% endmacro %}
        """
    )

    def __init__(self, path: str) -> None:
        super().__init__()
        self._name = "IconPath"
        self.path = path


def localise(m: folium.Map, *, base_url_path: str = "") -> folium.Map:
    """Point every JS and CSS link of ``m`` and its children at the app's own copies.

    Raises
    ------
    AssetError
        When an element needs a link with no local copy (a plugin not yet vendored).
    """
    for element in _walk(m):
        for attribute, table in (("default_js", _FOLIUM_JS), ("default_css", _FOLIUM_CSS)):
            links = getattr(element, attribute, None)
            if links:
                # An instance attribute, so folium's class-level defaults stay as they are.
                setattr(element, attribute, _replace(list(links), table, base_url_path))
    icon_path = _IconPath(static_url("leaflet/images/", base_url_path=base_url_path))
    m.add_child(icon_path, index=0)
    return m


if __name__ == "__main__":
    for folder in install():
        print(f"installed {folder.relative_to(STATIC_DIR.parent)}", file=sys.stderr)
