"""ui.report: the report with its evidence marked (escaped), and the proposal map."""

from __future__ import annotations

import datetime as dt

from geo.extract import extract
from geo.gazetteer import Gazetteer
from ui.report import LONG_TEXT, evidence_html, proposal_map

PUBLISHED = dt.date(2023, 10, 25)
HOSTILE = "<img src=x onerror=alert(1)>${window.pwned=1}`\\"


def test_evidence_is_marked_and_numbered_by_event(gazetteer: Gazetteer) -> None:
    text = (
        "Junta jets bombed Laiza on Monday. "
        "The KIA seized a junta outpost near Mansi on 20 October."
    )
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    html = evidence_html(text, proposal.events)
    assert 'title="event 1: location"' in html
    assert ">Laiza<sup>1</sup></mark>" in html
    assert ">Mansi<sup>2</sup></mark>" in html
    assert html.count("<mark") == sum(len(e.evidence) for e in proposal.events)


def test_report_text_is_escaped(gazetteer: Gazetteer) -> None:
    text = f"Junta jets bombed Laiza on Monday. {HOSTILE}"
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    html = evidence_html(text, proposal.events)
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_long_text_shows_only_its_evidence_sentences(gazetteer: Gazetteer) -> None:
    filler = "Share this story. " * (LONG_TEXT // 18 + 10)
    text = f"{filler}Junta jets bombed Laiza on Monday. {filler}"
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    html = evidence_html(text, proposal.events)
    assert "Share this story" not in html
    assert ">Laiza<sup>1</sup></mark>" in html


def test_the_map_has_a_numbered_marker_per_point_and_none_without(gazetteer: Gazetteer) -> None:
    text = (
        "Junta jets bombed Laiza on Monday. "
        "Clashes were reported across northern Shan State last week."
    )
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert len(events) == 2
    html = proposal_map(events).get_root().render()
    assert html.count("L.circleMarker(") == 1  # the region-only event has no point
    assert "1. Laiza" in html
    assert proposal_map(events[1:]) is None
