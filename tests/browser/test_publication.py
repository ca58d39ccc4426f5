"""The publication image in Debian's Chromium: clicking "Download map image" on a real
server runs the deferred builder (outside any script run) and saves the image."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser

from tests.browser.conftest import _serve
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
#: A page with only the buttons, over the bundled events and the default filter.
PAGE = f"""
import sys

sys.path.insert(0, {str(ROOT)!r})
from geo.filters import EventFilter, apply_filter, describe_filter
from geo.loader import load_events
from ui.filters import View
from ui.publication import offer_download

events = load_events()
flt = EventFilter()
kept = apply_filter(events, flt)
offer_download(View(flt, kept, events, describe_filter(len(kept), flt), basemap=False))
"""


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("publication")
    page = folder / "publication_page.py"
    page.write_text(PAGE, encoding="utf-8")
    with _serve(folder, script=str(page)) as served:
        yield served


@pytest.mark.parametrize("fmt", ["PNG", "SVG"])
def test_a_click_downloads_the_image(browser: Browser, url: str, tmp_path: Path, fmt: str) -> None:
    page = browser.new_page(accept_downloads=True)
    try:
        page.set_default_timeout(TIMEOUT)
        page.goto(url, wait_until="domcontentloaded")
        button = page.get_by_role("button", name=f"Download map image ({fmt})")
        with page.expect_download(timeout=TIMEOUT) as info:
            button.click()
        download = info.value
        assert download.suggested_filename == f"kcm-map_start_end.{fmt.lower()}"
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        data = path.read_bytes()
    finally:
        page.close()
    if fmt == "PNG":
        assert Image.open(io.BytesIO(data)).width == 1600
    else:
        root = ET.fromstring(data)  # noqa: S314 (our own output)
        title = root.find("{http://www.w3.org/2000/svg}title")
        assert title is not None
        assert title.text == "11 events · all dates · all townships"
