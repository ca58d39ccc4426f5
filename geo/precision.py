"""Rules read from an event's precision codes, defined once beside the schema.

:data:`geo.schema.GEO_PRECISION` gives ACLED's geo precision codes; an event coded
:data:`REGION_PRECISION` is located only to a region (a district, a state, the
country): its point, if it has one, is the region's centre, not where anything
happened. Such an event is counted in no distance ring, placed in no township by its
coordinates, and drawn on the map only on request; :func:`region_only` says which
events they are.
"""

from __future__ import annotations

from typing import Final

import pandas as pd

__all__ = ["REGION_PRECISION", "region_only"]

#: ACLED geo precision of an event located only to a region (its point is the centre).
REGION_PRECISION: Final = 3


def region_only(events: pd.DataFrame) -> pd.Series:
    """Whether each event is located only to a region (geo precision
    :data:`REGION_PRECISION`): a bool Series named ``region_only`` on the events' index.

    An event whose precision is unknown is not region-only: its point is taken as given.
    """
    return (
        events["geo_precision"]
        .eq(REGION_PRECISION)
        .fillna(False)
        .astype(bool)
        .rename("region_only")
    )
