"""The township filter keeps its townships across a change of basis, and links name a
township by P-code or by name."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from geo.dataset import load_dataset
from geo.filters import EventFilter, apply_filter
from tests.app.test_pages import _app, _description, _query, _shown

MOMAUK, WAINGMAW = "MMR001012", "MMR001002"


def _count(at: AppTest) -> int:
    return int(_description(at).split(" ")[0].replace(",", ""))


def _kept(townships: tuple[str, ...], *, located: bool) -> int:
    events = load_dataset().events  # townships assigned, as the app shows them
    return len(apply_filter(events, EventFilter(townships=townships, located=located)))


def test_a_township_stays_chosen_when_the_basis_changes() -> None:
    assert _kept((MOMAUK,), located=True) == 0  # its events lie in Waingmaw
    assert _kept((WAINGMAW,), located=True) > _kept((WAINGMAW,), located=False)
    at = _app().run()
    at.multiselect(key="kcm_filter_townships").set_value([MOMAUK]).run()
    assert _count(at) == _kept((MOMAUK,), located=False) > 0
    at.radio(key="kcm_filter_basis").set_value("located").run()
    assert not at.exception, at.exception
    assert at.multiselect(key="kcm_filter_townships").value == [MOMAUK]
    assert _count(at) == 0
    assert _description(at).endswith("Momauk (by coordinates)")
    assert _query(at, "township") == [MOMAUK]
    assert _query(at, "basis") == ["located"]
    at.radio(key="kcm_filter_basis").set_value("reported").run()
    assert at.multiselect(key="kcm_filter_townships").value == [MOMAUK]
    assert _count(at) == _kept((MOMAUK,), located=False)


@pytest.mark.parametrize(
    ("query", "townships", "located"),
    [
        ({"township": MOMAUK, "basis": "located"}, [MOMAUK], True),
        ({"township": "Waingmaw"}, [WAINGMAW], False),
        ({"township": "waingmaw", "basis": "located"}, [WAINGMAW], True),
        ({"township": ["Momauk", WAINGMAW]}, [MOMAUK, WAINGMAW], False),
        ({"township": "Waingmaw (MMR001002)"}, [WAINGMAW], False),
    ],
    ids=["code-located", "name", "name-located", "name-and-code", "as-listed"],
)
def test_a_link_keeps_its_townships_by_code_or_name(
    query: dict[str, str | list[str]], townships: list[str], located: bool
) -> None:
    at = _app(**query).run()
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    assert at.multiselect(key="kcm_filter_townships").value == townships
    assert at.radio(key="kcm_filter_basis").value == ("located" if located else "reported")
    assert _count(at) == _kept(tuple(townships), located=located)


def test_a_refused_township_is_not_listed_as_valid() -> None:
    at = _app(township="Atlantis").run()
    (warning,) = (_shown(w.value) for w in at.warning)
    assert "township='Atlantis' is not a township with events; ignored" in warning
    listed = re.findall(r"(\w[\w ]*) \((MMR\d+)\)", warning.split("valid, by name or P-code:")[1])
    assert ("Waingmaw", WAINGMAW) in listed
    for name, code in listed:  # everything listed as valid opens
        for value in (name, code, f"{name} ({code})"):
            again = _app(township=value).run()
            assert not again.warning, (value, [w.value for w in again.warning])
            assert again.multiselect(key="kcm_filter_townships").value == [code]
