"""The Import data page through AppTest: an upload is checked once, with a progress
bar while it is checked (gone when done, never shown again on a rerun), and its valid
rows are imported."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

import geo.importers
from geo.importers import ImportResult, import_bytes
from geo.loader import load_events
from geo.workspace import data_setting
from tests.app.test_pages import _app, _description, _shown
from tests.importers.conftest import acled_rows, to_csv
from ui import data


@pytest.fixture
def bars(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every progress bar state sent to the browser, as (percent, text): AppTest's tree
    holds only the last state of each element, and a finished bar is emptied."""
    sent: list[tuple[int, str]] = []
    enqueue: Callable[[ForwardMsgQueue, ForwardMsg], None] = ForwardMsgQueue.enqueue

    def spy(queue: ForwardMsgQueue, msg: ForwardMsg) -> None:
        element = msg.delta.new_element
        if msg.HasField("delta") and element.WhichOneof("type") == "progress":
            sent.append((element.progress.value, element.progress.text))
        enqueue(queue, msg)

    monkeypatch.setattr(ForwardMsgQueue, "enqueue", spy)
    return sent


def test_an_upload_is_checked_once_with_a_progress_bar_then_imported(
    bars: list[tuple[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{**r, "event_id_cnty": f"MMR{i + 1}"} for i, r in enumerate(acled_rows(load_events()))]
    rows[2]["event_date"] = "31 February 2023"
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 4)  # three parts of ten rows
    imports: list[str] = []

    def counted(content: bytes, **options: Any) -> ImportResult:
        imports.append(options["name"])
        return import_bytes(content, **options)

    monkeypatch.setattr(data, "import_bytes", counted)
    at = _app().run()
    at.switch_page("pages/data.py").run()
    assert not bars

    at.file_uploader(key="kcm_import_file_0").set_value(
        ("acled-export.csv", to_csv(rows), "text/csv")
    ).run()
    assert not at.exception, at.exception
    assert [m.value for m in at.metric] == ["10", "9", "1"]
    assert [text for _, text in bars] == [
        "Reading the file…",
        "Checking rows: 4 of 10",
        "Checking rows: 8 of 10",
        "Checking rows: 10 of 10",
        "Checking rows: 10 of 10",
        "Placing 9 events in townships…",
    ]
    assert [value for value, _ in bars] == sorted(value for value, _ in bars)
    assert not at.get("progress")  # gone when done

    bars.clear()
    at.radio(key="kcm_import_how").set_value("replace").run()
    at.button(key="kcm_import_go").click().run()
    assert not at.exception, at.exception
    assert (imports, bars) == (["acled-export.csv"], [])  # no import again, no bar
    assert "Imported 9 events from acled-export.csv as version 1" in _shown(at.success[0].value)
    assert _description(at).startswith("9 events · ")
    assert data_setting().version == 1


def test_a_file_refused_midway_leaves_no_bar_and_says_why(
    bars: list[tuple[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = acled_rows(load_events())
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 4)
    at = _app().run()
    at.switch_page("pages/data.py").run()
    broken = to_csv(rows) + b'"an open quote,\n'
    at.file_uploader(key="kcm_import_file_0").set_value(("a.csv", broken, "text/csv")).run()
    assert not at.exception, at.exception
    assert "a quote may be left open" in _shown(at.error[0].value)
    assert bars[-1][1] == "Checking rows: 8"  # a broken file has no count of rows
    assert not at.get("progress")
