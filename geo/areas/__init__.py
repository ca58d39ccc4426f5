"""Approximate MIMU township areas, one module per job.

* :mod:`geo.areas.derive`: the areas, derived from the MIMU village and ward points
  (Voronoi cells merged by township, clipped, coverage-simplified);
* :mod:`geo.areas.io`: the shipped file ``data/townships.geojson``, its text and
  provenance, writing and reading it;
* :mod:`geo.areas.agreement`: how well derived areas agree with official polygons;
* ``python -m geo.areas -o data/townships.geojson`` (:mod:`geo.areas.__main__`)
  makes the shipped file.

Import from the module that does the job (``from geo.areas.io import read_township_areas``):
the package re-exports nothing, so a module and a function never share a name
(``geo.areas.agreement`` the module, ``agreement`` its function).
"""

from __future__ import annotations

__all__: list[str] = []
