"""Where the bundled data and the MIMU place database are."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Final

from geo.errors import GeoError

__all__ = [
    "DATA_DIR",
    "EVENTS_PATH",
    "PLACES_PATH",
    "PYPROJECT_PATH",
    "TOWNSHIPS_PATH",
    "mimu_database_path",
]

ROOT_DIR: Final = Path(__file__).resolve().parent.parent
DATA_DIR: Final = ROOT_DIR / "data"
#: The project's metadata; its version keys the disk cache (:mod:`geo.cache`).
PYPROJECT_PATH: Final = ROOT_DIR / "pyproject.toml"
EVENTS_PATH: Final = DATA_DIR / "events.json"
PLACES_PATH: Final = DATA_DIR / "places.json"
#: Approximate township areas derived from MIMU village points (:mod:`geo.areas`).
TOWNSHIPS_PATH: Final = DATA_DIR / "townships.geojson"

_MIMU_PACKAGE: Final = "mm_geo_coder"
_MIMU_FILE: Final = ("database", "mimu_geo_data_public.db")


def mimu_database_path() -> Path:
    """Path of the MIMU village and ward database shipped in ``mm-geo-coder``.

    The package is located without being imported: importing it pulls in its
    online (Nominatim) client and undeclared dependencies, and the gazetteer
    never goes online.
    """
    spec = importlib.util.find_spec(_MIMU_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GeoError(
            "the MIMU place database is missing: install the pinned requirements "
            "(`make run` does), which include mm-geo-coder"
        )
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*_MIMU_FILE)
    if not path.is_file():
        raise GeoError(f"the MIMU place database is not at {path}; reinstall mm-geo-coder")
    return path
