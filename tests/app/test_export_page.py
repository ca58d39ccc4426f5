"""The Export page offers its files without writing them: each download button holds a
callable that writes the file when clicked (no rerun), and what it writes is what the
command line shown under the buttons writes."""

from __future__ import annotations

import io
import shlex
from typing import Any

from geo.cli import main
from tests.app.conftest import Builders
from tests.app.test_pages import HPAKANT, MOMAUK, _app, _command


def _command_line(at: Any) -> str:
    """What ``python -m geo`` writes for the command the page shows."""
    argv = shlex.split(_command(at))
    assert argv[:3] == ["python", "-m", "geo"]
    out, err = io.StringIO(), io.StringIO()
    assert main(argv[3:], stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_the_downloads_are_written_on_click_as_the_command_line_writes(
    builders: Builders,
) -> None:
    at = _app(township=MOMAUK, **{"from": "2023-10-01", "to": "2023-10-31"}).run()
    builders.clear()  # the map page's
    at.switch_page("pages/export.py").run()
    assert not at.exception, at.exception
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert set(buttons) == {"Download GeoJSON", "Download CSV"}
    for proto in buttons.values():
        assert proto.deferred_file_id, "written only when clicked"
        assert proto.url == ""
        assert proto.ignore_rerun, "a click does not rerun the page"
        assert not proto.disabled
    name = f"kcm-events_2023-10-01_2023-10-31_{MOMAUK}"
    assert set(builders) == {f"{name}.geojson", f"{name}.csv"}
    geojson = builders[f"{name}.geojson"]()
    assert geojson == _command_line(at)
    assert int(at.metric[0].value) == geojson.count('"type": "Feature"')
    csv_text = builders[f"{name}.csv"]()
    assert csv_text.count("\n") == int(at.metric[0].value) + 1


def test_no_events_no_downloads(builders: Builders) -> None:
    at = _app(township=HPAKANT, **{"from": "1990-01-01", "to": "1990-01-02"}).run()
    builders.clear()  # the map page's
    at.switch_page("pages/export.py").run()
    assert not at.exception, at.exception
    assert at.metric[0].value == "0"
    assert all(b.proto.disabled for b in at.get("download_button"))
    assert builders == {}
