"""The settings in .streamlit/config.toml that keep the app to itself."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def settings() -> dict[str, Any]:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("client", "showErrorDetails", "none"),  # no traceback or message in an error box
        ("client", "showErrorLinks", False),  # no "Ask Google" / "Ask ChatGPT" links
        ("browser", "gatherUsageStats", False),
        ("server", "address", "localhost"),
        ("server", "enableXsrfProtection", True),
        ("server", "enableCORS", True),
    ],
)
def test_setting(settings: dict[str, Any], section: str, key: str, value: object) -> None:
    assert settings[section][key] == value
