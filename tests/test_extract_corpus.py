"""The corpus retold from real reporting (tests/data/reports/real/): its make-up, its
coding against the gazetteer, and the extractor's scores on its development split.

The test split (``test-*.json``) is never tuned on: only its shape is checked here;
its scores are read with ``python -m geo.extract.evaluate`` (see its README)."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from geo import geodesy
from geo.event_types import EVENT_TYPES
from geo.extract.evaluate import load_passages, score
from geo.extract.text import plain
from geo.gazetteer import Gazetteer

REAL = Path(__file__).parent / "data" / "reports" / "real"
DEV = sorted(REAL.glob("dev-*.json"))
TEST = sorted(REAL.glob("test-*.json"))
#: Passages read as development data in a later session, tuned on, then retold: no part
#: of the split (see the README), checked for their make-up and read for a floor.
TUNING = sorted((REAL / "tuning").glob("*.json"))
PASSAGE_KEYS = {"id", "published", "source", "difficulties", "text", "events", "left_out"}
DIFFICULTIES = {"layout", "syntax", "counting", "dates", "places", "boundaries"}


def _passages(paths: list[Path]) -> list[dict[str, Any]]:
    return [p for path in paths for p in load_passages(path)]


@pytest.fixture(scope="module")
def dev() -> list[dict[str, Any]]:
    return _passages(DEV)


@pytest.fixture(scope="module")
def everything() -> list[dict[str, Any]]:
    return _passages(DEV + TEST)


@pytest.fixture(scope="module")
def retold() -> list[dict[str, Any]]:
    """Every retold passage: the split and the tuning passages."""
    return _passages(DEV + TEST + TUNING)


def _publisher(passage: dict[str, Any]) -> str:
    """The publisher, less how the copy read was carried ("RFA (as carried by ...)")."""
    return re.sub(r"\s*\(.*\)$", "", passage["source"]["publisher"]).strip()


def test_sixty_passages_from_twelve_publishers_a_quarter_held_out(
    everything: list[dict[str, Any]],
) -> None:
    held_out = _passages(TEST)
    assert len(everything) >= 60
    assert len({_publisher(p) for p in everything}) >= 12
    assert len(held_out) * 4 >= len(everything)


def test_every_passage_is_retold_once(retold: list[dict[str, Any]]) -> None:
    assert len(TUNING) >= 19
    ids = [p["id"] for p in retold]
    assert len(ids) == len(set(ids))
    urls = [p["source"]["url"] for p in retold]
    assert len(urls) == len(set(urls))


def test_every_passage_names_its_original_and_what_it_makes_hard(
    retold: list[dict[str, Any]],
) -> None:
    for passage in retold:
        assert set(passage) == PASSAGE_KEYS, passage["id"]
        source = passage["source"]
        assert source["publisher"], passage["id"]
        assert source["url"].startswith(("http://", "https://")), passage["id"]
        assert set(passage["difficulties"]) <= DIFFICULTIES, passage["id"]
        published = dt.date.fromisoformat(passage["published"])
        assert dt.date(2021, 1, 1) <= published <= dt.date(2025, 12, 31), passage["id"]
        for event in passage["events"]:
            if event["event_date"]:
                assert dt.date.fromisoformat(event["event_date"]) <= published


def test_every_event_is_coded_in_acled_s_types(retold: list[dict[str, Any]]) -> None:
    """Each event's sub-event type is one of ACLED's, under its event type (a coder's own
    name, "Destruction of property", or a type under another, is no answer a reader can
    give)."""
    for passage in retold:
        for event in passage["events"]:
            kinds = EVENT_TYPES.get(event["event_type"], ())
            assert event["sub_event_type"] in kinds, (
                passage["id"],
                f"{event['event_type']} / {event['sub_event_type']}",
                f"ACLED's sub-event types of {event['event_type']}: {kinds}",
            )


def test_every_coded_place_is_the_gazetteers(
    retold: list[dict[str, Any]], gazetteer: Gazetteer
) -> None:
    townships = {t.pcode for t in gazetteer.townships()}
    checked = 0
    for passage in retold:
        for event in passage["events"]:
            if event["township_pcode"]:
                assert event["township_pcode"] in townships, passage["id"]
            if not event["location"]:
                assert event["latitude"] is None, passage["id"]
                assert event["longitude"] is None, passage["id"]
                continue
            points = [
                m.place
                for m in gazetteer.candidates(
                    event["location"], township=event["township_pcode"], limit=50, fuzzy=False
                )
                if m.place.has_point
            ]
            far = [
                float(
                    geodesy.distance_m(
                        event["longitude"], event["latitude"], p.longitude, p.latitude
                    )
                )
                for p in points
            ]
            assert far, (passage["id"], event["location"])
            assert min(far) < 50, (passage["id"], event["location"])
            checked += 1
    assert checked >= 100


def test_the_development_split_is_read_as_well_as_it_was(
    dev: list[dict[str, Any]], gazetteer: Gazetteer
) -> None:
    """A floor under the scores the extractor reached on the development split (not
    the issue's targets, which it does not meet yet: see the README)."""
    result = score(dev, gazetteer)
    assert result.recall >= 0.65, result.table()
    assert result.precision >= 0.68, result.table()
    assert result.accuracy("place") >= 0.72, result.table()
    assert result.accuracy("date") >= 0.72, result.table()


def _hard_wrapped(text: str, width: int) -> str:
    """The text as a page wrapped at ``width`` columns would give it: each line broken."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n")
    )


@pytest.mark.parametrize("width", [60, 72])
def test_the_development_split_hard_wrapped_reads_about_as_well(
    dev: list[dict[str, Any]], gazetteer: Gazetteer, width: int
) -> None:
    """Real pages come hard-wrapped: a line break inside a sentence, a headline broken
    over two lines. Each passage with its lines joined as the extractor joins them, then
    wrapped at ``width`` columns: the scores stay within two points of it unwrapped."""
    joined = [dict(p, text=plain(p["text"]).text) for p in dev]
    given = score(joined, gazetteer)
    wrapped = score([dict(p, text=_hard_wrapped(p["text"], width)) for p in joined], gazetteer)
    for name in ("date", "place", "killed", "injured"):
        assert wrapped.accuracy(name) >= given.accuracy(name) - 0.02, wrapped.table()
    assert wrapped.recall >= given.recall - 0.02, wrapped.table()
    assert wrapped.precision >= given.precision - 0.02, wrapped.table()


def test_no_figure_that_no_sentence_gives(
    retold: list[dict[str, Any]], gazetteer: Gazetteer
) -> None:
    result = score(retold, gazetteer)
    assert result.unsupported == []


def test_the_tuning_passages_are_read_as_well_as_they_were(gazetteer: Gazetteer) -> None:
    """A floor under the scores on every passage tuned on, as retold (not the issue's
    targets). The set grows each session with harder reporting: the recall floor was
    0.63 for the first 165 passages, 0.62 for the 568 of the twenty-third, 0.61 for the
    741 of the twenty-fifth, and is 0.60 for the 827 of the twenty-sixth (the session's
    starting reader reads them at 0.606, its last at 0.609), the 903 of the
    twenty-seventh (its starting reader 0.607, its last 0.614), the 987 of the
    twenty-eighth (its starting reader 0.611, its last 0.614), the 1,070 of the
    twenty-ninth (its starting reader 0.608, its last 0.619), the 1,154 of the
    thirtieth (its starting reader 0.616, its last 0.616), the 1,233 of the
    thirty-first (its starting reader 0.614, its last 0.619), the 1,316 of the
    thirty-second (its starting reader 0.620, its last 0.622), the 1,400 of the
    thirty-third (its starting reader 0.620, its last 0.622), the 1,466 of the
    thirty-fourth (its starting reader 0.621, its last 0.621), the 1,534 of the
    thirty-fifth (its starting reader 0.618, its last 0.618), the 1,612 of the
    thirty-sixth (its starting reader 0.616, its last 0.617), the 1,692 of the
    thirty-seventh (its starting reader 0.609, its last 0.614), the 1,771 of the
    thirty-eighth (its starting reader 0.609, its last 0.613), the 1,831 of the
    thirty-ninth (its starting reader 0.614, its last 0.615), the 1,891 of the fortieth
    (its starting reader 0.610, its last 0.610), the 1,965 of the forty-first (its
    starting reader 0.610, its last 0.611), the 2,033 of the forty-second (its
    starting reader 0.609, its last 0.610), the 2,100 of the forty-third (its
    starting reader 0.607, its last 0.608), the 2,162 of the forty-fourth (its
    starting reader 0.605, its last 0.609), the 2,217 of the forty-fifth (its starting
    reader 0.607, its last 0.607), the 2,244 of the forty-sixth (its starting reader
    0.606, its last 0.607), the 2,267 of the forty-seventh (its starting reader 0.606,
    its last 0.607) and the 2,284 of the forty-eighth (its starting reader 0.606, its last
    0.607)."""
    result = score(_passages(TUNING), gazetteer)
    assert result.recall >= 0.60, result.table()
    assert result.precision >= 0.53, result.table()
