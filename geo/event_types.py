"""ACLED's event types and their sub-event types: the taxonomy every event is coded in.

A plain constant, so that the command line can offer the types as choices without
loading the event schema (:mod:`geo.schema` re-exports it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["EVENT_TYPES"]

#: ACLED event types and their sub-event types (ACLED codebook, 2023).
EVENT_TYPES: Final[Mapping[str, tuple[str, ...]]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
