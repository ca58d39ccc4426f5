"""geo.publication: the publication image (PNG and SVG) and ``python -m geo map``."""

from __future__ import annotations

import datetime as dt
import io
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from PIL import Image
from pyproj import Geod, Transformer
from streamlit.testing.v1 import AppTest

from geo.cli import main
from geo.errors import GeoError
from geo.filters import EventFilter, apply_filter, describe_filter
from geo.gazetteer import Gazetteer
from geo.publication import (
    EVENT_SYMBOLS,
    FORMATS,
    VIEW_CRS,
    EventSymbols,
    image_credits,
    image_format,
    literal,
    map_image,
    not_drawn_note,
    scale_bar,
)
from geo.schema import Source, validate_events
from tests.conftest import ROOT, make_row
from ui.filters import View

MADE = dt.date(2026, 12, 1)
SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _image(events: gpd.GeoDataFrame, fmt: str, **options: object) -> bytes:
    """A small image: 4 inches at 100 dpi (400 px wide) keeps the tests quick."""
    options = {"title": "4 events · all dates · all townships", "width_in": 4.0, **options}
    return map_image(events, made=MADE, fmt=fmt, dpi=100, **options)  # type: ignore[arg-type]


def _texts(svg: bytes) -> list[str]:
    """Every text the SVG shows (matplotlib writes them as <text>: svg.fonttype none)."""
    root = ET.fromstring(svg)  # noqa: S314 (our own output)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def _near(pixels: np.ndarray, colour: str, *, alpha: float, under: str) -> int:
    """How many pixels show ``colour`` drawn at ``alpha`` over ``under``."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)
    ground = np.array([int(under[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)
    blended = alpha * rgb + (1 - alpha) * ground
    return int((np.abs(pixels[..., :3].astype(float) - blended).max(axis=-1) <= 6).sum())


def test_png_is_a_png_of_the_expected_width_with_the_event_colours(
    tiny_events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    data = _image(tiny_events, "png", centre=gazetteer.kia_headquarters())
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.width == 400
    pixels = np.asarray(image.convert("RGB"))
    colours = EVENT_SYMBOLS.colours
    for kind in ("Battles", "Explosions/Remote violence"):  # on the map (Myanmar's land)
        assert _near(pixels, colours[kind], alpha=0.8, under="#fbfaf4") > 20, kind
    assert _near(pixels, colours["Protests"], alpha=0.8, under="#fbfaf4") == 0
    assert _near(pixels, colours["Protests"], alpha=0.8, under="#ffffff") == 0


def test_the_png_is_twice_screen_size_by_default(tiny_events: gpd.GeoDataFrame) -> None:
    data = map_image(tiny_events, title="t", made=MADE, fmt="png")
    assert 1600 <= Image.open(io.BytesIO(data)).width <= 2000


def test_svg_parses_and_holds_the_title_legend_and_credits(
    tiny_events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    data = _image(tiny_events, "svg", centre=gazetteer.kia_headquarters(), towns=gazetteer.towns())
    texts = _texts(data)
    assert "4 events · all dates · all townships" in texts
    for label in (
        "Event type",
        "Battles",
        "Explosions/Remote violence",
        "Fatalities (best estimate)",
        "1",
        "10",
        "50",
        "not reported (dashed)",  # event C has no fatality figure
        "KIA headquarters, Laiza",
    ):
        assert label in texts, label
    assert "Protests" not in texts  # only the types drawn
    assert "1 event with no point is not drawn" in texts  # event D
    assert any(t.startswith("Base map: Border: Natural Earth") for t in texts)
    assert any(t.startswith("Events: dataset") for t in texts)
    assert f"Made {MADE.isoformat()} with Kachin Conflict Map" in texts
    assert any(t.endswith(" km") and t[:-3].replace(",", "").isdigit() for t in texts)


def test_the_same_input_gives_the_same_bytes(tiny_events: gpd.GeoDataFrame) -> None:
    for fmt in FORMATS:
        assert _image(tiny_events, fmt) == _image(tiny_events, fmt)


@pytest.mark.parametrize("text", ["$x$", r"$\frac{1}{2}$ and $", "50$ $"])
def test_dollar_signs_print_literally(text: str) -> None:
    rows = [
        make_row(
            event_id="X",
            location=text,
            dataset=text,
            sources=[Source(text, url="https://example.org/x")],
        ),
        make_row(event_id="Y", event_type="Battles", sub_event_type="Armed clash", latitude=25.0),
    ]
    events = validate_events(gpd.GeoDataFrame(rows))
    texts = _texts(_image(events, "svg", title=f"2 events · {text}"))
    assert f"2 events · {text}" in texts
    assert any(text in t for t in texts if t.startswith("Events: dataset"))
    assert Image.open(io.BytesIO(_image(events, "png", title=text))).width == 400


def test_literal_escapes_only_dollars() -> None:
    assert literal("$x$ & <b>") == r"\$x\$ & <b>"


def test_no_events_still_make_an_image_with_a_note(tiny_events: gpd.GeoDataFrame) -> None:
    texts = _texts(_image(tiny_events.iloc[:0], "svg", title="0 events · 1-2 Jan 2024"))
    assert "No events match this filter" in texts
    assert "Event type" not in texts
    assert any(t.startswith("Base map:") for t in texts)


@pytest.mark.parametrize(
    ("keep", "note"),
    [
        (["A", "B"], ""),
        (["A", "D"], "1 event with no point is not drawn"),
    ],
)
def test_not_drawn_note(tiny_events: gpd.GeoDataFrame, keep: list[str], note: str) -> None:
    assert not_drawn_note(tiny_events.loc[keep]) == note


def test_not_drawn_note_counts_each_reason(tiny_events: gpd.GeoDataFrame) -> None:
    events = tiny_events.copy()
    events.loc["A", "geometry"] = None
    events.loc["C", "geo_precision"] = 3  # its point is a region's centre
    assert not_drawn_note(events) == (
        "1 event located only to a region and 2 events with no point are not drawn"
    )
    assert not_drawn_note(events.loc[["C"]]) == ("1 event located only to a region is not drawn")


def test_credits_name_each_dataset_and_its_publishers(tiny_events: gpd.GeoDataFrame) -> None:
    events = tiny_events.copy()
    events["dataset"] = ["ACLED", "ACLED", "mine.csv", None]
    assert image_credits(events, basemap_credit="Natural Earth") == (
        "Events: Armed Conflict Location & Event Data (ACLED), acleddata.com; "
        "reported by Test Publisher, P",
        "Events: dataset mine.csv; reported by P",
        "Events: dataset unnamed; reported by P",
        "Base map: Natural Earth",
    )


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("map.png", "png"), ("out/Map.SVG", "svg"), ("a.b.png", "png")],
)
def test_image_format_from_the_suffix(name: str, fmt: str) -> None:
    assert image_format(name) == fmt


@pytest.mark.parametrize("name", ["map.jpg", "map", "png", "dir.png/map", "map.png.txt"])
def test_image_format_refuses_other_suffixes(name: str) -> None:
    with pytest.raises(GeoError, match=r"\.png or \.svg"):
        image_format(name)


def test_events_with_no_crs_are_refused(tiny_events: gpd.GeoDataFrame) -> None:
    with pytest.raises(GeoError, match="no CRS"):
        _image(tiny_events.set_crs(None, allow_override=True), "png")


@pytest.mark.parametrize(
    ("west", "south", "east", "north"),
    [(97.4, 24.6, 97.7, 24.9), (95.8, 21.5, 99.5, 28.4), (92.0, 9.5, 101.2, 28.6)],
)
def test_the_scale_bar_is_a_round_length_measured_on_the_ellipsoid(
    west: float, south: float, east: float, north: float
) -> None:
    to_view = Transformer.from_crs("EPSG:4326", VIEW_CRS, always_xy=True)
    xs, ys = to_view.transform([west, east], [south, north])
    extent = (xs[0], ys[0], xs[1], ys[1])
    km, (sx, sy), length = scale_bar(extent)
    mantissa = km / 10 ** math.floor(math.log10(km))
    assert mantissa in (1.0, 2.0, 5.0)
    to_lonlat = Transformer.from_crs(VIEW_CRS, "EPSG:4326", always_xy=True)
    start = to_lonlat.transform(sx, sy)
    end = to_lonlat.transform(sx + length, sy)
    _, _, metres = Geod(ellps="WGS84").inv(*start, *end)
    assert metres == pytest.approx(km * 1000, rel=0.002)  # the bar is drawn level
    assert length <= (extent[2] - extent[0]) / 4 * 1.01


def test_many_events_are_drawn_at_half_size(tiny_events: gpd.GeoDataFrame) -> None:
    """As on the app's map: above ``half_size_above`` events, circles of half the radius."""
    few = EventSymbols(EVENT_SYMBOLS.colours, EVENT_SYMBOLS.radius_px, (50,), half_size_above=10)
    many = EventSymbols(EVENT_SYMBOLS.colours, EVENT_SYMBOLS.radius_px, (50,), half_size_above=1)
    battle = EVENT_SYMBOLS.colours["Battles"]
    counts = [
        _near(
            np.asarray(
                Image.open(io.BytesIO(_image(tiny_events.loc[["A", "B"]], "png", symbols=s)))
            ),
            battle,
            alpha=0.8,
            under="#fbfaf4",
        )
        for s in (few, many)
    ]
    assert counts[1] < counts[0] / 2


def test_the_symbols_are_the_apps() -> None:
    """geo may not import ui: the colours, sizes and size key are repeated, and agree."""
    from ui import maps

    assert dict(EVENT_SYMBOLS.colours) == dict(maps.TYPE_COLOURS)
    assert tuple(EVENT_SYMBOLS.size_key) == tuple(maps.SIZE_KEY)
    assert EVENT_SYMBOLS.half_size_above == maps.MANY_EVENTS
    for value in (None, float("nan"), 0, 1, 7, 50, 81, 10_000):
        assert math.isclose(EVENT_SYMBOLS.radius_px(value), maps.marker_radius(value))


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_png_and_svg(gazetteer: Gazetteer, tmp_path: Path) -> None:
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert _run("map", "--township", "Waingmaw", "-o", str(png))[0] == 0
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    assert _run("map", "--township", "Waingmaw", "--type", "Battles", "-o", str(svg))[0] == 0
    texts = _texts(svg.read_bytes())
    assert any(t.endswith("· all dates · Waingmaw · Battles") for t in texts)
    assert f"Made {dt.date.today().isoformat()} with Kachin Conflict Map" in texts


def test_cli_credits_each_dataset_merged(
    gazetteer: Gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    from tests.test_cli import _acled_file

    target = tmp_path / "merged.svg"
    source = _acled_file(tmp_path, events)
    assert _run("map", "--data", str(source), "--merge", "-o", str(target))[0] == 0
    credits = [t for t in _texts(target.read_bytes()) if t.startswith("Events: ")]
    assert [c.split(";")[0] for c in credits] == [
        "Events: Kachin Conflict Map's bundled events, compiled from news reports",
        "Events: Armed Conflict Location & Event Data (ACLED), acleddata.com",
    ]


def test_cli_with_no_matching_events_writes_an_image_with_a_note(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    target = tmp_path / "none.svg"
    code, _, err = _run("map", "--from", "1990-01-01", "--to", "1990-01-02", "-o", str(target))
    assert (code, err) == (0, "")
    texts = _texts(target.read_bytes())
    assert "0 events · 1-2 Jan 1990 · all townships" in texts
    assert "No events match this filter" in texts


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("map.jpg", "cannot tell the image format of"),
        ("missing/map.png", "does not exist; nothing was written"),
    ],
)
def test_cli_refuses_other_suffixes_and_missing_folders(
    gazetteer: Gazetteer, tmp_path: Path, name: str, message: str
) -> None:
    target = tmp_path / name
    code, _, err = _run("map", "-o", str(target))
    assert code == 1
    assert err.startswith("error: ")
    assert message in err
    assert not target.exists()
    assert not list(tmp_path.iterdir())


def test_cli_map_needs_an_output_file(gazetteer: Gazetteer) -> None:
    assert _run("map")[0] == 2


def test_the_map_command_imports_no_streamlit(tmp_path: Path) -> None:
    """The command line draws the image with matplotlib's Agg, never Streamlit or pyplot."""
    script = (
        "import sys\n"
        "from geo.cli import main\n"
        f"code = main(['map', '--type', 'Battles', '-o', {str(tmp_path / 'm.svg')!r}])\n"
        "print(code, 'streamlit' in sys.modules, 'matplotlib.pyplot' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["0", "False", "False"]


def _view(events: gpd.GeoDataFrame) -> View:
    flt = EventFilter(start=dt.date(2023, 10, 1), end=dt.date(2023, 10, 31))
    kept = apply_filter(events, flt)
    return View(flt, kept, events, describe_filter(len(kept), flt), basemap=False)


def test_the_app_builds_the_view_s_image_when_asked(tiny_events: gpd.GeoDataFrame) -> None:
    from ui.publication import file_name, image_builder

    view = _view(tiny_events)
    assert file_name(view, "svg") == "kcm-map_2023-10-01_2023-10-31.svg"
    build = image_builder(view, "svg", centre=None, towns=())
    texts = _texts(build())
    assert view.description in texts
    assert view.description.startswith("3 events · 1-31 Oct 2023")


def _page() -> None:
    """A page showing only the download buttons, for the bundled events."""
    from geo.loader import load_events
    from tests.test_publication import _view
    from ui.publication import offer_download

    offer_download(_view(load_events()))


def test_the_download_buttons_are_offered() -> None:
    at = AppTest.from_function(_page, default_timeout=60).run()
    assert not at.exception
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == [
        "Download map image (PNG)",
        "Download map image (SVG)",
    ]
    assert all(b.proto.deferred_file_id for b in buttons)  # built only when clicked
