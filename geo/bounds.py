"""Where events are: the coordinate reference system and Myanmar's bounding box.

Plain constants, no imports beyond ``typing``: the gazetteer and the command line read
them without loading the event schema (:mod:`geo.schema` re-exports both).
"""

from __future__ import annotations

from typing import Final

__all__ = ["CRS", "MYANMAR_BOUNDS"]

#: Every frame of events is in WGS84 longitude and latitude.
CRS: Final = "EPSG:4326"

#: Myanmar's bounding box as (min lon, min lat, max lon, max lat), with a small margin.
MYANMAR_BOUNDS: Final = (92.1, 9.5, 101.2, 28.6)
