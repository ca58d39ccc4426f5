"""A TopoJSON reader: quantized, delta-encoded arcs -> shapely geometries.

Enough of the TopoJSON specification (https://github.com/topojson/topojson-specification)
for the Natural Earth topologies of the npm package ``world-atlas``: a ``transform``
(quantized, delta-encoded arcs) or none, and Polygon / MultiPolygon / LineString /
MultiLineString / Point geometries. Negative arc indices run an arc backwards (``~i``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from geo.errors import GeoError

__all__ = ["TopologyError", "decode_arcs", "geometries"]

Coordinates = list[tuple[float, float]]


class TopologyError(GeoError):
    """A TopoJSON file that is not a topology this reader understands."""


def decode_arcs(topology: Mapping[str, Any]) -> list[Coordinates]:
    """Every arc of ``topology`` as absolute (x, y) coordinates."""
    transform = topology.get("transform")
    arcs: list[Coordinates] = []
    for n, arc in enumerate(topology.get("arcs", [])):
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: Coordinates = []
        for position in arc:
            if len(position) < 2:
                raise TopologyError(f"arc {n}: position {position!r} has no x and y")
            x += int(position[0])
            y += int(position[1])
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _line(arcs: Sequence[Coordinates], indices: Sequence[int]) -> Coordinates:
    """The arcs ``indices`` joined into one line (each arc's first point is the
    previous arc's last, so it is dropped)."""
    points: Coordinates = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygon(arcs: Sequence[Coordinates], rings: Sequence[Sequence[int]]) -> shapely.Polygon:
    """A polygon; rings that quantization collapsed below 4 points (specks of islands
    a few metres across) are left out, and so is a polygon whose shell collapsed."""
    lines = [line for line in (_line(arcs, ring) for ring in rings) if len(line) >= 4]
    if not lines or len(_line(arcs, rings[0])) < 4:
        return shapely.Polygon()
    return shapely.Polygon(lines[0], lines[1:])


def _geometry(arcs: Sequence[Coordinates], spec: Mapping[str, Any]) -> BaseGeometry:
    kind, parts = spec.get("type"), spec.get("arcs") or []
    if kind == "Polygon":
        return _polygon(arcs, parts)
    if kind == "MultiPolygon":
        polygons = [_polygon(arcs, polygon) for polygon in parts]
        return shapely.MultiPolygon([p for p in polygons if not p.is_empty])
    if kind == "LineString":
        return shapely.LineString(_line(arcs, parts))
    if kind == "MultiLineString":
        return shapely.MultiLineString([_line(arcs, line) for line in parts])
    raise TopologyError(f"geometry type {kind!r} is not read (Polygon, MultiPolygon, lines)")


def geometries(topology: Mapping[str, Any], name: str) -> list[tuple[dict[str, Any], BaseGeometry]]:
    """The features of object ``name``: (properties with ``id``, geometry) pairs."""
    if topology.get("type") != "Topology":
        raise TopologyError(f"not a TopoJSON topology: type {topology.get('type')!r}")
    objects = topology.get("objects", {})
    if name not in objects:
        raise TopologyError(f"no object {name!r}; the topology has {sorted(objects)}")
    arcs = decode_arcs(topology)
    features = []
    for spec in objects[name].get("geometries", []):
        if spec.get("type") is None:  # a null geometry
            continue
        properties = {**spec.get("properties", {}), "id": spec.get("id")}
        features.append((properties, _geometry(arcs, spec)))
    return features
