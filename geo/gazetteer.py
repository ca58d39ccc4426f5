"""An offline gazetteer of Myanmar: MIMU villages, wards, towns, townships and
states, plus a small curated table of places the MIMU database lacks or spells
differently.

The MIMU village and ward database (P-code release 9.6) is read directly,
read-only, from the file the ``mm-geo-coder`` package ships; the package itself
is never imported and nothing here makes a network request.

Matching runs in three passes, each ranked the same way:

1. exact (case, spacing and Unicode form aside), on English and Burmese names and
   curated aliases;
2. normalised (:func:`geo.names.name_key`: punctuation, generic words and common
   romanisation variants);
3. fuzzy (rapidfuzz ratio on the normalised keys, at least :data:`FUZZY_CUTOFF`).

Within a pass, places inside the given township or state come first, then curated
places, towns, townships, villages and wards, then places with coordinates of
their own. Every :class:`Match` says how it matched and how precise its point is.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Final, TypedDict, overload

from geo import cache
from geo.bounds import MYANMAR_BOUNDS
from geo.errors import GeoError, UnknownPlaceError, UnknownTownshipError
from geo.names import bracketed_part, exact_key, generic_word, name_key, village_part
from geo.paths import PLACES_PATH, PYPROJECT_PATH, mimu_database_path

# Imported where first needed, so that a start reading the cache and matching names
# exactly loads none of them: rapidfuzz (fuzzy matching, :func:`_closest`), and for
# building the gazetteer sqlite3, statistics and geo.geodesy (numpy, pyproj, shapely).

__all__ = [
    "FUZZY_CUTOFF",
    "KIA_HEADQUARTERS_ID",
    "Admin",
    "Gazetteer",
    "Match",
    "Place",
    "Township",
    "build_gazetteer",
    "gazetteer_cache_key",
    "load_cached_gazetteer",
    "load_gazetteer",
]

#: Lowest rapidfuzz ratio (0-100) that counts as a fuzzy match.
FUZZY_CUTOFF: Final = 84.0
#: The curated place of the KIA headquarters at Laiza (see :meth:`Gazetteer.kia_headquarters`).
KIA_HEADQUARTERS_ID: Final = "curated:kia-hq"

_LOG: Final = logging.getLogger(__name__)
_KIND_RANK: Final = {"curated": 0, "town": 1, "township": 2, "village": 3, "ward": 4, "state": 5}
_METHOD_RANK: Final = {"exact": 0, "normalised": 1, "fuzzy": 2}
#: A query ending in one of these words prefers places of that kind ("Kachin State").
#: The score of a village of a name alone when the query names a part of it.
_PLAIN_FOR_PART: Final = 90.0
_KIND_HINTS: Final = {
    "state": "state",
    "region": "state",
    "division": "state",
    "township": "township",
    "tsp": "township",
    "town": "town",
    "myo": "town",
    "village": "village",
    "ywa": "village",
    "ward": "ward",
}


class Admin(TypedDict):
    """MIMU administrative units, as places and events carry them."""

    township: str
    township_pcode: str
    district: str
    district_pcode: str
    state: str
    state_pcode: str


@dataclass(frozen=True)
class Township:
    """A MIMU township (admin level 3)."""

    pcode: str
    name: str
    district: str
    district_pcode: str
    state: str
    state_pcode: str
    name_mmr: str | None = None

    def admin(self) -> Admin:
        """The administrative fields a :class:`Place` or an event carries for this township."""
        return Admin(
            township=self.name,
            township_pcode=self.pcode,
            district=self.district,
            district_pcode=self.district_pcode,
            state=self.state,
            state_pcode=self.state_pcode,
        )


@dataclass(frozen=True)
class Place:
    """A named place with its point (if any) and its MIMU administrative units.

    ``geo_precision`` is on ACLED's scale (1 the place itself, 2 near it or a small
    region, 3 a region with no point); ``precision`` says in words where the point
    comes from.
    """

    place_id: str
    name: str
    kind: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    precision: str
    township: str | None = None
    township_pcode: str | None = None
    district: str | None = None
    district_pcode: str | None = None
    state: str | None = None
    state_pcode: str | None = None
    village_tract: str | None = None
    name_mmr: str | None = None
    source: str | None = None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def lonlat(self) -> tuple[float, float]:
        """(longitude, latitude); raises :class:`GeoError` for a place with no point."""
        if self.latitude is None or self.longitude is None:
            raise GeoError(f"{self.name} ({self.place_id}) has no point: {self.precision}")
        return self.longitude, self.latitude


@dataclass(frozen=True)
class Match:
    """One candidate for a query: the place, and how and how well it matched."""

    query: str
    place: Place
    matched_name: str
    method: str
    score: float
    in_scope: bool | None
    alternatives: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``python -m geo geocode``."""
        p = self.place
        return {
            "query": self.query,
            "name": p.name,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "township": p.township,
            "township_pcode": p.township_pcode,
            "state": p.state,
            "state_pcode": p.state_pcode,
            "district": p.district,
            "district_pcode": p.district_pcode,
            "precision": p.precision,
            "geo_precision": p.geo_precision,
            "kind": p.kind,
            "place_id": p.place_id,
            "matched_name": self.matched_name,
            "method": self.method,
            "score": round(self.score, 1),
            "alternatives": self.alternatives,
            "source": p.source,
        }


def _in_myanmar(lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None:
        return False
    min_lon, min_lat, max_lon, max_lat = MYANMAR_BOUNDS
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def _latlon(point: tuple[float, float] | None) -> tuple[float | None, float | None]:
    return point if point else (None, None)


def _centroid(points: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """Median (lat, lon) of points: robust to one misplaced record."""
    if not points:
        return None
    import statistics

    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


class Gazetteer:
    """Name lookup over a fixed list of places (see the module docstring)."""

    def __init__(
        self,
        places: Sequence[Place],
        townships: Sequence[Township],
        *,
        aliases: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._set(places, townships, defaultdict(list), defaultdict(list))
        for i, place in enumerate(self._places):
            for name in (place.name, place.name_mmr):
                if name:
                    self._index(i, name)
        for alias, place_id in aliases:
            if place_id not in self._by_id:
                raise GeoError(f"alias {alias!r} points to unknown place {place_id!r}")
            self._index(self._by_id[place_id], alias)

    def _set(
        self,
        places: Sequence[Place],
        townships: Sequence[Township],
        exact: Mapping[str, list[tuple[int, str]]],
        loose: Mapping[str, list[tuple[int, str]]],
        *,
        ids: Sequence[str] | None = None,
        town_at: list[int] | None = None,
    ) -> None:
        """Every attribute but the name index's contents (``exact`` and ``loose``); the
        look-up tables derived from them are made when first used (a start reading the
        cache may need none of them)."""
        self._places: Sequence[Place] = places if isinstance(places, _PlaceRows) else tuple(places)
        self._ids = [p.place_id for p in self._places] if ids is None else ids
        self._townships: dict[str, Township] = {t.pcode: t for t in townships}
        self._exact: Mapping[str, list[tuple[int, str]]] = exact
        self._loose: Mapping[str, list[tuple[int, str]]] = loose
        self._town_at = town_at

    @functools.cached_property
    def _by_id(self) -> dict[str, int]:
        return dict(zip(self._ids, range(len(self._ids)), strict=True))

    @functools.cached_property
    def _loose_keys(self) -> list[str]:
        return list(self._loose)

    @functools.cached_property
    def _township_keys(self) -> dict[str, list[str]]:
        keys: dict[str, list[str]] = defaultdict(list)
        for t in self._townships.values():
            for name in (t.name, t.name_mmr):
                if name:
                    keys[name_key(name)].append(t.pcode)
        return keys

    def to_cache_text(self) -> str:
        """The places, townships and name index as lines of text (for the disk cache,
        :func:`load_gazetteer`); :meth:`from_cache_text` restores an equal gazetteer.

        Raises
        ------
        GeoError
            When some name or key holds a line break (then nothing is cached).
        """
        places = self.places()
        strings: dict[str, int] = {}
        sections: list[list[str]] = [
            [p.place_id for p in places],
            [_dumps(_place_row(p, strings)) for p in places],
        ]
        for index in (self._exact, self._loose):
            sections.append(list(index))
            sections.append([_dumps(_packed(entries, places)) for entries in index.values()])
        header = {
            "sizes": [len(section) for section in sections],
            "chars": [len("\n".join(section)) for section in sections],
            "strings": list(strings),
            "towns": [i for i, p in enumerate(places) if p.kind == "town" and p.has_point],
            "townships": [
                [getattr(t, f) for f in _TOWNSHIP_FIELDS] for t in self._townships.values()
            ],
        }
        lines = [_dumps(header), *(line for section in sections for line in section)]
        if any("\n" in line for line in lines):
            raise GeoError("a name or key holds a line break; the gazetteer is not cached")
        return "\n".join(lines)

    @classmethod
    def from_cache_text(cls, text: str) -> Gazetteer:
        """A gazetteer from :meth:`to_cache_text`'s output. Nothing is recomputed, and
        little is done before it is needed: each name index is split into its lines
        when first searched (``geocode Laiza`` never reads the index of spelling
        variants), and each place and index entry is decoded when first asked for.

        Raises
        ------
        GeoError
            When ``text`` is not such output.
        """
        first, _, body = text.partition("\n")
        try:
            header = json.loads(first)
            sizes = [int(n) for n in header["sizes"]]
            chars = [int(n) for n in header["chars"]]
            strings = [str(text) for text in header["strings"]]
            town_at = [int(i) for i in header["towns"]]
            townships = [Township(*row) for row in header["townships"]]
        except (KeyError, TypeError, ValueError) as error:
            raise GeoError(f"not a cached gazetteer: {error!r}") from None
        if len(sizes) != 6 or len(chars) != 6 or sizes[0] != sizes[1]:
            raise GeoError("not a cached gazetteer: its sections do not add up")
        spans = _section_spans(body, sizes, chars)

        def lines(k: int) -> list[str]:
            start, end = spans[k]
            return body[start:end].split("\n") if sizes[k] else []

        ids = lines(0)
        places = _PlaceRows(ids, lines(1), strings)
        gazetteer = cls.__new__(cls)
        gazetteer._set(
            places,
            townships,
            _PackedIndex(lambda: (lines(2), lines(3)), places),
            _PackedIndex(lambda: (lines(4), lines(5)), places),
            ids=ids,
            town_at=town_at,
        )
        return gazetteer

    def _index(self, i: int, name: str) -> None:
        self._exact[exact_key(name)].append((i, name))
        key = name_key(name)
        if key:
            self._loose[key].append((i, name))

    # -- places -----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def get(self, place_id: str) -> Place:
        """The place with this id (``mimu-village:165816``, ``curated:laiza``, ...)."""
        try:
            return self._places[self._by_id[place_id]]
        except KeyError:
            raise GeoError(f"no place with id {place_id!r}") from None

    def kia_headquarters(self) -> Place:
        """The KIA headquarters at Laiza: the centre of distance rings by default, marked
        on the map, and the place a KIA source means by "the headquarters"."""
        return self.get(KIA_HEADQUARTERS_ID)

    def places(self) -> tuple[Place, ...]:
        """Every place, curated ones first (for deriving layers such as township areas)."""
        if not isinstance(self._places, tuple):  # read from the cache: make them all now
            self._places = tuple(self._places)
        return self._places

    def towns(self) -> tuple[Place, ...]:
        """MIMU towns that have a point (map context: labels of the nearest towns)."""
        if self._town_at is None:
            self._town_at = [
                i for i, p in enumerate(self._places) if p.kind == "town" and p.has_point
            ]
        return tuple(self._places[i] for i in self._town_at)

    # -- townships --------------------------------------------------------------------
    def townships(self) -> tuple[Township, ...]:
        """Every MIMU township, ordered by P-code."""
        return tuple(sorted(self._townships.values(), key=lambda t: t.pcode))

    def township_named(self, value: str) -> Township | None:
        """The one township a name means (any spelling the normaliser accepts) or a
        P-code names; None when none or several do. Cheap: no close matches are sought."""
        text = value.strip()
        if text.upper() in self._townships:
            return self._townships[text.upper()]
        pcodes = self._township_keys.get(name_key(text), [])
        return self._townships[pcodes[0]] if len(pcodes) == 1 else None

    def township(self, value: str) -> Township:
        """Resolve a township name (any spelling the normaliser accepts) or P-code."""
        found = self.township_named(value)
        if found is not None:
            return found
        text = value.strip()
        pcodes = self._township_keys.get(name_key(text), [])
        if len(pcodes) > 1:
            raise UnknownTownshipError(
                value, [f"{self._townships[c].name} ({c})" for c in sorted(pcodes)]
            )
        close = _closest(name_key(text), list(self._township_keys), limit=5, cutoff=60)
        names = [
            f"{self._townships[c].name} ({c})" for key in close for c in self._township_keys[key]
        ]
        raise UnknownTownshipError(value, names)

    # -- matching ---------------------------------------------------------------------
    def knows(self, name: str) -> bool:
        """True when some place is called ``name``, exactly or as a spelling variant, or is
        the part of a village ``name`` tells ("Upper Nyaungkone")."""
        return (
            exact_key(name) in self._exact
            or (name_key(name) or "\0") in self._loose
            or bool(self._parts_named(name))
        )

    def _parts_named(self, name: str) -> list[tuple[int, str]]:
        """The villages and wards (index, name) that are the part of a village ``name``
        tells, by any spelling of the village: "Upper Nyaungkone" is Nyaung Kone (Upper),
        not another Nyaung Kone; "East Bago" is no village."""
        told = village_part(name)
        if told is None:
            return []
        part, village = told
        return [
            (i, found)
            for i, found in self._loose.get(name_key(village) or "\0", [])
            if self._places[i].kind in ("village", "ward") and bracketed_part(found) == part
        ]

    def candidates(
        self,
        query: str,
        *,
        township: str | None = None,
        state: str | None = None,
        limit: int = 10,
        fuzzy: bool = True,
        variants: bool = False,
    ) -> list[Match]:
        """Ranked candidates for a name; empty when nothing matches well enough.

        Parameters
        ----------
        query
            A place name in English (any common romanisation) or Burmese.
        township, state
            Optional scope (a name or P-code): places inside it rank first.
        limit
            Most candidates returned.
        fuzzy
            Also try fuzzy matches when no name matches exactly or as a variant.
        variants
            Also give the names that match only as a spelling variant when some name
            matches exactly ("Myothit" is a town, and also the village Myo Thit).
        """
        scope = self._scope(township=township, state=state)
        found: dict[int, tuple[str, str, float]] = {}
        for i, name in self._exact.get(exact_key(query), []):
            found.setdefault(i, ("exact", name, 100.0))
        if not found and (parts := self._parts_named(query)):
            # "Upper Nyaungkone", "Nyaungkone (Upper)": that part of the village; where the
            # township asked for has none, its village of the name alone ("Upper
            # Nyaungkone village in Mohnyin township": the Nyaung Kone of Mohnyin)
            for i, name in parts:
                found.setdefault(i, ("normalised", name, 100.0))
            told = village_part(query)
            if (
                told
                and township
                and not any(self._in_scope(self._places[i], scope) for i, _ in parts)
            ):
                for i, name in self._loose.get(name_key(told[1]), []):
                    found.setdefault(i, ("normalised", name, _PLAIN_FOR_PART))
        if not found or variants:
            loose = self._loose.get(name_key(query), [])
            # "Oe Htein Kwin" is the village's southern or northern part only where no
            # village has that name alone
            plain = [(i, name) for i, name in loose if not bracketed_part(name)]
            for i, name in plain or loose:
                found.setdefault(i, ("normalised", name, 100.0))
        if fuzzy and not found and name_key(query):
            close = _closest(name_key(query), self._loose_keys, limit=25, cutoff=FUZZY_CUTOFF)
            for key, score in close.items():
                for i, name in self._loose[key]:
                    found.setdefault(i, ("fuzzy", name, score))
        matches = [
            Match(
                query, self._places[i], name, method, score, self._in_scope(self._places[i], scope)
            )
            for i, (method, name, score) in found.items()
        ]
        hint = _KIND_HINTS.get(generic_word(query) or "")
        matches.sort(key=lambda m: (0 if m.place.kind == hint else 1, *_rank(m)))
        if matches:
            top = (matches[0].place.kind == hint, *_rank(matches[0])[:3])
            ties = sum(1 for m in matches if (m.place.kind == hint, *_rank(m)[:3]) == top) - 1
            matches[0] = replace(matches[0], alternatives=ties)
        return matches[:limit]

    def geocode(
        self, query: str, *, township: str | None = None, state: str | None = None
    ) -> Match:
        """The best match for a name.

        Raises
        ------
        UnknownPlaceError
            When nothing matches; the message lists the closest names.
        UnknownTownshipError
            When the scope names no MIMU township.
        """
        matches = self.candidates(query, township=township, state=state, limit=1)
        if matches:
            return matches[0]
        names = []
        for key in _closest(name_key(query), self._loose_keys, limit=5):
            i, name = self._loose[key][0]
            p = self._places[i]
            names.append(f"{name} ({p.township or p.state or p.kind})")
        scope_text = ", ".join(v for v in (township, state) if v) or None
        raise UnknownPlaceError(query, names, scope=scope_text)

    def _scope(self, *, township: str | None, state: str | None) -> tuple[str, str] | None:
        if township:
            return ("township_pcode", self.township(township).pcode)
        if state:
            text = state.strip()
            for t in self._townships.values():
                if text.upper() == t.state_pcode or name_key(text) == name_key(t.state):
                    return ("state_pcode", t.state_pcode)
            states = sorted({f"{t.state} ({t.state_pcode})" for t in self._townships.values()})
            raise GeoError(f"unknown state {state!r}; valid: {', '.join(states)}")
        return None

    @staticmethod
    def _in_scope(place: Place, scope: tuple[str, str] | None) -> bool | None:
        if scope is None:
            return None
        return bool(getattr(place, scope[0]) == scope[1])


_PLACE_FIELDS: Final = tuple(f.name for f in fields(Place))
#: Place fields stored in the cache as their number in a table of strings: the same few
#: values recur in thousands of places.
_SHARED_FIELDS: Final = frozenset(Admin.__annotations__) | {
    "kind",
    "precision",
    "village_tract",
    "source",
}
#: For each field after ``place_id``: is it one of :data:`_SHARED_FIELDS`?
_SHARED_AT: Final = tuple(name in _SHARED_FIELDS for name in _PLACE_FIELDS[1:])
_TOWNSHIP_FIELDS: Final = tuple(f.name for f in fields(Township))


#: One encoder for every cache line (``json.dumps`` with options makes one per call).
_dumps: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_loads: Final = json.JSONDecoder().decode


def _packed(entries: Sequence[tuple[int, str]], places: Sequence[Place]) -> list[list[Any]]:
    """Index entries with the place's own name as 0 and its Burmese name as 1."""
    out: list[list[Any]] = []
    for i, name in entries:
        place = places[i]
        out.append([i, 0 if name == place.name else 1 if name == place.name_mmr else name])
    return out


def _place_row(place: Place, strings: dict[str, int]) -> list[Any]:
    """A place as a list of its fields after ``place_id``, shared strings as numbers."""
    return [
        strings.setdefault(value, len(strings)) if shared and value is not None else value
        for shared, value in zip(_SHARED_AT, _row_values(place), strict=True)
    ]


def _row_values(place: Place) -> tuple[Any, ...]:
    return tuple(getattr(place, name) for name in _PLACE_FIELDS[1:])


class _PlaceRows(Sequence[Place]):
    """Places as the cache's JSON rows, each made into a :class:`Place` when first read."""

    def __init__(self, ids: Sequence[str], rows: Sequence[str], strings: Sequence[str]) -> None:
        self._ids = ids
        self._rows = rows
        self._strings = strings
        self._made: list[Place | None] = [None] * len(rows)

    def _make(self, i: int) -> Place:
        strings = self._strings
        values: list[Any] = [
            strings[value] if shared and value is not None else value
            for shared, value in zip(_SHARED_AT, _loads(self._rows[i]), strict=True)
        ]
        return Place(self._ids[i], *values)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Place: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Place]: ...
    def __getitem__(self, i: int | slice) -> Place | Sequence[Place]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        place = self._made[i]
        if place is None:
            place = self._made[i] = self._make(i)
        return place


def _section_spans(body: str, sizes: Sequence[int], chars: Sequence[int]) -> list[tuple[int, int]]:
    """Where each section of the cache text's body is, as (start, end) offsets, checked
    against its size in lines (the line breaks between them are counted, not split).

    Raises
    ------
    GeoError
        When the sizes and lengths do not describe ``body``.
    """
    spans, start = [], 0
    for size, length in zip(sizes, chars, strict=True):
        end = start + length if size else start
        if size and (
            end > len(body)
            or (end < len(body) and body[end] != "\n")
            or body.count("\n", start, end) != size - 1
        ):
            raise GeoError("not a cached gazetteer: its sections do not add up")
        spans.append((start, end))
        start = end + 1 if size else start
    if start != len(body) + 1:
        raise GeoError("not a cached gazetteer: its sections do not add up")
    return spans


class _PackedIndex(Mapping[str, list[tuple[int, str]]]):
    """A name index read from the cache: its keys and packed entries (``sections``, a
    function returning the two lists) read when the index is first searched, and each
    key's entries decoded when first asked for."""

    def __init__(
        self,
        sections: Callable[[], tuple[Sequence[str], Sequence[str]]],
        places: Sequence[Place],
    ) -> None:
        self._sections = sections
        self._made: dict[str, list[tuple[int, str]]] = {}
        self._places = places

    @functools.cached_property
    def _packed(self) -> dict[str, str]:
        keys, packed = self._sections()
        return dict(zip(keys, packed, strict=True))

    def __getitem__(self, key: str) -> list[tuple[int, str]]:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = [
                (i, self._name(i, code)) for i, code in _loads(self._packed[key])
            ]
        return made

    def _name(self, i: int, code: int | str) -> str:
        if isinstance(code, str):
            return code
        name = self._places[i].name if code == 0 else self._places[i].name_mmr
        if name is None:
            raise GeoError(f"cached index entry {i} names a Burmese name the place lacks")
        return name

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def _closest(
    key: str, keys: Sequence[str], *, limit: int, cutoff: float | None = None
) -> dict[str, float]:
    """The ``limit`` keys most like ``key`` (rapidfuzz ratio, 0-100, at least ``cutoff``)
    with their scores, best first."""
    from rapidfuzz import fuzz, process

    found = process.extract(key, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return {match: float(score) for match, score, _ in found}


def _rank(m: Match) -> tuple[int, int, float, int, int, str]:
    return (
        0 if m.in_scope in (True, None) else 1,
        _METHOD_RANK[m.method],
        -m.score,
        _KIND_RANK[m.place.kind],
        0 if m.place.has_point else 1,
        m.place.place_id,
    )


# -- building the gazetteer -----------------------------------------------------------
def _read_mimu(path: Path) -> tuple[list[Place], list[Township]]:
    import sqlite3

    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    with sqlite3.connect(uri, uri=True) as db:
        db.row_factory = sqlite3.Row
        villages = db.execute("SELECT * FROM villages ORDER BY village_pcode").fetchall()
        wards = db.execute("SELECT * FROM wards ORDER BY ward_pcode").fetchall()
    return _mimu_places(villages, wards)


def _shared_points(rows: Sequence[Mapping[str, Any]]) -> set[tuple[float, float]]:
    """Points that rows of more than one township share: placeholders, not positions
    (MIMU 9.6 puts 36 wards of Kale, Sagaing, Lahe, Layshi and Nanyun at one point near
    Mandalay, which made Kale town's median fall 230 km from Kale)."""
    seen: dict[tuple[float, float], set[str]] = defaultdict(set)
    for row in rows:
        if row["latitude"] is not None and row["longitude"] is not None:
            seen[(row["latitude"], row["longitude"])].add(row["township_pcode"])
    return {point for point, pcodes in seen.items() if len(pcodes) > 1}


def _mimu_places(
    villages: Sequence[Mapping[str, Any]], wards: Sequence[Mapping[str, Any]]
) -> tuple[list[Place], list[Township]]:
    townships: dict[str, Township] = {}
    tract_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    township_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    town_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    towns: dict[str, Mapping[str, Any]] = {}
    for row in [*villages, *wards]:
        townships.setdefault(
            row["township_pcode"],
            Township(
                row["township_pcode"],
                row["township_eng"],
                row["district_eng"],
                row["district_saz_pcode"],
                row["state_eng"],
                row["state_pcode"],
                row["township_mmr"],
            ),
        )
    for v in villages:
        if _in_myanmar(v["latitude"], v["longitude"]):
            tract_points[v["village_tract_pcode"]].append((v["latitude"], v["longitude"]))
            township_points[v["township_pcode"]].append((v["latitude"], v["longitude"]))
    placeholders = _shared_points(wards)
    for w in wards:
        towns.setdefault(w["town_pcode"], w)
        if _in_myanmar(w["latitude"], w["longitude"]) and (
            (w["latitude"], w["longitude"]) not in placeholders
        ):
            town_points[w["town_pcode"]].append((w["latitude"], w["longitude"]))

    def admin(row: Mapping[str, Any]) -> Admin:
        return townships[row["township_pcode"]].admin()

    places: list[Place] = []
    town_seat: dict[str, tuple[float, float]] = {}
    for pcode, w in towns.items():
        point = _centroid(town_points.get(pcode, []))
        name = w["town_eng"].removesuffix(" Town").strip()
        if point and name_key(name) == name_key(w["township_eng"]):
            town_seat[w["township_pcode"]] = point
        fallback = _centroid(township_points.get(w["township_pcode"], []))
        places.append(
            Place(
                f"mimu-town:{pcode}",
                name,
                "town",
                *_latlon(point or fallback),
                geo_precision=1 if point else 2 if fallback else 3,
                precision="town (median of its MIMU ward points)"
                if point
                else "township (median of its village points): the town has no usable point"
                if fallback
                else "no point in MIMU",
                name_mmr=w["town_mmr"],
                **admin(w),
            )
        )
    township_point: dict[str, tuple[float, float] | None] = {}
    for pcode, t in townships.items():
        seat = town_seat.get(pcode)
        middle = _centroid(township_points.get(pcode, []))
        township_point[pcode] = seat or middle
        places.append(
            Place(
                f"mimu-township:{pcode}",
                t.name,
                "township",
                *_latlon(seat or middle),
                geo_precision=2 if (seat or middle) else 3,
                precision="township seat (its town)"
                if seat
                else "township (median of its village points)"
                if middle
                else "township without coordinates",
                name_mmr=t.name_mmr,
                **t.admin(),
            )
        )
    for state_pcode, state in sorted({(t.state_pcode, t.state) for t in townships.values()}):
        mmr = next((v["state_mmr"] for v in villages if v["state_pcode"] == state_pcode), None)
        places.append(
            Place(
                f"mimu-state:{state_pcode}",
                state,
                "state",
                None,
                None,
                3,
                "state or region (no point)",
                state=state,
                state_pcode=state_pcode,
                name_mmr=mmr,
            )
        )
    for v in villages:
        lat, lon = v["latitude"], v["longitude"]
        if _in_myanmar(lat, lon):
            point, precision, geo_precision = (lat, lon), "village point", 1
        elif tract := _centroid(tract_points.get(v["village_tract_pcode"], [])):
            point, geo_precision = tract, 2
            precision = "village tract (median of its villages): the village has no usable point"
        else:
            point, geo_precision = township_point.get(v["township_pcode"]), 2
            precision = "township: neither the village nor its tract has a usable point"
        places.append(
            Place(
                f"mimu-village:{v['village_pcode']}",
                v["village_eng"],
                "village",
                *_latlon(point),
                geo_precision=geo_precision if point else 3,
                precision=precision if point else "no point in MIMU",
                village_tract=v["village_tract_eng"],
                name_mmr=v["village_mmr"],
                **admin(v),
            )
        )
    for w in wards:
        lat, lon = w["latitude"], w["longitude"]
        ok = _in_myanmar(lat, lon) and (lat, lon) not in placeholders
        town = _centroid(town_points.get(w["town_pcode"], []))
        point = (lat, lon) if ok else town
        places.append(
            Place(
                f"mimu-ward:{w['ward_pcode']}",
                f"{w['ward_eng']}, {w['town_eng']}",
                "ward",
                *_latlon(point),
                geo_precision=1 if ok else 2,
                precision="ward point" if ok else "town: the ward has no usable point",
                name_mmr=w["ward_mmr"],
                **admin(w),
            )
        )
    return places, list(townships.values())


def _source_text(source: Mapping[str, Any]) -> str:
    parts = [
        source.get("publisher"),
        source.get("title"),
        source.get("published"),
        source.get("url"),
    ]
    return ", ".join(str(p) for p in parts if p)


class _Mimu:
    """Plain look-ups over the MIMU places, for resolving curated entries."""

    def __init__(self, places: Sequence[Place], townships: Sequence[Township]) -> None:
        self._places = {p.place_id: p for p in places}
        self._townships = {t.pcode: t for t in townships}

    def get(self, place_id: str) -> Place:
        try:
            return self._places[place_id]
        except KeyError:
            raise GeoError(f"no MIMU place {place_id!r}") from None

    def township(self, pcode: str) -> Township:
        try:
            return self._townships[pcode]
        except KeyError:
            raise GeoError(f"no MIMU township {pcode!r}") from None


def _curated(
    entries: Sequence[Mapping[str, Any]], mimu: _Mimu
) -> tuple[list[Place], list[tuple[str, str]]]:
    """Curated places from ``data/places.json`` (format in ``data/README.md``)."""
    from geo import geodesy

    places: dict[str, Place] = {}
    aliases: list[tuple[str, str]] = []
    for n, entry in enumerate(entries, start=1):
        where = f"{PLACES_PATH.name} entry {n} ({entry.get('place_id', '?')})"
        try:
            place_id = f"curated:{entry['place_id']}"
            position = entry["position"]
            if "mimu_village" in position:
                base = mimu.get(f"mimu-village:{position['mimu_village']}")
                lat, lon = base.latitude, base.longitude
                how = f"MIMU village {base.name} ({base.place_id}): {base.precision}"
            elif "offset" in position:
                spec = position["offset"]
                base = places.get(f"curated:{spec['from']}") or mimu.get(spec["from"])
                lon, lat = geodesy.offset(
                    *base.lonlat(),
                    distance_m=spec["distance_m"],
                    bearing_deg=spec["bearing_deg"],
                )
                how = (
                    f"{spec['distance_m'] / 1000:g} km at bearing {spec['bearing_deg']:g}° "
                    f"(geodesic) from {base.name}"
                )
            elif "point" in position:
                lon, lat = position["point"]
                base = None
                how = "coordinates published by the source"
            else:
                raise GeoError(f"position needs mimu_village, offset or point: {position}")
            pcode = entry.get("township_pcode") or (base.township_pcode if base else None)
            if pcode is None:
                raise GeoError("township_pcode is needed with a published point")
            t = mimu.township(pcode)
            places[place_id] = Place(
                place_id,
                entry["name"],
                "curated",
                lat,
                lon,
                int(entry["geo_precision"]),
                f"curated: {how}",
                **t.admin(),
                source=_source_text(entry["source"]),
            )
            aliases.extend((a["alias"], place_id) for a in entry.get("aliases", []))
        except (KeyError, TypeError, ValueError, GeoError) as exc:
            raise GeoError(f"{where}: {exc}") from exc
    return list(places.values()), aliases


def _mimu_aliases(entries: Sequence[Mapping[str, Any]], mimu: _Mimu) -> list[tuple[str, str]]:
    """Other names of MIMU places from ``data/places.json``'s ``aliases`` ("Thibaw" for the
    town Hsipaw); each entry repeats the place's MIMU name, which must match its id."""
    aliases: list[tuple[str, str]] = []
    problems: list[str] = []
    for n, entry in enumerate(entries, start=1):
        where = f"{PLACES_PATH.name} alias {n} ({entry.get('alias', '?')})"
        try:
            place = mimu.get(entry["place"])
            if place.name != entry["name"]:
                raise GeoError(
                    f"{entry['place']} is {place.name!r}, not {entry['name']!r}: check the id"
                )
            if not (entry["source"]["publisher"] and entry["source"].get("url")):
                raise GeoError("the source needs a publisher and a url")
            aliases.append((entry["alias"], place.place_id))
        except KeyError as exc:
            problems.append(f"{where}: missing {exc}")
        except (TypeError, GeoError) as exc:
            problems.append(f"{where}: {exc}")
    if problems:
        raise GeoError("; ".join(problems))
    return aliases


def build_gazetteer(mimu_path: Path | None = None, places_path: Path | None = None) -> Gazetteer:
    """Read the MIMU database and the curated table into a :class:`Gazetteer`."""
    mimu_places, townships = _read_mimu(mimu_path or mimu_database_path())
    mimu = _Mimu(mimu_places, townships)
    table = json.loads((places_path or PLACES_PATH).read_text(encoding="utf-8"))
    curated, aliases = _curated(table["places"], mimu)
    aliases += _mimu_aliases(table.get("aliases", []), mimu)
    return Gazetteer([*curated, *mimu_places], townships, aliases=aliases)


#: Bump when the cached form (:meth:`Gazetteer.to_cache_text`) changes meaning
#: (2: the header gives each section's length, so a section is split only when needed).
CACHE_FORMAT: Final = 2
#: Modules whose code decides what the built gazetteer holds: a change to any of them
#: rebuilds the cache even when the project's version stays the same.
_BUILD_CODE: Final = ("gazetteer.py", "names.py", "geodesy.py", "bounds.py")


def gazetteer_cache_key(mimu_path: Path | None = None, places_path: Path | None = None) -> str:
    """The disk cache key of the bundled gazetteer: the cache format, the project's
    version, the MIMU database's path, size and modification time, and the contents of
    ``data/places.json`` and of the modules that build the gazetteer."""
    code = Path(__file__).parent
    return cache.cache_key(
        f"format {CACHE_FORMAT}",
        _project_version(),
        cache.file_stamp(mimu_path or mimu_database_path()),
        hashlib.sha256((places_path or PLACES_PATH).read_bytes()).hexdigest(),
        *(hashlib.sha256((code / name).read_bytes()).hexdigest() for name in _BUILD_CODE),
    )


def _project_version() -> str:
    """The version in ``pyproject.toml`` (the project runs from its folder, uninstalled)."""
    try:
        with PYPROJECT_PATH.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown version"


def load_cached_gazetteer() -> Gazetteer:
    """The bundled gazetteer from the disk cache (:mod:`geo.cache`), built and cached
    when the cache holds none for the current inputs or holds a damaged one."""
    key = gazetteer_cache_key()
    text = cache.read_cached("gazetteer", key)
    if text is not None:
        try:
            return Gazetteer.from_cache_text(text)
        except GeoError as error:
            _LOG.info("cached gazetteer ignored (%s); rebuilding", error)
    gazetteer = build_gazetteer()
    try:
        cache.write_cached("gazetteer", key, gazetteer.to_cache_text())
    except GeoError as error:
        _LOG.info("gazetteer not cached: %s", error)
    return gazetteer


_LOAD_LOCK: Final = threading.Lock()


def load_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled data, loaded once per process (it is immutable):
    from the disk cache when it is current, else built and cached. Threads asking at
    once wait for one load (the server preloads it while the first page starts)."""
    with _LOAD_LOCK:
        return _load_once()


@functools.cache
def _load_once() -> Gazetteer:
    return load_cached_gazetteer()
