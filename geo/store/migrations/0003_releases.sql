-- Kachin Conflict Map, schema version 3: releases. An editor freezes the published
-- events under a name (e.g. 2024-06): kcm.release_events keeps each event as it was
-- then (its fields and state as JSON), so a release reads back exactly the same after
-- any later edit, for citing. A release is one entry of the audit log (action
-- 'release'). kcm.data_stamp() changes whenever a change is committed: the app's
-- cache key (it counts the committed entries, as ids are taken before commit).
CREATE TABLE kcm.releases (
    name text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL CHECK (who <> ''),
    note text,
    events integer NOT NULL CHECK (events >= 0),
    change_id bigint NOT NULL REFERENCES kcm.changes (change_id)
);

CREATE TABLE kcm.release_events (
    release text NOT NULL REFERENCES kcm.releases (name),
    event_id text NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (release, event_id)
);

CREATE FUNCTION kcm.data_stamp() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT count(*) || ':' || coalesce(max(change_id), 0) FROM kcm.changes $$;
