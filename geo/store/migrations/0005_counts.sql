-- Kachin Conflict Map, schema version 5: what keeps the counts and the map's cells quick
-- at a million events (bench/bench_store.py measured each: township counts 300-370 ms
-- became 90-155 ms, the whole country's map cells 800-1,650 ms became 300-400 ms).
-- A covering index of the events not removed holds every column a filter, a count or a
-- cell reads, so they are read from the index, not from the wide rows (sources, notes
-- and the original record make a row about 500 bytes).
CREATE INDEX events_live_cover ON kcm.events (event_date, event_date_end)
    INCLUDE (status, township_pcode, located_township_pcode, event_type, longitude, latitude,
             fatalities_best)
    WHERE removed_at IS NULL;
-- Counts by township, on either basis of the township filter.
CREATE INDEX events_live_township ON kcm.events (township_pcode, status)
    WHERE removed_at IS NULL;
CREATE INDEX events_live_located_township ON kcm.events (located_township_pcode, status)
    WHERE removed_at IS NULL;
-- Without these the planner expects one map cell per event and sorts every row on disk;
-- one per cell size the store offers (geo.store.base.CELL_DEGREES), written as the
-- store writes them.
CREATE STATISTICS kcm.events_cells_0_1 ON (floor(longitude / 0.1)), (floor(latitude / 0.1))
    FROM kcm.events;
CREATE STATISTICS kcm.events_cells_0_25 ON (floor(longitude / 0.25)), (floor(latitude / 0.25))
    FROM kcm.events;
CREATE STATISTICS kcm.events_cells_0_5 ON (floor(longitude / 0.5)), (floor(latitude / 0.5))
    FROM kcm.events;
CREATE STATISTICS kcm.events_cells_1_0 ON (floor(longitude / 1.0)), (floor(latitude / 1.0))
    FROM kcm.events;
