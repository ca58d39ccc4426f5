from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from geo.cache import cache_folder, cache_key, read_cached, write_cached
from geo.errors import GeoError
from geo.gazetteer import Gazetteer, Place, Township


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


# -- the gazetteer's cached text (geo.gazetteer.Gazetteer.to_cache_text) ------------------
def _tiny_gazetteer() -> Gazetteer:
    waingmaw = Township("MMR001002", "Waingmaw", "Myitkyina", "MMR001D001", "Kachin", "MMR001")
    places = [
        Place("curated:laiza", "Laiza", "curated", 24.75, 97.56, 1, "curated", **waingmaw.admin()),
        Place("mimu-village:1", "Lai Zar", "village", 24.75, 97.56, 1, "village point"),
        Place("mimu-town:2", "Waingmaw", "town", 25.35, 97.43, 1, "town", name_mmr="ဝိုင်းမော်"),
    ]
    return Gazetteer(places, [waingmaw], aliases=[("KIA headquarters", "curated:laiza")])


def test_a_cached_gazetteer_reads_back_section_by_section() -> None:
    built = _tiny_gazetteer()
    restored = Gazetteer.from_cache_text(built.to_cache_text())
    for query in ("Laiza", "KIA headquarters", "Lai Zar", "Waingmaw Town", "ဝိုင်းမော်", "Laiz"):
        assert [m.to_dict() for m in restored.candidates(query)] == [
            m.to_dict() for m in built.candidates(query)
        ]
    assert restored.get("mimu-town:2") == built.get("mimu-town:2")
    assert restored.towns() == built.towns()
    assert restored.to_cache_text() == built.to_cache_text()


def _with_header(text: str, **changes: object) -> str:
    first, _, body = text.partition("\n")
    return json.dumps({**json.loads(first), **changes}) + "\n" + body


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: _with_header(text, chars=[1, 2, 3, 4, 5, 6]), id="lengths"),
        pytest.param(lambda text: _with_header(text, sizes=[3, 3, 4, 4, 4, 3]), id="sizes"),
        pytest.param(lambda text: _with_header(text, chars=[0] * 5), id="five-lengths"),
        pytest.param(
            lambda text: _with_header(text, chars=json.loads(text.partition("\n")[0])["chars"][:5]),
            id="a-length-missing",
        ),
        pytest.param(lambda text: text + "\nmore", id="a-line-more"),
        pytest.param(lambda text: text.rsplit("\n", 1)[0], id="a-line-less"),
        pytest.param(lambda text: text.replace("Laiza", "Laiza\n", 1), id="a-line-break"),
        pytest.param(lambda text: text.partition("\n")[2], id="no-header"),
    ],
)
def test_a_cached_gazetteer_whose_sections_do_not_add_up_is_refused(
    damage: Callable[[str], str],
) -> None:
    text = damage(_tiny_gazetteer().to_cache_text())
    with pytest.raises(GeoError, match="not a cached gazetteer"):
        Gazetteer.from_cache_text(text)
