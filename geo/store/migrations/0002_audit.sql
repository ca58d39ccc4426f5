-- Kachin Conflict Map, schema version 2: the audit log. Every change (an import, an
-- event added from a report or by hand, an edit, a removal, a review decision, a
-- release) is one row of kcm.changes, written in the same transaction as the change:
-- who, when, what kind, and the file or report it came from (its name and SHA-256).
-- kcm.change_events holds each event the change touched, as it was before (NULL: it
-- did not exist) and after (NULL: never; a removal keeps the event, marked removed).
CREATE TABLE kcm.changes (
    change_id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL CHECK (who <> ''),
    action text NOT NULL
        CHECK (action IN ('import', 'add', 'edit', 'remove', 'review', 'release')),
    source_name text,
    source_sha256 text CHECK (source_sha256 ~ '^[0-9a-f]{64}$'),
    events integer NOT NULL DEFAULT 0 CHECK (events >= 0)
);

CREATE TABLE kcm.change_events (
    change_id bigint NOT NULL REFERENCES kcm.changes (change_id),
    event_id text NOT NULL REFERENCES kcm.events (event_id),
    before jsonb,
    after jsonb NOT NULL,
    PRIMARY KEY (change_id, event_id)
);

CREATE INDEX change_events_event ON kcm.change_events (event_id);
