from __future__ import annotations

from pathlib import Path

import pytest

from geo.cache import cache_folder, cache_key, read_cached, write_cached


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"KCM_CACHE": "/somewhere/cache"}, Path("/somewhere/cache")),
        (
            {"KCM_CACHE": "/somewhere/cache", "XDG_CACHE_HOME": "/xdg"},
            Path("/somewhere/cache"),
        ),
        ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/kachin-conflict-map")),
        ({"KCM_CACHE": "", "XDG_CACHE_HOME": ""}, Path.home() / ".cache/kachin-conflict-map"),
        ({}, Path.home() / ".cache/kachin-conflict-map"),
    ],
)
def test_cache_folder(env: dict[str, str], expected: Path) -> None:
    assert cache_folder(env) == expected


def test_tests_never_use_the_users_cache() -> None:
    assert cache_folder() != Path.home() / ".cache/kachin-conflict-map"


def test_cache_key_separates_its_parts() -> None:
    assert cache_key("a", "bc") != cache_key("ab", "c")
    assert cache_key("a", "b") == cache_key("a", "b")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KCM_CACHE", str(tmp_path / "made-on-first-write"))
    return tmp_path / "made-on-first-write"


def test_written_text_reads_back_and_replaces_older_keys(folder: Path) -> None:
    assert read_cached("thing", "k1") is None
    first = write_cached("thing", "k1", "line 1\nဖားကန့်")
    assert first is not None
    assert first.parent == folder
    assert read_cached("thing", "k1") == "line 1\nဖားကန့်"
    write_cached("thing", "k2", "newer")
    assert read_cached("thing", "k1") is None
    assert [p.name for p in folder.iterdir()] == ["thing-k2.txt"]


@pytest.mark.parametrize(
    "damage",
    [b"", b"k1", b"k1 0000\nline 1", b"\xff\xfe\n", b"\x80\x04\x95pickle"],
    ids=["empty", "no-checksum", "wrong-checksum", "not-utf8", "pickle-bytes"],
)
def test_a_damaged_file_reads_as_absent(folder: Path, damage: bytes) -> None:
    path = write_cached("thing", "k1", "line 1")
    assert path is not None
    path.write_bytes(damage)
    assert read_cached("thing", "k1") is None


def test_an_unwritable_folder_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("KCM_CACHE", str(tmp_path / "a-file" / "cache"))
    assert write_cached("thing", "k1", "text") is None
    assert read_cached("thing", "k1") is None
