"""Events and their sources for reading: tables shown as data (never as Markdown or
HTML), and one event's record as escaped Markdown (:func:`show_event`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import pandas as pd
import streamlit as st

from geo.citations import publishers, source_rows
from geo.gazetteer import Place
from geo.lookup import among
from geo.record import SourceEntry, record_lines, source_entries
from geo.schema import COLUMNS, FIGURES, Source, original_fields
from geo.workspace import Version
from ui.maps import figure_range
from ui.text import plain, visible, visible_frame

__all__ = [
    "PAGE_ROWS",
    "band_table",
    "by_distance",
    "choose_event",
    "display_value",
    "distance_table",
    "event_table",
    "figure_table",
    "figure_text",
    "flag_table",
    "plain",
    "record_markdown",
    "record_table",
    "rings_file_name",
    "show_event",
    "show_sources",
    "source_columns",
    "source_markdown",
    "source_table",
    "table",
    "version_table",
]

_FIGURE_COLUMNS = {c for f in FIGURES for c in (f.low, f.best, f.high)}
_RECORD_COLUMNS = {c.name for c in COLUMNS if c.kind == "record"}
_COMPASS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")  # fmt: skip


def display_value(column: str, value: Any) -> str:
    """A cell as text: an unreported figure reads ``unknown``, never 0 or ``None``."""
    if value is None or (not isinstance(value, (tuple, list)) and pd.isna(value)):
        return "unknown" if column in _FIGURE_COLUMNS else ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if column in _RECORD_COLUMNS:  # the source's own fields, as they always read
        return str(original_fields(value))
    return str(value)


#: Rows a table sends to the browser at once: a longer table is shown a page at a time
#: (a per-event table of 100,000 events is tens of megabytes).
PAGE_ROWS: Final = 500


def table(
    frame: pd.DataFrame | pd.Series,
    *,
    shown: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
    key: str | None = None,
    unit: str = "Rows",
    **options: Any,
) -> None:
    """``st.dataframe`` of ``frame`` with its text made visible (:func:`ui.text.visible`):
    every table the app shows goes through here. Over :data:`PAGE_ROWS` rows, a page
    number chooses which rows are sent, and a caption says which they are.

    ``shown`` makes the table from a page of ``frame`` (e.g. one row per event from a
    page of events), so that only the rows sent are ever made: ``unit`` then names
    what ``frame``'s rows are, and ``key`` tells this table's page apart."""
    total = len(frame)
    if total > PAGE_ROWS:
        pages = -(-total // PAGE_ROWS)
        names = frame.columns if isinstance(frame, pd.DataFrame) else [frame.name]
        page = st.number_input(
            f"Page of this table (1-{pages:,})",
            min_value=1,
            max_value=pages,
            value=1,
            step=1,
            key=f"kcm_table_page_{key or abs(hash(','.join(map(str, names))))}",
        )
        start = (int(page) - 1) * PAGE_ROWS
        frame = frame.iloc[start : start + PAGE_ROWS]
        st.caption(
            f"{unit} {start + 1:,}-{start + len(frame):,} of {total:,}; "
            "the whole table is on the Export page (CSV, GeoJSON)."
        )
    if shown is not None:
        frame = shown(frame)
    st.dataframe(visible_frame(frame), **options)


def record_table(event: pd.Series) -> pd.DataFrame:
    """Every field of one event (but its geometry and sources) as ``field, value`` rows."""
    fields = [c for c in event.index if c not in ("geometry", "sources")]
    return pd.DataFrame({"field": fields, "value": [display_value(c, event[c]) for c in fields]})


def source_table(events: pd.DataFrame, *, with_event: bool = False) -> None:
    """The events' sources as a table with clickable links (opened only when the user
    clicks), a page of events at a time."""

    def rows(page: pd.DataFrame) -> pd.DataFrame:
        made = source_rows(page)
        return made if with_event else made.drop(columns=["event_id"])

    table(
        events,
        shown=rows,
        key="sources_of_events",
        unit="Sources of events",
        hide_index=True,
        width="stretch",
        column_config=source_columns(),
    )


def source_columns() -> dict[str, Any]:
    """Column settings for tables of sources: links to click, ISO dates."""
    return {
        "url": st.column_config.LinkColumn("url"),
        "published": st.column_config.DateColumn("published", format="YYYY-MM-DD"),
        "events": st.column_config.NumberColumn("events citing it"),
    }


def _line(text: object) -> str:
    """Untrusted text for one line of Markdown: escaped (:func:`plain`), its line breaks
    and runs of white space as one space (no line of it can start a new block)."""
    return plain(" ".join(str(text).split()))


def record_markdown(event: pd.Series) -> str:
    """One event's record (:func:`geo.record.record_lines`) as Markdown: a bold label
    and the escaped text on each line."""
    return "  \n".join(
        f"**{_line(line.label)}:** {_line(line.text)}" for line in record_lines(event)
    )


#: What a link's address may not hold inside ``<...>`` in Markdown, percent-encoded.
_DESTINATION = str.maketrans({"<": "%3C", ">": "%3E", "\\": "%5C", " ": "%20"})


def _source_item(number: int, source: SourceEntry) -> str:
    head = f"{number}. **{_line(source.publisher)}**"
    if source.published:
        head += f", {_line(source.published)}"
    if source.label and source.link:
        head += f": [{_line(source.label)}](<{source.link.translate(_DESTINATION)}>)"
    elif source.label:
        head += f": {_line(source.label)}"
    parts = [head]
    if source.reported:
        parts.append(f"    {_line(source.reported)}")
    if source.quote:
        parts.append(f"    > {_line(source.quote)}")
    return "  \n".join(parts[:2]) + "".join(f"\n\n{p}" for p in parts[2:])


def source_markdown(sources: Iterable[Source] | None) -> str:
    """An event's sources as a numbered Markdown list: publisher, date, the report
    (a link only for a web address, :func:`geo.schema.web_url_problem`), the figures it
    reported and its quote as a block quote; every text escaped."""
    entries = source_entries(sources)
    if not entries:
        return "No source recorded."
    return "\n\n".join(_source_item(i, s) for i, s in enumerate(entries, 1))


def _choice_label(event: pd.Series) -> str:
    start = event["event_date"].date().isoformat()
    best = event["fatalities_best"]
    figure = "not reported" if pd.isna(best) else f"{int(best):,}"
    return visible(
        f"{start} · {event['event_type']} · {event['location']} · "
        f"fatalities {figure} · {event.name}"
    )


def choose_event(ids: Sequence[str], events: pd.DataFrame, *, key: str) -> str | None:
    """The one event of ``ids`` (a clicked group's, in map order) to show: the only
    one, or the one the user picks from a list of them all, by date."""
    if len(ids) <= 1:
        return ids[0] if ids else None
    group = events.loc[list(ids)].sort_values(["event_date", "event_type"], kind="stable")
    labels = {str(i): _choice_label(row) for i, row in group.iterrows()}
    return st.selectbox(
        f"{len(ids):,} events here: pick one to read its record",
        list(labels),
        format_func=labels.__getitem__,
        key=f"{key}_{hash(tuple(ids))}",
    )


def show_event(event: pd.Series, *, sources: bool = True) -> None:
    """The record of one event in words, then (unless ``sources`` is False: the page
    shows them with :func:`show_sources` where there is room) each source."""
    st.markdown("**Selected event**")
    with st.container(border=True):
        st.markdown(f"**{_line(event.name)}**")
        st.markdown(record_markdown(event))
    if sources:
        show_sources(event)


def show_sources(event: pd.Series) -> None:
    """Each source of one event: who reported what, when, with its words; then every
    field as coded."""
    st.markdown(f"**Sources of {_line(event.name)}**")
    st.markdown(source_markdown(event["sources"]))
    with st.expander("Every field as coded (ACLED and UCDP names)"):
        table(record_table(event), hide_index=True, width="stretch")


def _low_high(low: Any, high: Any) -> str:
    lo, hi = figure_text(low, "fatalities_low"), figure_text(high, "fatalities_high")
    return lo if lo == hi else f"{lo}-{hi}"


def figure_text(value: Any, column: str = "fatalities_best") -> str:
    """A figure with thousands separators (``28,554``); ``unknown`` when not reported."""
    if value is None or pd.isna(value):
        return display_value(column, value)
    return f"{int(value):,}"


def figure_table(summary: pd.DataFrame) -> pd.DataFrame:
    """A summary (``geo.summary``) for reading: fatalities as best with low-high, and
    ``unknown`` where no event in the row had a reported figure; thousands separated."""
    out = pd.DataFrame(index=summary.index)
    out["events"] = [figure_text(v, "events") for v in summary["events"]]
    out["fatalities (best)"] = [
        figure_text(v, "fatalities_best") for v in summary["fatalities_best"]
    ]
    out["range (low-high)"] = [
        _low_high(lo, hi)
        for lo, hi in zip(summary["fatalities_low"], summary["fatalities_high"], strict=True)
    ]
    out["no figure reported"] = [figure_text(v, "events") for v in summary["fatalities_unknown"]]
    out["injured"] = [figure_text(v, "injured") for v in summary["injured"]]
    out["civilians killed"] = [
        figure_text(v, "civilian_fatalities") for v in summary["civilian_fatalities"]
    ]
    out["children killed"] = [figure_text(v, "children_killed") for v in summary["children_killed"]]
    return out


def _band_name(inner: float, outer: float) -> str:
    return f"beyond {inner:g} km" if outer == float("inf") else f"{inner:g}-{outer:g} km"


def band_table(bands: pd.DataFrame, beyond: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Ring bands with their event and casualty totals, for reading; with ``beyond``
    (:func:`geo.rings.beyond_rings`) a last row for the events past the last ring."""
    rows = bands.drop(columns="geometry", errors="ignore")
    if beyond is not None:
        rows = pd.concat([rows, pd.DataFrame([dict(beyond)])], ignore_index=True)
    table = figure_table(rows)
    table.insert(
        0,
        "band",
        [_band_name(a, b) for a, b in zip(rows["inner_km"], rows["outer_km"], strict=True)],
    )
    return table


def _compass(bearing: float) -> str:
    return "" if pd.isna(bearing) else _COMPASS[int((bearing % 360) / 22.5 + 0.5) % 16]


def by_distance(events: pd.DataFrame, distances: pd.DataFrame) -> pd.DataFrame:
    """``distances`` (:func:`geo.rings.distances_from`) in the order the app lists
    events by distance: nearest first (to 0.1 km), then by date; no point last."""
    keyed = distances.assign(
        order_km=distances["distance_km"].round(1), date=events["event_date"].to_numpy()
    )
    ordered = keyed.sort_values(["order_km", "date"], na_position="last", kind="stable")
    return ordered.drop(columns=["order_km", "date"])


def distance_table(events: pd.DataFrame, distances: pd.DataFrame) -> pd.DataFrame:
    """Each event's distance (km) and bearing from the centre, nearest first; events
    with no point last (the order of :func:`by_distance`)."""
    distances = by_distance(events, distances)
    events = events.loc[distances.index]
    table = pd.DataFrame(
        {
            "event_id": events.index,
            "date": [d.date().isoformat() for d in events["event_date"]],
            "location": events["location"].to_numpy(),
            "event_type": events["event_type"].to_numpy(),
            "township": events["township"].to_numpy(),
            "distance_km": distances["distance_km"].round(1).to_numpy(),
            "bearing_deg": distances["bearing_deg"].round(0).to_numpy(),
            "direction": [_compass(b) for b in distances["bearing_deg"]],
            "fatalities": [
                figure_range(lo, best, hi)
                for lo, best, hi in zip(
                    events["fatalities_low"],
                    events["fatalities_best"],
                    events["fatalities_high"],
                    strict=True,
                )
            ],
        }
    )
    return table


def rings_file_name(centre: Place, radii: Sequence[float]) -> str:
    """``rings_curated-kia-hq_5-10-25-50-100km.geojson``."""
    place = re.sub(r"[^A-Za-z0-9-]+", "-", centre.place_id)
    return f"rings_{place}_{'-'.join(f'{r:g}' for r in radii)}km.geojson"


def event_table(
    events: pd.DataFrame, flags: Mapping[str, Sequence[str]] | None = None
) -> pd.DataFrame:
    """One row per event: when, where, what, figures as ranges with the best estimate
    (``28-30 (best 29)``, :func:`ui.maps.figure_range`), sources and
    (with ``flags``: event id -> flags) what to check."""

    def ranges(low: str, best: str, high: str) -> list[str]:
        return [
            figure_range(lo, b, hi)
            for lo, b, hi in zip(events[low], events[best], events[high], strict=True)
        ]

    return pd.DataFrame(
        {
            "event_id": events.index,
            "date": [d.date().isoformat() for d in events["event_date"]],
            "event_type": events["event_type"].to_numpy(),
            "sub_event_type": events["sub_event_type"].to_numpy(),
            "location": events["location"].to_numpy(),
            "township": events["township"].to_numpy(),
            "fatalities": ranges("fatalities_low", "fatalities_best", "fatalities_high"),
            "injured": ranges("injured_low", "injured", "injured_high"),
            "civilians killed": ranges(
                "civilian_fatalities_low", "civilian_fatalities", "civilian_fatalities_high"
            ),
            "children killed": ranges(
                "children_killed_low", "children_killed", "children_killed_high"
            ),
            "sources": [publishers(sources) for sources in events["sources"]],
            **(
                {"check": ["; ".join(flags.get(str(i), ())) for i in events.index]}
                if flags is not None
                else {}
            ),
        }
    )


def flag_table(flags: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Quality flags with each event's date, place, reported and located township."""
    known = among(flags["event_id"], events.index)
    rows = events.reindex(flags["event_id"].where(known).dropna().unique())

    def column(name: str) -> list[str]:
        values = rows[name] if name in rows else pd.Series(dtype="object")
        lookup = {i: display_value(name, v) for i, v in zip(rows.index, values, strict=True)}
        return [lookup.get(i, "") for i in flags["event_id"]]

    table = pd.DataFrame(
        {
            "event_id": flags["event_id"].to_numpy(),
            "flag": flags["flag"].to_numpy(),
            "detail": flags["detail"].to_numpy(),
            "date": column("event_date"),
            "location": column("location"),
            "township (in use)": column("township"),
            "as the source wrote it": column("township_reported"),
            "township (by coordinates)": column("located_township"),
            "dataset": column("dataset"),
        }
    )
    return table


def version_table(kept: Sequence[Version]) -> pd.DataFrame:
    """The kept versions of the working dataset, newest (the one shown) first."""
    return pd.DataFrame(
        {
            "version": [v.number for v in kept],
            "shown": ["now" if i == 0 else "" for i in range(len(kept))],
            "saved (UTC)": [v.created.replace("T", " ").removesuffix("+00:00") for v in kept],
            "what was done": [v.action for v in kept],
            "imported events": [f"{v.events:,}" if v.events >= 0 else "?" for v in kept],
            "bundled events too": ["yes" if v.merge else "no" for v in kept],
        }
    )
