"""The publication image: "Download map image" buttons that build a PNG or SVG of the
current view (:func:`geo.publication.map_image`) only when clicked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import streamlit as st

from geo.filters import filter_slug
from geo.gazetteer import Place
from geo.publication import FORMATS, ImageFormat, map_image
from ui import data
from ui.filters import View

__all__ = ["MIME_TYPES", "file_name", "image_builder", "offer_download"]

MIME_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def file_name(view: View, fmt: ImageFormat) -> str:
    """A file name that states the filter, as the Export page's do:
    ``kcm-map_2023-10-01_2023-10-31_MMR001002.png``."""
    return f"kcm-map_{filter_slug(view.filter)}.{fmt}"


def image_builder(
    view: View, fmt: ImageFormat, *, centre: Place | None, towns: Sequence[Place]
) -> Callable[[], bytes]:
    """What a download button calls when clicked: the view's image, its sentence as
    title, dated the day it is made. It runs outside the script (no ``st`` calls)."""

    def build() -> bytes:
        return map_image(
            view.events,
            title=view.description,
            made=dt.date.today(),
            fmt=fmt,
            centre=centre,
            towns=towns,
        )

    return build


def offer_download(view: View) -> None:
    """One button per format; the image is made only when its button is clicked, and
    clicking does not rerun the page."""
    gazetteer = data.gazetteer()
    centre, towns = gazetteer.kia_headquarters(), gazetteer.towns()
    for fmt in FORMATS:  # one under the other: a narrow column cuts side-by-side labels
        st.download_button(
            f"Download map image ({fmt.upper()})",
            image_builder(view, fmt, centre=centre, towns=towns),
            file_name=file_name(view, fmt),
            mime=MIME_TYPES[fmt],
            key=f"kcm_map_image_{fmt}",
            width="stretch",
            on_click="ignore",
            icon=":material/download:",
            help="A map for publication: the filter as title, legend, scale bar and "
            "credits. PNG at twice screen size; SVG to edit (text stays text).",
        )
