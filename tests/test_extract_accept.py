"""geo.extract.accept: the analyst's table of proposed events into schema events, whole
or not at all, with the report cited."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import pytest

from geo.errors import GeoError
from geo.extract import extract
from geo.extract.accept import (
    DATASET,
    EDITABLE,
    TABLE_LABELS,
    ReportSource,
    accepted_events,
    proposal_table,
)
from geo.gazetteer import Gazetteer

TEXT = (
    "Junta jets bombed Mung Lai Hkyet village on Monday, killing 29 people, including 13 "
    "children, and injuring 57 others. The KIA seized a junta outpost near Mansi on 20 October."
)
SOURCE = ReportSource(
    "Kachin News Group", dt.date(2023, 10, 25), "A title", "https://example.org/a"
)


@pytest.fixture
def proposed(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    return extract(TEXT, published=dt.date(2023, 10, 25), gazetteer=gazetteer).events


def test_the_table_has_one_row_per_event_all_ticked(proposed) -> None:  # type: ignore[no-untyped-def]
    table = proposal_table([replace(e, confidence=0.9) for e in proposed])
    assert list(table.columns) == ["accept", "number", "confidence", *EDITABLE[1:]]
    assert len(table) == 2
    assert table["accept"].all()
    assert table["number"].tolist() == [1, 2]  # as the highlights and the problems name them
    assert table["confidence"].tolist() == [0.9, 0.9]
    assert table.loc[0, "fatalities_best"] == 29
    assert pd.isna(table.loc[0, "fatalities_low"])


def test_kept_rows_become_events_citing_the_report(proposed) -> None:  # type: ignore[no-untyped-def]
    table = proposal_table(proposed)
    table.loc[1, "accept"] = False
    table.loc[0, "injured"] = 56  # the analyst corrects a figure
    events, problems = accepted_events(table, proposed, source=SOURCE, text=TEXT)
    assert problems == ()
    (event,) = events.itertuples()
    assert event.event_date == pd.Timestamp("2023-10-23")
    assert event.event_date_end == event.event_date
    assert (event.fatalities_best, event.injured, event.children_killed) == (29, 56, 13)
    assert (event.township_pcode, event.state_pcode, event.dataset) == (
        "MMR001002",
        "MMR001",
        DATASET,
    )
    assert events.crs == "EPSG:4326"
    (source,) = event.sources
    assert (source.publisher, source.url, source.published) == (
        "Kachin News Group",
        "https://example.org/a",
        dt.date(2023, 10, 25),
    )
    assert dict(source.reported) == {"fatalities": 29, "injured": 56, "children_killed": 13}
    assert (source.quote or "").startswith("Junta jets bombed")
    assert event.event_id.startswith("RPT-20231025-")
    again, _ = accepted_events(table, proposed, source=SOURCE, text=TEXT)
    assert list(again["event_id"]) == list(events["event_id"])  # ids are stable


def test_any_bad_kept_row_means_nothing_is_accepted(proposed) -> None:  # type: ignore[no-untyped-def]
    table = proposal_table(proposed)
    table.loc[1, "event_date"] = None
    table.loc[0, "fatalities_best"] = -3
    events, problems = accepted_events(table, proposed, source=SOURCE, text=TEXT)
    assert events.empty
    # problems name the columns as the table shows them
    assert {(p.row, p.field) for p in problems} >= {(1, "Killed (best)"), (2, "Date")}


def test_every_editable_column_has_the_label_the_table_shows() -> None:
    assert set(EDITABLE) <= set(TABLE_LABELS)
    assert len(set(TABLE_LABELS.values())) == len(TABLE_LABELS)  # no two alike


def test_nothing_ticked_or_a_stale_table_is_an_error(proposed) -> None:  # type: ignore[no-untyped-def]
    table = proposal_table(proposed)
    table["accept"] = False
    with pytest.raises(GeoError, match="no event is ticked"):
        accepted_events(table, proposed, source=SOURCE, text=TEXT)
    with pytest.raises(GeoError, match="propose again"):
        accepted_events(proposal_table(proposed[:1]), proposed, source=SOURCE, text=TEXT)


@pytest.mark.parametrize(
    ("publisher", "url", "message"),
    [
        (" ", None, "publisher is needed"),
        ("RFA", "javascript:alert(1)", "http:// or https://"),
        ("RFA", "", "title or URL"),
    ],
)
def test_the_source_must_be_citable(publisher: str, url: str | None, message: str) -> None:
    with pytest.raises(GeoError, match=message):
        ReportSource(publisher, dt.date(2023, 10, 25), None, url or None)


def test_events_already_in_the_dataset_are_pointed_out(
    seed_text: str, gazetteer: Gazetteer
) -> None:
    from geo.extract.accept import similar_events
    from geo.loader import load_events

    proposal = extract(seed_text, published=dt.date(2023, 10, 25), gazetteer=gazetteer)
    similar = dict(
        zip(
            (p.location for p in proposal.events),
            similar_events(proposal.events, load_events()),
            strict=True,
        )
    )
    # the camp strike, and the month of strikes near Laiza that it falls in
    assert similar["Mung Lai Hkyet"] == ("KCM-20231009-MLH", "KCM-202310-LZA")
    assert similar["Hpakant Township"] == ("KCM-20221023-ANP",)  # "last year" overlaps
    assert "KCM-202310-LZA" in similar["KIA headquarters, Laiza"]
    assert similar["Laiza"] == ()  # no date: compared with none
    found = similar_events(proposal.events, load_events())
    table = proposal_table(proposal.events, found)
    assert table.columns[1] == "similar"
    mlh = [p.location for p in proposal.events].index("Mung Lai Hkyet")
    assert table["similar"].iloc[mlh] == "KCM-20231009-MLH, KCM-202310-LZA"
    # like one there, or with no date: unticked
    assert list(table["accept"]) == [
        not ids and p.event_date is not None for ids, p in zip(found, proposal.events, strict=True)
    ]
    assert proposal.events[-1].event_date is None  # the undated after the dated
    assert not table["accept"].iloc[-1]


def test_a_proposal_of_low_confidence_starts_unticked(proposed) -> None:  # type: ignore[no-untyped-def]
    # the reader's model puts it below even odds: shown apart, for the analyst to read first
    sure, doubtful = replace(proposed[0], confidence=0.9), replace(proposed[1], confidence=0.2)
    table = proposal_table([sure, doubtful])
    assert table["accept"].tolist() == [True, False]
    assert table["confidence"].tolist() == [0.9, 0.2]
