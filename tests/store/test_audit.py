"""geo.store.audit: the log as CSV and JSON, and a release's citation."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from geo.store.audit import (
    cite_release,
    log_csv,
    log_csv_parts,
    log_json,
    log_json_parts,
    permalink,
)
from geo.store.base import Release

AT = dt.datetime(2024, 6, 30, 17, 5, 1, 250000, tzinfo=dt.UTC)


def _log() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "change_id": [1, 2],
            "at": pd.to_datetime([AT, AT], utc=True),
            "who": ["ana", 'bo, "the editor"'],
            "action": ["import", "edit"],
            "source_name": ["acled.csv", None],
            "source_sha256": ["a" * 64, None],
            "event_id": ["E1", "E1"],
            "fields": ["added", "notes: a → b"],
            "before": [None, '{"notes": "a", "revision": 1}'],
            "after": ['{"notes": "a", "revision": 1}', '{"notes": "b", "revision": 2}'],
        }
    )


def test_the_log_as_csv_keeps_every_field_quoted_as_needed() -> None:
    text = log_csv(_log())
    lines = text.splitlines()
    assert lines[0] == (
        "change_id,at,who,action,source_name,source_sha256,event_id,fields,before,after"
    )
    assert lines[1].startswith("1,2024-06-30T17:05:01.250000Z,ana,import,acled.csv,")
    assert '"bo, ""the editor"""' in lines[2]
    assert ",," in lines[2]  # no source: empty, not "None"


def test_the_log_as_json_has_before_and_after_as_objects() -> None:
    entries = json.loads(log_json(_log()))
    assert entries[0]["before"] is None
    assert entries[1]["before"] == {"notes": "a", "revision": 1}
    assert entries[1]["after"]["notes"] == "b"
    assert entries[0]["source_name"] == "acled.csv"
    assert entries[1]["source_name"] is None
    assert entries[1]["at"] == "2024-06-30T17:05:01.250000Z"


@pytest.mark.parametrize(
    ("base", "link"),
    [
        ("https://maps.example.org", "https://maps.example.org/?release=2024-06"),
        ("https://maps.example.org/kcm/", "https://maps.example.org/kcm/?release=2024-06"),
    ],
)
def test_a_permalink_names_the_release(base: str, link: str) -> None:
    assert permalink(base, "2024-06") == link


def test_a_citation_says_who_when_what_and_where() -> None:
    release = Release(name="2024-06", at=AT, who="Ed Editor", events=1234)
    assert cite_release(release) == (
        "Kachin Conflict Map team (2024). Kachin Conflict Map events, release 2024-06 "
        "[dataset; 1,234 published events, frozen 2024-06-30 17:05 UTC by Ed Editor]."
    )
    cited = cite_release(release, publisher="Example Monitor", url="https://m.example/")
    assert cited.startswith("Example Monitor (2024). ")
    assert cited.endswith("by Ed Editor]. https://m.example/?release=2024-06")


def test_a_log_written_in_parts_is_the_log_written_whole() -> None:
    log = _log()
    parts = [log.iloc[:1], log.iloc[1:]]
    assert "".join(log_csv_parts(parts)) == log_csv(log)
    assert json.loads("".join(log_json_parts(parts))) == json.loads(log_json(log))
    assert json.loads("".join(log_json_parts([]))) == []
