"""How events are drawn, the one home of it for the web map (``ui.maps``) and the
publication image (:mod:`geo.publication`): a colour per event type, the marker size
for a fatality count, the size key and when markers are drawn at half size."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from geo.event_types import EVENT_TYPES

__all__ = ["EVENT_SYMBOLS", "EventSymbols", "marker_radius_px"]


@dataclass(frozen=True)
class EventSymbols:
    """How events look, as the app draws them: a colour per event type, the marker
    radius in screen pixels for a best fatality estimate (``None`` when unknown), and
    the fatality counts the size key shows; above ``half_size_above`` events, markers
    are drawn at half size with thinner outlines."""

    colours: Mapping[str, str]
    radius_px: Callable[[Any], float]
    size_key: Sequence[int] = (1, 10, 50)
    half_size_above: int = 500


def marker_radius_px(fatalities: Any) -> float:
    """The app's marker radius in screen pixels: area grows with the best fatality
    estimate (``6 + 3 * sqrt(n)``, at most 30); unknown gets the smallest."""
    try:
        value = 0 if fatalities is None or fatalities != fatalities else int(fatalities)
    except TypeError:  # pandas' NA: unknown
        value = 0
    return min(6.0 + 3.0 * math.sqrt(max(value, 0)), 30.0)


#: The app's symbols: Okabe-Ito colours (distinguishable with colour-blindness), one
#: per ACLED event type; marker sizes; the size key; half size above 500 events.
EVENT_SYMBOLS: Final = EventSymbols(
    colours=dict(
        zip(
            EVENT_TYPES,
            ("#e69f00", "#d55e00", "#cc79a7", "#0072b2", "#56b4e9", "#009e73"),
            strict=True,
        )
    ),
    radius_px=marker_radius_px,
    size_key=(1, 10, 50),
    half_size_above=500,
)
