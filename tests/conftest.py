"""Shared fixtures: the real gazetteer and events (built once), tiny hand-built
frames, and the third-party reference data in ../shared/data (tests that need it
skip, loudly, when it is absent)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import geopandas as gpd
import pandas as pd
import pytest

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.loader import load_events
from geo.schema import Source, validate_events

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
#: The seed report (The Irrawaddy, 25 October 2023), the only real report text tests read.
SEED_REPORT = ROOT.parent / "shared" / "seeds" / "000_f7f338b0c3fe987b.txt"


T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` in a thread of its own: once a browser test has run, Playwright's
    sync API keeps an event loop in the main thread, where ``asyncio.run`` refuses."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(autouse=True)
def workspace(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's working dataset, or follows their settings."""
    home = tmp_path_factory.mktemp("kcm-home")
    monkeypatch.setenv("KCM_HOME", str(home))
    monkeypatch.setenv("KCM_CACHE", str(tmp_path_factory.getbasetemp() / "kcm-cache"))
    for name in (
        "KCM_DATA",
        "KCM_MERGE",
        "KCM_TOWNSHIPS",
        "KCM_DATABASE_URL",
        "KCM_READ_ONLY",
        "KCM_ANALYST",
        "KCM_PUBLIC_URL",
        "KCM_PUBLISHER",
    ):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def bundled_events(gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    return load_events()


@pytest.fixture
def events(bundled_events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return bundled_events.copy()


def make_row(**overrides: Any) -> dict[str, Any]:
    """One valid event row; override any field."""
    row: dict[str, Any] = {
        "event_id": "T-1",
        "event_date": dt.date(2023, 10, 9),
        "event_date_end": dt.date(2023, 10, 9),
        "date_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Myanmar (2021-)",
        "location": "Test place",
        "latitude": 24.78,
        "longitude": 97.56,
        "geo_precision": 1,
        "township": "Waingmaw",
        "township_pcode": "MMR001002",
        "fatalities_low": 28,
        "fatalities_best": 29,
        "fatalities_high": 30,
        "sources": [
            Source("Test Publisher", url="https://example.org/a", reported={"fatalities": 29})
        ],
    }
    row.update(overrides)
    return row


@pytest.fixture
def tiny_events() -> gpd.GeoDataFrame:
    """Four hand-built events in three townships and two months."""
    rows = [
        make_row(
            event_id="A", event_date=dt.date(2023, 10, 9), event_date_end=dt.date(2023, 10, 9)
        ),
        make_row(
            event_id="B",
            event_date=dt.date(2023, 10, 20),
            event_date_end=dt.date(2023, 10, 20),
            event_type="Battles",
            sub_event_type="Armed clash",
            township="Momauk",
            township_pcode="MMR001012",
            latitude=24.87,
            longitude=97.52,
            fatalities_low=50,
            fatalities_best=50,
            fatalities_high=100,
            sources=[Source("P", url="https://example.org/b")],
        ),
        make_row(
            event_id="C",
            event_date=dt.date(2022, 10, 23),
            event_date_end=dt.date(2022, 10, 23),
            township="Hpakant",
            township_pcode="MMR001009",
            latitude=25.84,
            longitude=96.36,
            fatalities_low=None,
            fatalities_best=None,
            fatalities_high=None,
            injured=60,
            sources=[Source("P", url="https://example.org/c")],
        ),
        make_row(
            event_id="D",
            event_date=dt.date(2023, 10, 1),
            event_date_end=dt.date(2023, 10, 25),
            date_precision=3,
            township=None,
            township_pcode=None,
            latitude=None,
            longitude=None,
            geo_precision=3,
            fatalities_low=None,
            fatalities_best=None,
            fatalities_high=None,
            sources=[Source("P", url="https://example.org/d")],
        ),
    ]
    return validate_events(pd.DataFrame(rows))


def _shared_file(shared_data: Path, relative: str, what: str) -> Path:
    path = shared_data / relative
    if not path.exists():
        pytest.skip(f"{what} not found at {path}")
    return path


@pytest.fixture(scope="session")
def mimu_townships(shared_data: Path) -> Path:
    """The official MIMU township boundaries (a shapefile in ../shared/data)."""
    return _shared_file(shared_data, "mimu/mmr_polbnda_adm3_mimu_250k.shp", "MIMU polygons")


@pytest.fixture(scope="session")
def ucdp_csv(shared_data: Path) -> Path:
    """The UCDP GED 23.1 Myanmar extract (7,374 rows) in ../shared/data."""
    return _shared_file(shared_data, "ucdp/ucdp_ged231_myanmar.csv", "UCDP GED extract")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed report's text, read from ../shared (never copied into the repository)."""
    if not SEED_REPORT.exists():
        pytest.skip(f"the seed report is not at {SEED_REPORT} (../shared/seeds)")
    return SEED_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"third-party reference data not found at {SHARED_DATA} (../shared/data)")
    return SHARED_DATA
