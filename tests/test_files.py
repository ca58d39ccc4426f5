"""geo.files: the one atomic writer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.files import TEMP_SUFFIX, write_atomic


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "naïve\n")
    assert target.read_bytes() == "naïve\n".encode()
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.geojson"
    with pytest.raises(GeoError, match=r"the folder .*missing-folder does not exist"):
        write_atomic(target, "{}")
    assert not target.parent.exists()


def test_a_folder_is_not_overwritten(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match="it is a folder"):
        write_atomic(tmp_path, "{}")


def test_failure_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def broken(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(GeoError, match="No space left on device"):
        write_atomic(target, "new", hint="free some space")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))


def test_unique_temporary_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = os.replace

    def spy(src: str, dst: object) -> None:
        seen.append(Path(src).name)
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", spy)
    for text in ("a", "b"):
        write_atomic(tmp_path / "out.txt", text)
    assert len(set(seen)) == 2
    assert all(name.endswith(TEMP_SUFFIX) for name in seen)


def test_a_pipe_or_device_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(GeoError, match="device, pipe or socket"):
        write_atomic(fifo, "{}")
    assert fifo.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_modes_follow_the_umask_and_an_existing_file(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        fresh = write_atomic(tmp_path / "new.txt", "x")
        assert fresh.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    kept = tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    write_atomic(kept, "new")
    assert kept.stat().st_mode & 0o777 == 0o640
    assert write_atomic(tmp_path / "data.geojson", "{}", mode=0o644).stat().st_mode & 0o777 == 0o644


def test_long_names_links_and_text_utf8_cannot_hold(tmp_path: Path) -> None:
    long = tmp_path / ("x" * 250)
    write_atomic(long, "ok")
    assert long.read_text() == "ok"
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    with pytest.raises(GeoError, match="not a character UTF-8 can hold"):
        write_atomic(tmp_path / "s.txt", "a\ud800b")
    assert not (tmp_path / "s.txt").exists()


def test_text_in_parts_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.geojson"
    write_atomic(target, iter(["{", '"a": "naïve"', "}\n"]))
    assert target.read_text(encoding="utf-8") == '{"a": "naïve"}\n'


def test_a_part_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def parts() -> Iterator[str]:
        yield "new, "
        raise GeoError("the third part cannot be made")

    with pytest.raises(GeoError, match="third part"):
        write_atomic(target, parts())
    with pytest.raises(GeoError, match="not a character UTF-8 can hold"):
        write_atomic(target, iter(["ok", "a\ud800b"]))
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
