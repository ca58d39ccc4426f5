"""The Data quality page lists likely duplicates across datasets beside the other flags."""

from __future__ import annotations

from pathlib import Path

from geo.dataset import read_data_file
from geo.loader import load_events
from geo.workspace import save_working
from tests.app.test_pages import _app
from tests.importers.conftest import acled_rows, to_csv


def test_an_event_imported_again_from_acled_is_a_likely_duplicate(tmp_path: Path) -> None:
    bundled = load_events()
    rows = [{**r, "event_id_cnty": f"ACLED-{r['event_id_cnty']}"} for r in acled_rows(bundled)]
    source = tmp_path / "acled.csv"
    source.write_bytes(to_csv(rows))
    save_working(read_data_file(source), merge=True)
    at = _app().run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception, at.exception
    table = at.dataframe[0].value
    likely = table[table["flag"] == "likely duplicate"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Likely duplicate"] == str(len(likely))
    # a bundled event dated to a day, not to a region only: its ACLED copy names it, and back
    event_id = "KCM-20231009-MLH"
    assert (bundled.loc[event_id, "date_precision"], bundled.loc[event_id, "geo_precision"]) == (
        1,
        2,
    )
    kind = bundled.loc[event_id, "event_type"]
    details = likely.groupby("event_id")["detail"].apply(list).to_dict()
    assert (
        f"ACLED-{event_id} from ACLED: {kind} on 2023-10-09 too, 0.0 km away" in details[event_id]
    ), details
    assert (
        f"{event_id} from bundled: {kind} on 2023-10-09 too, 0.0 km away"
        in details[f"ACLED-{event_id}"]
    ), details
