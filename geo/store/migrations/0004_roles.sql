-- Kachin Conflict Map, schema version 4: who may do what, enforced by the database.
--   kcm_reader   reads the published events (row-level security hides the others and
--                the removed ones) and the releases; nothing else. A public dashboard.
--   kcm_analyst  also reads every event and the audit log, imports, adds and edits
--                events, removes them (a mark: nobody may DELETE), and may propose,
--                verify or return an event to proposed.
--   kcm_editor   also publishes and rejects events, and makes releases.
-- The roles cannot log in; give each person or app a login role that is a member of
-- one (README, "Working as a team"). The schema's owner (who runs the upgrades) keeps
-- every right. Roles belong to the whole cluster, so they are made only if missing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kcm_reader') THEN
        CREATE ROLE kcm_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kcm_analyst') THEN
        CREATE ROLE kcm_analyst NOLOGIN IN ROLE kcm_reader;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kcm_editor') THEN
        CREATE ROLE kcm_editor NOLOGIN IN ROLE kcm_analyst;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA kcm TO kcm_reader;
GRANT SELECT ON kcm.schema_migrations, kcm.events, kcm.releases, kcm.release_events
    TO kcm_reader;
GRANT EXECUTE ON FUNCTION kcm.data_stamp() TO kcm_reader;
GRANT INSERT, UPDATE ON kcm.events TO kcm_analyst;
GRANT SELECT, INSERT ON kcm.changes, kcm.change_events TO kcm_analyst;
GRANT UPDATE (events) ON kcm.changes TO kcm_analyst;
GRANT USAGE ON SEQUENCE kcm.changes_change_id_seq TO kcm_analyst;
GRANT INSERT ON kcm.releases, kcm.release_events TO kcm_editor;
GRANT UPDATE (events) ON kcm.releases TO kcm_editor;

-- Readers see published events that are not removed; analysts (and editors) see all.
ALTER TABLE kcm.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers_see_published ON kcm.events FOR SELECT TO kcm_reader
    USING (status = 'published' AND removed_at IS NULL);
CREATE POLICY analysts_see_all ON kcm.events FOR SELECT TO kcm_analyst USING (true);
CREATE POLICY analysts_add ON kcm.events FOR INSERT TO kcm_analyst WITH CHECK (true);
CREATE POLICY analysts_change ON kcm.events FOR UPDATE TO kcm_analyst
    USING (true) WITH CHECK (true);

-- What no grant can say: only an editor publishes or rejects an event (an import of a
-- published dataset, ACLED or UCDP, is published by whoever imports it); a change adds
-- one to the revision; the id never changes; a removal is never undone by an edit; and
-- nothing is deleted, by anyone.
CREATE FUNCTION kcm.guard_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'events are never deleted: mark % removed instead', OLD.event_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.event_id <> OLD.event_id THEN
        RAISE EXCEPTION 'an event id never changes (% to %)', OLD.event_id, NEW.event_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.revision <> OLD.revision + 1 THEN
        RAISE EXCEPTION 'a change of % must make revision % (it made %)',
            OLD.event_id, OLD.revision + 1, NEW.revision
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.removed_at IS NOT NULL AND NEW.removed_at IS DISTINCT FROM OLD.removed_at THEN
        RAISE EXCEPTION '% was removed by %: a removal is not undone by an edit',
            OLD.event_id, OLD.removed_by USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('published', 'rejected')
        AND NOT pg_has_role(current_user, 'kcm_editor', 'MEMBER')
        AND NOT pg_has_role(current_user, (SELECT nspowner FROM pg_namespace
                                           WHERE nspname = 'kcm'), 'MEMBER') THEN
        RAISE EXCEPTION 'only an editor (a member of kcm_editor) may make % %; % is not one',
            OLD.event_id, NEW.status, current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER guard_event BEFORE UPDATE OR DELETE ON kcm.events
    FOR EACH ROW EXECUTE FUNCTION kcm.guard_event();

CREATE FUNCTION kcm.never_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log and releases are never changed or deleted (%)', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER keep_change_events BEFORE UPDATE OR DELETE ON kcm.change_events
    FOR EACH ROW EXECUTE FUNCTION kcm.never_delete();
CREATE TRIGGER keep_release_events BEFORE UPDATE OR DELETE ON kcm.release_events
    FOR EACH ROW EXECUTE FUNCTION kcm.never_delete();
CREATE TRIGGER keep_changes BEFORE DELETE ON kcm.changes
    FOR EACH ROW EXECUTE FUNCTION kcm.never_delete();
CREATE TRIGGER keep_releases BEFORE DELETE ON kcm.releases
    FOR EACH ROW EXECUTE FUNCTION kcm.never_delete();
