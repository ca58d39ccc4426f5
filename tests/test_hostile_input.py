"""Hostile input, generated: every importer and every command answers bad input with a
domain error or rejected rows, never a traceback, and never lets through what the
schema refuses; when a file is refused nothing is written.

Inputs: random bytes, the bundled events exported as ACLED, UCDP GED and GeoJSON with
fields mutated at random, and the same files in other encodings. Hypothesis runs
derandomized (the same cases on every run) and without a deadline (a loaded machine
is slow, not wrong); the counts keep the whole module to well under a minute.
"""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.errors import GeoError
from geo.export import events_to_csv, events_to_geojson, geojson_text
from geo.gazetteer import Gazetteer
from geo.importers import FORMATS, ImportResult, import_bytes, problems_csv
from geo.importers.acled import EXPORT_COLUMNS
from geo.loader import load_events
from geo.schema import FIGURES, Limits, original_fields, text_problem, web_url_problem
from tests.conftest import ROOT
from tests.importers.conftest import acled_rows, to_csv, ucdp_rows


def cases(n: int) -> settings:
    """The same ``n`` cases on every run; no deadline; fixtures shared between cases
    (the autouse workspace fixture holds nothing a case changes)."""
    return settings(
        max_examples=n,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


_EVENTS = load_events()
ACLED = acled_rows(_EVENTS)
UCDP = ucdp_rows(_EVENTS)
UCDP_COLUMNS = tuple(UCDP[0])
GEOJSON = events_to_geojson(_EVENTS)
#: ACLED rows as GeoJSON features (QGIS's export of an ACLED CSV).
ACLED_GEOJSON = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [float(r["longitude"]), float(r["latitude"])],
            },
            "properties": dict(r),
        }
        for r in ACLED
    ],
}

# --- what hostile values look like ---------------------------------------------------

SPECIAL = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "nan",
    "inf",
    "-inf",
    "1e999",
    "100000",
    "100001",
    "1000000000000",
    "100000000000000000000",
    "9" * 400,
    "9" * 5000,  # more digits than Python turns into a number
    "²",
    "٣",
    "1600-01-01",
    "9999-12-31",
    "0001-01-01",
    "1988-12-31",
    "2099-01-01",
    "1800-01-01",
    "29 February 2023",
    "31 December 9999",
    "Lai\x00za",
    "a\x1fb",
    "\x85",
    "\x7f",
    "\u202eevil",
    "x" * 140_000,
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "http://",
    "https://[::1",
    "{{ 7*7 }}",
    "=HYPERLINK(1)",
    '"',
    "\n",
    "\r\n",
    "Kachin",
    "Shan-North",
    "MMR001002",
]
#: Text of any Unicode character that can be written as UTF-8 (CSV cells).
CELL_TEXT = st.text(max_size=40)
#: Any Unicode string, lone surrogates included (JSON can hold them as escapes).
JSON_TEXT = st.text(st.characters(codec=None, categories=None), max_size=40)
CELLS = st.one_of(st.sampled_from(SPECIAL), CELL_TEXT, st.integers().map(str))
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(),
    st.sampled_from(SPECIAL),
    JSON_TEXT,
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(JSON_TEXT, inner, max_size=3),
    max_leaves=8,
)

# --- what must hold of every answer ----------------------------------------------------

_TEXT_COLUMNS = [
    "event_id",
    "location",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "notes",
    "township_reported",
]


def assert_sound(result: ImportResult, limits: Limits | None = None) -> None:
    """Nothing the schema refuses got through, and the answer can be shown and written."""
    limits = limits or Limits()
    events = result.events
    assert events.crs == "EPSG:4326"
    first, last = limits.window()
    for column in ("event_date", "event_date_end"):
        dates = events[column].dropna()
        assert ((dates >= pd.Timestamp(first)) & (dates <= pd.Timestamp(last))).all()
    for figure in FIGURES:
        for column in (figure.low, figure.best, figure.high):
            assert (events[column].dropna() <= limits.max_figure).all()
    for column in _TEXT_COLUMNS:
        for value in events[column].dropna():
            assert text_problem(value) is None
    for sources in events["sources"]:
        for source in sources:
            assert source.url is None or not source.url or web_url_problem(source.url) is None
            for text in (source.publisher, source.title, source.quote):
                assert text is None or text_problem(text) is None
    for original in events["original"].dropna():
        for key, value in original_fields(original).items():
            assert text_problem(key) is None
            assert not isinstance(value, str) or text_problem(value) is None
    assert len(events) + len(result.rejected_rows) <= result.rows
    for problem in result.problems:
        assert problem.row is None or 1 <= problem.row <= result.rows
    # The reject report, the summary and the events themselves can be written as UTF-8.
    problems_csv(result.problems).encode("utf-8")
    result.summary.encode("utf-8")
    geojson_text(events_to_geojson(events)).encode("utf-8")
    events_to_csv(events).encode("utf-8")


def answer(data: bytes, gazetteer: Gazetteer, *, format: str = "auto") -> ImportResult | None:
    """The import's result, or ``None`` when the file is refused as a whole (a GeoError
    with a message that can be shown)."""
    try:
        result = import_bytes(data, name="hostile", format=format, gazetteer=gazetteer)
    except GeoError as error:
        str(error).encode("utf-8")
        return None
    assert_sound(result)
    return result


def mutate(rows: list[dict[str, str]], data: st.DataObject, columns: tuple[str, ...]) -> bytes:
    rows = [dict(r) for r in rows]
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        row = data.draw(st.sampled_from(rows), label="row")
        column = data.draw(st.sampled_from([*columns, "extra"]), label="column")
        row[column] = data.draw(CELLS, label="value")
    extra = ("extra",) if any("extra" in r for r in rows) else ()
    return to_csv(rows, (*columns, *extra))


# --- every importer ------------------------------------------------------------------


@cases(1000)
@given(data=st.binary(max_size=600), format=st.sampled_from(FORMATS))
def test_random_bytes(data: bytes, format: str, gazetteer: Gazetteer) -> None:
    answer(data, gazetteer, format=format)


_PREFIXES = [
    ",".join(EXPORT_COLUMNS).encode() + b"\n",
    ",".join(UCDP_COLUMNS).encode() + b"\n",
    b'{"type": "FeatureCollection", "features": [',
    b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": ',
    b"\xef\xbb\xbf" + ",".join(EXPORT_COLUMNS).encode() + b"\n",
]


@cases(500)
@given(prefix=st.sampled_from(_PREFIXES), data=st.binary(max_size=400))
def test_random_bytes_after_a_real_header(prefix: bytes, data: bytes, gazetteer: Gazetteer) -> None:
    answer(prefix + data, gazetteer)


@cases(150)
@given(data=st.data())
def test_mutated_acled_rows(data: st.DataObject, gazetteer: Gazetteer) -> None:
    answer(mutate(ACLED, data, EXPORT_COLUMNS), gazetteer)


@cases(120)
@given(data=st.data())
def test_mutated_ucdp_rows(data: st.DataObject, gazetteer: Gazetteer) -> None:
    answer(mutate(UCDP, data, UCDP_COLUMNS), gazetteer)


def _mutate_json(document: dict[str, Any], data: st.DataObject) -> bytes:
    document = copy.deepcopy(document)
    features = document["features"]
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        feature = data.draw(st.sampled_from(features), label="feature")
        where = data.draw(
            st.sampled_from(["property", "property", "property", "geometry", "feature", "top"])
        )
        value = data.draw(JSON_VALUES, label="value")
        if not isinstance(feature, dict):
            continue  # replaced by a mutation before
        if where == "property" and isinstance(feature.get("properties"), dict):
            key = data.draw(st.sampled_from([*feature["properties"], "extra"]) | JSON_TEXT)
            feature["properties"][key] = value
        elif where == "geometry":
            feature["geometry"] = data.draw(
                st.sampled_from([value, {"type": "Point", "coordinates": value}])
            )
        elif where == "feature":
            features[features.index(feature)] = value
        else:
            document[data.draw(st.sampled_from(["crs", "type", "features", "extra"]))] = value
    return json.dumps(document, allow_nan=True).encode()


@cases(150)
@given(data=st.data())
def test_mutated_geojson(data: st.DataObject, gazetteer: Gazetteer) -> None:
    answer(_mutate_json(GEOJSON, data), gazetteer)


@cases(50)
@given(data=st.data())
def test_mutated_acled_geojson(data: st.DataObject, gazetteer: Gazetteer) -> None:
    answer(_mutate_json(ACLED_GEOJSON, data), gazetteer)


_ENCODINGS = ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-32"]


@cases(60)
@given(
    encoding=st.sampled_from(_ENCODINGS),
    kind=st.sampled_from(["acled", "ucdp", "geojson"]),
    place=st.sampled_from(["Laiza", "Mung Lai Hkyet – camp", "Lai Zar (လိုင်ဇာ)", "Café"]),
)
def test_other_encodings_are_read_or_named(
    encoding: str, kind: str, place: str, gazetteer: Gazetteer
) -> None:
    if kind == "geojson":
        document = copy.deepcopy(GEOJSON)
        document["features"][0]["properties"]["location"] = place
        text = json.dumps(document, ensure_ascii=False)
    else:
        rows, columns = (ACLED, EXPORT_COLUMNS) if kind == "acled" else (UCDP, UCDP_COLUMNS)
        column = "location" if kind == "acled" else "where_description"
        text = to_csv([{**rows[0], column: place}, *rows[1:]], columns).decode()
    data = text.encode(encoding, errors="replace")
    result = answer(data, gazetteer)
    if encoding in ("utf-8", "utf-8-sig"):
        assert result is not None
        assert result.problems == ()
    if encoding.startswith(("utf-16", "utf-32")):
        assert result is None  # refused, naming the encoding (tested in tests/importers)


# --- every command ---------------------------------------------------------------------

SENTINEL = "untouched\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


_FILES: list[Callable[[st.DataObject], bytes]] = [
    lambda data: mutate(ACLED, data, EXPORT_COLUMNS),
    lambda data: mutate(UCDP, data, UCDP_COLUMNS),
    lambda data: _mutate_json(GEOJSON, data),
    lambda data: data.draw(st.binary(max_size=300)),
]


def _hostile_file(data: st.DataObject, folder: Path) -> Path:
    path = folder / "hostile.dat"
    path.write_bytes(data.draw(st.sampled_from(_FILES), label="kind")(data))
    return path


@cases(30)
@given(data=st.data())
def test_import_command(data: st.DataObject, tmp_path: Path, gazetteer: Gazetteer) -> None:
    source = _hostile_file(data, tmp_path)
    out, rejects = tmp_path / "out.geojson", tmp_path / "rejects.csv"
    out.write_text(SENTINEL)
    strict = data.draw(st.booleans(), label="strict")
    code, stdout, _ = run(
        "import", str(source), "-o", str(out), "--rejects", str(rejects), *(["--strict"] * strict)
    )
    assert (code, stdout) in ((0, ""), (1, ""))
    try:
        result = import_bytes(
            source.read_bytes(), name="hostile", gazetteer=gazetteer, max_bytes=None
        )
    except GeoError:
        result = None
    if code == 0:
        assert result is not None
        assert not result.events.empty
        written = json.loads(out.read_text(encoding="utf-8"))
        assert len(written["features"]) == len(result.events)
    else:
        assert out.read_text() == SENTINEL  # refused: nothing written
        assert result is None or result.events.empty or (strict and result.problems)


@cases(12)
@given(
    data=st.data(),
    command=st.sampled_from(
        [
            ("events", "-o", "OUT"),
            ("events", "--format", "csv", "-o", "OUT"),
            ("rings", "-o", "OUT"),
            ("summary", "--by", "township", "--json"),
            ("quality", "--json"),
        ]
    ),
    merge=st.booleans(),
)
def test_data_commands(
    data: st.DataObject, command: tuple[str, ...], merge: bool, tmp_path: Path
) -> None:
    source = _hostile_file(data, tmp_path)
    out = tmp_path / "out.geojson"
    out.write_text(SENTINEL)
    argv = [str(out) if a == "OUT" else a for a in command]
    code, stdout, stderr = run(*argv, "--data", str(source), *(["--merge"] * merge))
    assert code in (0, 1)
    if code == 1:
        assert stderr.startswith("error: ")
        assert (stdout, out.read_text()) == ("", SENTINEL)


#: Words a command line may hold: options, good and bad values, lone surrogates (how
#: Python passes bytes that are not UTF-8 in argv).
_WORDS = st.one_of(
    st.sampled_from(
        [
            "--from",
            "--to",
            "--township",
            "--type",
            "--located",
            "--date-window",
            "--max-figure",
            "--radii",
            "--center",
            "--by",
            "--json",
            "--format",
            "--published",
            "--url",
            "--strict",
            "-o",
            "2023-10-09",
            "0001-01-01",
            "9999-12-31",
            "1600-01-01:",
            "1900-01-01:2030-12-31",
            ":",
            "100",
            "1e9",
            "-5",
            "5,10,0",
            "Laiza",
            "Battles",
            "township",
            "KIA headquarters",
            "javascript:alert(1)",
            "missing-folder/out.geojson",
            "-",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
    st.text(st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=3),
)


@cases(80)
@given(
    command=st.sampled_from(["geocode", "events", "rings", "summary", "quality", "extract"]),
    words=st.lists(_WORDS, max_size=6),
)
def test_any_command_line(
    command: str, words: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # whatever -o names is written here, or nowhere
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Fighting near Laiza.")))
    code, stdout, stderr = run(command, *words)
    assert code in (0, 1, 2)
    stdout.encode("utf-8", "backslashreplace")
    if code == 1:
        assert stderr.startswith("error: ") or "error: " in stderr


REPORTS = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from(["Fighting", "near", "Laiza", "killed", "29", "people", "on", "9 October"])
        | st.text(max_size=8),
        max_size=30,
    ).map(lambda words: " ".join(words).encode("utf-8")),
)


@cases(40)
@given(text=REPORTS, url=st.sampled_from(["", *SPECIAL[30:36]]))
def test_extract_command(text: bytes, url: str, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(text)
    code, _, stderr = run(
        "extract", str(report), "--published", "2023-10-25", *(["--url", url] * bool(url))
    )
    assert code in (0, 1)
    if url and web_url_problem(url):
        assert (code, stderr.startswith("error: --url ")) == (1, True)


# --- the real process: exit codes and no traceback ------------------------------------------


def geo(*argv: str | bytes, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *argv],
        cwd=cwd,
        # As in a UTF-8 locale, where output that is not UTF-8 is an error by default.
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "KCM_HOME": str(cwd),
            "KCM_CACHE": os.environ["KCM_CACHE"],  # the tests' cache, never the user's
            "PYTHONIOENCODING": "utf-8:strict",
        },
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=120,
        check=False,
    )


def _deep(folder: Path) -> Path:
    path = folder / "deep.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    return path


def _all_rejected(folder: Path) -> Path:
    path = folder / "all-rejected.csv"
    path.write_bytes(to_csv([{**r, "event_date": "2099-01-01"} for r in ACLED]))
    return path


@pytest.mark.parametrize(
    ("make", "argv", "codes", "expected"),
    [
        (_deep, ("import", "{file}", "-o", "out.geojson"), {1}, "nested 100,001 levels deep"),
        (_all_rejected, ("import", "{file}", "-o", "out.geojson"), {1}, "every row was rejected"),
        (None, ("events", "-o", "missing-folder/out.geojson"), {1}, "folder missing-folder does"),
        # Bytes that are not UTF-8 in the command line, echoed back as they came.
        (None, ("geocode", b"Laiza\xff".decode("utf-8", "surrogateescape")), {0}, ""),
    ],
)
def test_the_process_answers_without_a_traceback(
    make: Callable[[Path], Path] | None,
    argv: tuple[str, ...],
    codes: set[int],
    expected: str,
    tmp_path: Path,
) -> None:
    file = str(make(tmp_path)) if make else ""
    (tmp_path / "out.geojson").write_text(SENTINEL)
    done = geo(*(a.replace("{file}", file) for a in argv), cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert done.returncode in codes, done.stderr
    assert expected in done.stderr
    assert (tmp_path / "out.geojson").read_text() == SENTINEL
    assert not (tmp_path / "missing-folder").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".kcm-tmp", ".tmp"))]
