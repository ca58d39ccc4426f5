"""Resolving the admin names a source writes (ACLED ``admin1``-``admin3``, UCDP
``adm_1``/``adm_2``) to MIMU P-codes.

Sources spell states and districts in several ways ("Magway  region", "Magwe
division", "Karen state", "Shan-North", "Bhamo district"); names are compared under
:func:`geo.names.name_key` after dropping the generic word, with the old English
names of states mapped to MIMU's. A name that fits several units equally ("Shan"
is Shan North, South and East) resolves to all of them; one that fits none, to none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Final

from geo.gazetteer import Gazetteer
from geo.names import name_key

__all__ = ["AdminIndex", "clean_text"]

_SPACES: Final = re.compile(r"\s+")
_ADMIN_WORDS: Final = re.compile(
    r"\s+(state|region|division|district|township|union\s+territory|tsp\.?)$", re.IGNORECASE
)
#: Older or English names of states and regions, by name key, and MIMU's name.
_STATE_ALIASES: Final = {
    "karen": "Kayin",
    "karenni": "Kayah",
    "magwe": "Magway",
    "naypyidaw": "Nay Pyi Taw",
    "naipyidaw": "Nay Pyi Taw",
    "arakan": "Rakhine",
    "irawady": "Ayeyarwady",
    "pegu": "Bago",
    "tenaserim": "Tanintharyi",
    "rangon": "Yangon",
}


def clean_text(value: str) -> str:
    """Text with runs of white space (double spaces, tabs, newlines) made one space."""
    return _SPACES.sub(" ", value).strip()


def _key(name: str) -> str:
    return name_key(_ADMIN_WORDS.sub("", clean_text(name)))


class AdminIndex:
    """MIMU states, districts and townships by name key."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._states: dict[str, set[str]] = defaultdict(set)
        self._districts: dict[str, set[str]] = defaultdict(set)
        self._townships: dict[str, set[str]] = defaultdict(set)
        self.state_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        for t in gazetteer.townships():
            self.name_of.update({t.pcode: t.name, t.state_pcode: t.state})
            if t.district_pcode:
                self.name_of[t.district_pcode] = t.district
            self._states[_key(t.state)].add(t.state_pcode)
            # "Shan (North)" also answers to "Shan"; "Bago (East)" to "Bago".
            self._states[_key(t.state.split("(")[0])].add(t.state_pcode)
            if t.district and t.district_pcode:
                self._districts[_key(t.district)].add(t.district_pcode)
            self._townships[_key(t.name)].add(t.pcode)
            self.state_of[t.district_pcode] = t.state_pcode
            self.state_of[t.pcode] = t.state_pcode

    def states(self, name: str) -> set[str]:
        """State or region P-codes the name may mean."""
        key = _key(name)
        alias = _STATE_ALIASES.get(key)
        return set(self._states.get(_key(alias) if alias else key, set()))

    def districts(self, name: str, *, states: set[str] | None = None) -> set[str]:
        """District P-codes of that name (within the states, when given)."""
        return self._within(self._districts.get(_key(name), set()), states)

    def townships(self, name: str, *, states: set[str] | None = None) -> set[str]:
        """Township P-codes of that name (within the states, when given)."""
        return self._within(self._townships.get(_key(name), set()), states)

    def _within(self, pcodes: set[str], states: set[str] | None) -> set[str]:
        if not states:
            return set(pcodes)
        return {p for p in pcodes if self.state_of.get(p) in states}

    def resolve(
        self, *, state: str | None, district: str | None = None, township: str | None = None
    ) -> dict[str, Any]:
        """Schema admin fields for names as a source reported them.

        A level gets its P-code and MIMU name only when the name means exactly one
        unit (within the reported state); ``township_reported`` keeps the township
        name as written, resolved or not.
        """
        values: dict[str, Any] = {}
        states = self.states(state) if state else set()
        districts = self.districts(district, states=states) if district else set()
        townships = self.townships(township, states=states) if township else set()
        for level, found in (("state", states), ("district", districts), ("township", townships)):
            if len(found) == 1:
                pcode = next(iter(found))
                values[f"{level}_pcode"], values[level] = pcode, self.name_of[pcode]
        # "Shan state" is three MIMU states; its district or township says which.
        below = values.get("district_pcode") or values.get("township_pcode")
        if "state_pcode" not in values and below:
            state = self.state_of[below]
            values["state_pcode"], values["state"] = state, self.name_of[state]
        if township:
            values["township_reported"] = township
        return values
