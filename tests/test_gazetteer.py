from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import geo.gazetteer as gazetteer_module
from geo import cache, geodesy
from geo.errors import GeoError, UnknownPlaceError, UnknownTownshipError
from geo.gazetteer import (
    KIA_HEADQUARTERS_ID,
    Gazetteer,
    build_gazetteer,
    gazetteer_cache_key,
    load_cached_gazetteer,
)
from geo.paths import PLACES_PATH

CURATED = json.loads(PLACES_PATH.read_text(encoding="utf-8"))["places"]
ALIASES = [(a["alias"], f"curated:{p['place_id']}") for p in CURATED for a in p["aliases"]]
OTHER_NAMES = json.loads(PLACES_PATH.read_text(encoding="utf-8"))["aliases"]


@pytest.mark.parametrize(("alias", "place_id"), ALIASES)
def test_every_curated_alias_resolves_to_its_place(
    gazetteer: Gazetteer, alias: str, place_id: str
) -> None:
    match = gazetteer.geocode(alias)
    assert match.place.place_id == place_id
    assert match.method == "exact"
    assert match.place.has_point


@pytest.mark.parametrize("entry", OTHER_NAMES, ids=[e["alias"] for e in OTHER_NAMES])
def test_every_other_name_of_a_mimu_place_resolves_to_it(
    gazetteer: Gazetteer, entry: dict[str, Any]
) -> None:
    match = gazetteer.geocode(entry["alias"])
    assert (match.place.place_id, match.place.name, match.method) == (
        entry["place"],
        entry["name"],
        "exact",
    )


def test_every_wrong_other_name_is_refused_naming_its_entry(tmp_path: Path) -> None:
    table = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    first = table["aliases"][0]
    table["aliases"] = [
        {**first, "name": "Lashio"},
        {**first, "place": "mimu-town:MMR999999701"},
        {**first, "source": {"publisher": "BNI"}},
        {k: v for k, v in first.items() if k != "name"},
    ]
    edited = tmp_path / "places.json"
    edited.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(GeoError) as refused:
        build_gazetteer(places_path=edited)
    message = str(refused.value)
    for n, problem in [
        (1, "is 'Hsipaw', not 'Lashio'"),
        (2, "no MIMU place"),
        (3, "needs a publisher and a url"),
        (4, "missing 'name'"),
    ]:
        assert f"alias {n} (Thibaw): " in message
        assert problem in message


def test_every_curated_entry_and_alias_names_a_source() -> None:
    for place in CURATED:
        assert place["source"]["publisher"]
        for alias in place["aliases"]:
            assert alias["source"]["publisher"]
            assert alias["source"].get("url") or alias["source"].get("title")


@pytest.mark.parametrize(
    ("query", "name", "township_pcode", "method"),
    [
        ("Laiza", "Laiza", "MMR001002", "exact"),
        ("laiza", "Laiza", "MMR001002", "exact"),
        ("Hpakant", "Hpakant", "MMR001009", "exact"),
        ("Phakant", "Hpakant", "MMR001009", "normalised"),
        ("Hpakan", "Hpakant", "MMR001009", "normalised"),
        ("Munglai Hkyet", "Mung Lai Hkyet", "MMR001002", "exact"),
        ("Mung-Lai Hkyet", "Mung Lai Hkyet", "MMR001002", "normalised"),
        ("Mung Lai Hkyet village", "Mung Lai Hkyet", "MMR001002", "normalised"),
        ("Mung Lai Hkyat", "Mung Lai Hkyet", "MMR001002", "fuzzy"),
        ("Momauk", "Momauk", "MMR001012", "exact"),
        ("Waingmaw Township", "Waingmaw", "MMR001002", "normalised"),
        ("Nga Bat Gyi", "Nga Bat Gyi", "MMR001011", "exact"),
    ],
)
def test_geocode_table(
    gazetteer: Gazetteer, query: str, name: str, township_pcode: str, method: str
) -> None:
    match = gazetteer.geocode(query)
    assert (match.place.name, match.place.township_pcode, match.method) == (
        name,
        township_pcode,
        method,
    )


@pytest.mark.parametrize(
    ("query", "township"),
    [("လိုင်ဇာ", "Waingmaw"), ("ဖားကန့်", "Hpakant"), ("မိုးမောက်", "Momauk")],
)
def test_burmese_names(gazetteer: Gazetteer, query: str, township: str) -> None:
    match = gazetteer.geocode(query)
    assert match.place.township == township
    assert match.method == "exact"


def test_state_query_prefers_the_state(gazetteer: Gazetteer) -> None:
    match = gazetteer.geocode("Kachin State")
    assert (match.place.kind, match.place.state_pcode) == ("state", "MMR001")
    assert not match.place.has_point
    assert match.place.geo_precision == 3


def test_repeated_names_are_ranked_by_scope(gazetteer: Gazetteer) -> None:
    everywhere = gazetteer.candidates("Nam Sang")
    assert len(everywhere) >= 1
    scoped = gazetteer.candidates("Nam Sang Yang", township="Waingmaw")
    assert scoped[0].in_scope is True
    assert scoped[0].place.township_pcode == "MMR001002"
    lai_zar = gazetteer.candidates("Lai Zar")
    assert lai_zar[0].alternatives >= 1, "two MIMU villages and the curated Laiza share the name"


def test_scope_is_a_preference_not_a_filter(gazetteer: Gazetteer) -> None:
    match = gazetteer.geocode("Laiza", township="Hpakant")
    assert match.place.name == "Laiza"
    assert match.in_scope is False


def test_village_without_coordinates_falls_back_to_its_tract(gazetteer: Gazetteer) -> None:
    aung_jar = gazetteer.geocode("Aung Jar Yang")
    assert aung_jar.place.has_point
    assert aung_jar.place.geo_precision == 2
    assert "village tract" in aung_jar.place.precision
    with_point = gazetteer.get("mimu-village:165816")
    assert with_point.geo_precision == 1
    assert with_point.precision == "village point"


def test_points_outside_myanmar_in_mimu_are_not_used(gazetteer: Gazetteer) -> None:
    # MIMU gives Muse Town's wards a point in southern Africa; it must not leak out.
    muse = gazetteer.geocode("Muse", township="Muse")
    lon, lat = muse.place.lonlat()
    assert 92 < lon < 102
    assert 9 < lat < 29
    assert "no usable point" in muse.place.precision


def test_unknown_name_lists_candidates(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError, match=r"unknown place 'Qqxzzv'.*closest candidates: \w"):
        gazetteer.geocode("Qqxzzv")


def test_offset_place_is_geodesically_north(gazetteer: Gazetteer) -> None:
    from geo import geodesy

    laiza = gazetteer.get("curated:laiza").lonlat()
    camp = gazetteer.get("curated:mung-lai-hkyet").lonlat()
    assert geodesy.distance_m(*laiza, *camp) == pytest.approx(3000, abs=0.01)
    assert geodesy.bearing_deg(*laiza, *camp) == pytest.approx(0, abs=1e-6)


@pytest.mark.parametrize(
    ("value", "pcode"),
    [
        ("Waingmaw", "MMR001002"),
        ("MMR001002", "MMR001002"),
        ("mmr001012", "MMR001012"),
        ("Hpakant", "MMR001009"),
        ("Phakant", "MMR001009"),
        ("Momauk Township", "MMR001012"),
    ],
)
def test_township_resolution(gazetteer: Gazetteer, value: str, pcode: str) -> None:
    assert gazetteer.township(value).pcode == pcode


def test_unknown_township_lists_close_ones(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownTownshipError, match=r"Waingmaw \(MMR001002\)"):
        gazetteer.township("Waingmau")


def test_the_kia_headquarters_is_found_by_id_and_by_name(gazetteer: Gazetteer) -> None:
    hq = gazetteer.kia_headquarters()
    assert (hq.place_id, hq.name) == (KIA_HEADQUARTERS_ID, "KIA headquarters, Laiza")
    assert gazetteer.geocode("KIA headquarters").place == hq


def test_unknown_id(gazetteer: Gazetteer) -> None:
    with pytest.raises(GeoError, match="no place with id 'curated:nowhere'"):
        gazetteer.get("curated:nowhere")


def test_kachin_has_its_18_townships(gazetteer: Gazetteer) -> None:
    kachin = [t for t in gazetteer.townships() if t.state_pcode == "MMR001"]
    assert len(kachin) == 18


# -- the disk cache (geo.cache) ---------------------------------------------------------
@pytest.fixture(scope="module")
def built() -> Gazetteer:
    """The gazetteer built from the MIMU database and places.json, no cache involved."""
    return build_gazetteer()


@pytest.fixture(scope="module")
def restored(built: Gazetteer) -> Gazetteer:
    """The same gazetteer written as the cache's text and read back."""
    return Gazetteer.from_cache_text(built.to_cache_text())


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: Gazetteer) -> Path:
    """An empty cache folder of its own; a "build" hands out the module's built gazetteer
    and is counted (in ``BUILDS``)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("KCM_CACHE", str(folder))
    BUILDS.clear()

    def build() -> Gazetteer:
        BUILDS.append(1)
        return built

    monkeypatch.setattr(gazetteer_module, "build_gazetteer", build)
    return folder


BUILDS: list[int] = []


@pytest.mark.parametrize(
    ("query", "township"),
    [
        ("Laiza", None),  # exact, curated
        ("laiza", None),
        ("KIA headquarters", None),  # curated alias
        ("Munglai Hkyet", None),  # alias
        ("Phakant", None),  # normalised
        ("Waingmaw Township", None),  # kind hint
        ("Mung Lai Hkyat", None),  # fuzzy
        ("Lawja Yang", None),  # fuzzy, a village
        ("Kachin State", None),
        ("လိုင်ဇာ", None),  # Burmese
        ("Nam Sang Yang", "Waingmaw"),  # township-scoped
        ("Laiza", "Hpakant"),  # scope as a preference
        ("Muse", "Muse"),
        ("Lai Zar", "MMR001002"),
        ("Qqxzzv", None),  # nothing
    ],
)
def test_cached_gazetteer_matches_as_the_built_one(
    built: Gazetteer, restored: Gazetteer, query: str, township: str | None
) -> None:
    def answers(g: Gazetteer) -> list[dict[str, object]]:
        return [m.to_dict() for m in g.candidates(query, township=township, limit=25)]

    assert answers(restored) == answers(built)


def test_cached_gazetteer_holds_the_same_places_townships_and_index(
    built: Gazetteer, restored: Gazetteer
) -> None:
    assert len(restored) == len(built)
    assert restored.get("curated:laiza") == built.get("curated:laiza")
    assert restored.places() == built.places()
    assert restored.townships() == built.townships()
    assert restored.towns() == built.towns()
    assert restored.to_cache_text() == built.to_cache_text()


def test_geocode_error_lists_the_same_names_when_cached(
    built: Gazetteer, restored: Gazetteer
) -> None:
    with pytest.raises(UnknownPlaceError) as from_built:
        built.geocode("Qqxzzv")
    with pytest.raises(UnknownPlaceError) as from_cache:
        restored.geocode("Qqxzzv")
    assert str(from_cache.value) == str(from_built.value)


def test_the_gazetteer_is_built_once_then_read_from_the_cache(
    cache_folder: Path, built: Gazetteer
) -> None:
    first = load_cached_gazetteer()
    assert first is built
    (written,) = cache_folder.glob("gazetteer-*.txt")
    second = load_cached_gazetteer()
    assert second is not built
    assert second.geocode("Laiza").to_dict() == built.geocode("Laiza").to_dict()
    assert len(BUILDS) == 1
    assert written.name == f"gazetteer-{gazetteer_cache_key()}.txt"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[:-200] + b"x" * 200, id="overwritten-tail"),
        pytest.param(lambda data: b"\xff\xfe" + data[2:], id="not-utf8"),
        pytest.param(lambda data: data.replace(b"\n", b"\r\n", 5), id="line-ends"),
    ],
)
def test_a_damaged_cache_file_is_rebuilt(
    cache_folder: Path, built: Gazetteer, damage: Callable[[bytes], bytes]
) -> None:
    load_cached_gazetteer()
    (path,) = cache_folder.glob("gazetteer-*.txt")
    good = path.read_bytes()
    path.write_bytes(damage(good))
    again = load_cached_gazetteer()
    assert again is built, "rebuilt, not read from the damaged file"
    assert len(BUILDS) == 2
    assert path.read_bytes() == good, "the damaged file is replaced by a good one"


def test_a_well_formed_cache_of_the_wrong_shape_is_rebuilt(
    cache_folder: Path, built: Gazetteer
) -> None:
    cache.write_cached("gazetteer", gazetteer_cache_key(), '{"sizes": [1, 2]}\nx\ny\nz')
    assert load_cached_gazetteer() is built
    assert len(BUILDS) == 1


def test_an_unwritable_cache_folder_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_folder: Path, built: Gazetteer
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KCM_CACHE", str(blocker / "cache"))
    assert load_cached_gazetteer() is built
    assert load_cached_gazetteer() is built
    assert len(BUILDS) == 2


def test_the_cache_key_follows_the_inputs(tmp_path: Path) -> None:
    key = gazetteer_cache_key()
    assert gazetteer_cache_key() == key
    edited = tmp_path / "places.json"
    edited.write_bytes(PLACES_PATH.read_bytes() + b" ")
    assert gazetteer_cache_key(places_path=edited) != key
    mimu = tmp_path / "mimu.db"
    mimu.write_bytes(b"another database")
    assert gazetteer_cache_key(mimu_path=mimu) != key


def test_township_named_is_the_one_township_or_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.township_named("Waingmaw").pcode == gazetteer.township("Waingmaw").pcode
    assert gazetteer.township_named(" mmr001002 ") is not None  # a P-code
    assert gazetteer.township_named("Winmaw") is None  # no close match is sought


def test_a_ward_point_shared_across_townships_is_a_placeholder() -> None:
    from geo.gazetteer import _shared_points

    rows = [
        {"latitude": 21.9, "longitude": 95.9, "township_pcode": "MMR005027"},
        {"latitude": 21.9, "longitude": 95.9, "township_pcode": "MMR005001"},
        {"latitude": 23.2, "longitude": 94.0, "township_pcode": "MMR005027"},
        {"latitude": 23.2, "longitude": 94.0, "township_pcode": "MMR005027"},
        {"latitude": None, "longitude": None, "township_pcode": "MMR005001"},
    ]
    assert _shared_points(rows) == {(21.9, 95.9)}


def test_kale_town_is_in_kale_not_at_a_placeholder_near_mandalay(gazetteer: Gazetteer) -> None:
    (kale,) = [
        m.place
        for m in gazetteer.candidates("Kale", township="MMR005027", fuzzy=False)
        if m.place.kind == "town"
    ]
    villages = [
        p for p in gazetteer.places() if p.township_pcode == "MMR005027" and p.kind == "village"
    ]
    nearest = min(
        float(geodesy.distance_m(kale.longitude, kale.latitude, v.longitude, v.latitude))
        for v in villages
        if v.latitude is not None and v.longitude is not None
    )
    assert nearest < 10_000  # a village of Kale within 10 km, not 230 km away


def test_a_village_called_by_its_name_alone_is_its_named_part_only_where_none_is_plain(
    gazetteer: Gazetteer,
) -> None:
    # MIMU has only "Oe Htein Kwin (South)" and "(North)" in Tabayin
    best = gazetteer.candidates("Oe Htein Kwin", township="Tabayin")[0]
    assert best.place.name.startswith("Oe Htein Kwin (")
    # "Kan Gyi" names plain villages: their parts ("Kan Gyi (West)") are not offered
    assert all("(" not in m.place.name for m in gazetteer.candidates("Kan Gyi", limit=50))


@pytest.mark.parametrize("told", ["Upper Nyaungkone", "upper Nyaung Kone", "Nyaungkone (Upper)"])
def test_the_part_of_a_village_a_report_names_before_it_is_that_part(
    told: str, gazetteer: Gazetteer
) -> None:
    # MIMU's "Nyaung Kone (Upper)" lies in Mogoke; plain Nyaung Kones lie in many townships
    assert gazetteer.knows(told)
    (only,) = gazetteer.candidates(told)
    assert (only.place.name, only.place.township) == ("Nyaung Kone (Upper)", "Mogoke")


def test_a_part_no_village_has_is_no_place(gazetteer: Gazetteer) -> None:
    # no "Laiza (Upper)": the name with the word before it is not Laiza
    assert all(m.place.name != "Laiza" for m in gazetteer.candidates("Upper Laiza", fuzzy=False))


def test_a_township_with_no_such_part_keeps_its_village_of_the_name(
    gazetteer: Gazetteer,
) -> None:
    # Mohnyin has a plain Nyaung Kone, no "Nyaung Kone (Upper)"
    best = gazetteer.candidates("Upper Nyaungkone", township="Mohnyin")[0]
    assert (best.place.name, best.place.township) == ("Nyaung Kone", "Mohnyin")


@pytest.mark.parametrize("told", ["East Bago", "North Shan", "Upper Laiza"])
def test_a_part_of_a_region_or_of_no_village_is_no_part_of_a_village(
    told: str, gazetteer: Gazetteer
) -> None:
    # MIMU's "Bago (East)" and "Shan (North)" are regions, not parts of villages
    assert not gazetteer.knows(told)
