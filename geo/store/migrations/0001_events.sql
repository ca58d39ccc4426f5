-- Kachin Conflict Map, schema version 1: the events of geo.schema (one column each,
-- the same names; tests/store/test_migrations.py checks that they match), a point for
-- PostGIS, and what team work needs from the start: a review status, a revision
-- number for each event (a stale save is refused) and a removal mark (nothing is ever
-- deleted). Applied by `python -m geo db upgrade` (geo/store/postgis.py), which records
-- it in kcm.schema_migrations.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS kcm;

CREATE TABLE kcm.events (
    event_id text PRIMARY KEY,
    event_date date NOT NULL,
    event_date_end date NOT NULL,
    date_precision integer,
    event_type text NOT NULL,
    sub_event_type text NOT NULL,
    actor1 text NOT NULL,
    assoc_actor_1 text,
    actor2 text,
    assoc_actor_2 text,
    location text NOT NULL,
    latitude double precision,
    longitude double precision,
    geo_precision integer,
    geocoding text,
    state text,
    state_pcode text,
    district text,
    district_pcode text,
    township text,
    township_pcode text,
    township_basis text,
    township_reported text,
    located_township text,
    located_township_pcode text,
    fatalities_low integer,
    fatalities_best integer,
    fatalities_high integer,
    injured_low integer,
    injured integer,
    injured_high integer,
    civilian_fatalities_low integer,
    civilian_fatalities integer,
    civilian_fatalities_high integer,
    children_killed_low integer,
    children_killed integer,
    children_killed_high integer,
    sources jsonb NOT NULL,
    notes text,
    dataset text,
    original text,  -- the source's own fields as JSON text, kept exactly as imported
    -- The point in EPSG:4326, made from the coordinates (never set by hand).
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL
        ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END
    ) STORED,
    status text NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'verified', 'published', 'rejected')),
    reviewer text,
    revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
    removed_at timestamptz,
    removed_by text,
    removed_why text,
    CHECK (event_date_end >= event_date),
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);

CREATE INDEX events_geom ON kcm.events USING gist (geom);
CREATE INDEX events_dates ON kcm.events (event_date, event_date_end);
CREATE INDEX events_township ON kcm.events (township_pcode);
CREATE INDEX events_located_township ON kcm.events (located_township_pcode);
CREATE INDEX events_status ON kcm.events (status) WHERE removed_at IS NULL;
