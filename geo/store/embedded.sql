-- Kachin Conflict Map, the embedded store's schema (version 1, PRAGMA user_version): the
-- same tables and columns as the PostGIS schema (geo/store/migrations), in SQLite, for
-- one person on one machine. Dates and times are ISO 8601 text (times in UTC); JSON is
-- text. There are no roles: the file's own permissions say who may change it.
-- tests/store/test_embedded.py checks the event columns against geo.schema.
CREATE TABLE kcm.events (
    event_id text NOT NULL PRIMARY KEY,
    event_date text NOT NULL,
    event_date_end text NOT NULL,
    date_precision integer,
    event_type text NOT NULL,
    sub_event_type text NOT NULL,
    actor1 text NOT NULL,
    assoc_actor_1 text,
    actor2 text,
    assoc_actor_2 text,
    location text NOT NULL,
    latitude real,
    longitude real,
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
    sources text NOT NULL CHECK (json_valid(sources)),
    notes text,
    dataset text,
    original text,
    status text NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'verified', 'published', 'rejected')),
    reviewer text,
    revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
    removed_at text,
    removed_by text,
    removed_why text,
    CHECK (event_date_end >= event_date),
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE INDEX kcm.events_dates ON events (event_date, event_date_end);
CREATE INDEX kcm.events_township ON events (township_pcode);
CREATE INDEX kcm.events_located_township ON events (located_township_pcode);
CREATE INDEX kcm.events_status ON events (status) WHERE removed_at IS NULL;
-- The sidebar's choices on a store too large to load (as PostGIS migration 0007).
CREATE INDEX kcm.events_live_township_name ON events (township_pcode, township, status)
    WHERE removed_at IS NULL;
CREATE INDEX kcm.events_live_located_township_name
    ON events (located_township_pcode, located_township, status) WHERE removed_at IS NULL;
CREATE INDEX kcm.events_live_type ON events (event_type, status) WHERE removed_at IS NULL;
CREATE INDEX kcm.events_live_end ON events (event_date_end, status) WHERE removed_at IS NULL;

CREATE TABLE kcm.changes (
    change_id integer PRIMARY KEY AUTOINCREMENT,
    at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    who text NOT NULL CHECK (who <> ''),
    action text NOT NULL
        CHECK (action IN ('import', 'add', 'edit', 'remove', 'review', 'release')),
    source_name text,
    source_sha256 text CHECK (source_sha256 IS NULL OR length(source_sha256) = 64),
    events integer NOT NULL DEFAULT 0 CHECK (events >= 0)
);

CREATE TABLE kcm.change_events (
    change_id integer NOT NULL REFERENCES changes (change_id),
    event_id text NOT NULL REFERENCES events (event_id),
    before text,
    after text NOT NULL,
    PRIMARY KEY (change_id, event_id)
);
CREATE INDEX kcm.change_events_event ON change_events (event_id);

CREATE TABLE kcm.releases (
    name text NOT NULL PRIMARY KEY,
    at text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    who text NOT NULL CHECK (who <> ''),
    note text,
    events integer NOT NULL CHECK (events >= 0),
    change_id integer NOT NULL REFERENCES changes (change_id)
);

CREATE TABLE kcm.release_events (
    release text NOT NULL REFERENCES releases (name),
    event_id text NOT NULL,
    record text NOT NULL,
    PRIMARY KEY (release, event_id)
);

-- Nothing is deleted, and a change adds one to the revision (as the PostGIS triggers).
CREATE TRIGGER kcm.never_delete_events BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are never deleted: mark them removed instead'); END;
CREATE TRIGGER kcm.one_revision_more BEFORE UPDATE ON events
WHEN NEW.revision <> OLD.revision + 1 OR NEW.event_id <> OLD.event_id
BEGIN SELECT RAISE(ABORT, 'a change must add one to the revision and keep the id'); END;
CREATE TRIGGER kcm.keep_change_events BEFORE DELETE ON change_events
BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted'); END;
CREATE TRIGGER kcm.fixed_change_events BEFORE UPDATE ON change_events
BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
CREATE TRIGGER kcm.keep_changes BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted'); END;
CREATE TRIGGER kcm.fixed_changes BEFORE UPDATE ON changes
WHEN NEW.change_id <> OLD.change_id OR NEW.at <> OLD.at OR NEW.who <> OLD.who
    OR NEW.action <> OLD.action OR NEW.source_name IS NOT OLD.source_name
    OR NEW.source_sha256 IS NOT OLD.source_sha256
BEGIN SELECT RAISE(ABORT, 'the audit log is never changed (but a change''s count)'); END;
CREATE TRIGGER kcm.keep_release_events BEFORE DELETE ON release_events
BEGIN SELECT RAISE(ABORT, 'releases are never deleted'); END;
CREATE TRIGGER kcm.fixed_release_events BEFORE UPDATE ON release_events
BEGIN SELECT RAISE(ABORT, 'releases are never changed'); END;
CREATE TRIGGER kcm.keep_releases BEFORE DELETE ON releases
BEGIN SELECT RAISE(ABORT, 'releases are never deleted'); END;
CREATE TRIGGER kcm.fixed_releases BEFORE UPDATE ON releases
WHEN NEW.name <> OLD.name OR NEW.at <> OLD.at OR NEW.who <> OLD.who
    OR NEW.note IS NOT OLD.note OR NEW.change_id <> OLD.change_id
BEGIN SELECT RAISE(ABORT, 'releases are never changed (but their count)'); END;
CREATE TRIGGER kcm.fixed_removed BEFORE UPDATE ON events WHEN OLD.removed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a removed event is not changed'); END;
