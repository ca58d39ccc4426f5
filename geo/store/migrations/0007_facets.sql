-- Kachin Conflict Map, schema version 7: what keeps the sidebar's choices quick on a
-- store too large to load (geo.store.sql.SqlStore.facets: the span, the event types and
-- the townships on each basis with their names). bench/bench_store.py measured 2.1 s
-- at 1,000,000 events, a whole scan for each; with these, each distinct value is one
-- probe of an index (a skip scan), about 15 ms in all.
CREATE INDEX events_live_township_name ON kcm.events (township_pcode, township, status)
    WHERE removed_at IS NULL;
CREATE INDEX events_live_located_township_name
    ON kcm.events (located_township_pcode, located_township, status)
    WHERE removed_at IS NULL;
CREATE INDEX events_live_type ON kcm.events (event_type, status) WHERE removed_at IS NULL;
CREATE INDEX events_live_end ON kcm.events (event_date_end, status) WHERE removed_at IS NULL;
