-- Kachin Conflict Map, schema version 6: the audit log and the releases cannot be forged
-- or skipped, even by hand-written SQL from a role that may change events.
--   * kcm.changes records the database login that made each change (db_user), and its
--     time is the transaction's: both are set here, whatever an INSERT says;
--   * a change's event rows (kcm.change_events), a release's frozen events and their
--     counts can only be written in the transaction that made the change or release;
--   * every event added or changed is in the log of its transaction (checked at commit);
--   * only an editor publishes or rejects, also on INSERT, except within an import (a
--     published dataset such as ACLED, published on import as the issue asks); an event
--     is added at revision 1, unreviewed and not removed; a removed event is not changed.
-- The schema's owner (who runs the upgrades, and could switch triggers off) is exempt
-- from the commit-time check only, so that a maintenance load by hand stays possible.
ALTER TABLE kcm.changes ADD COLUMN db_user text NOT NULL DEFAULT session_user;
REVOKE INSERT ON kcm.changes FROM kcm_analyst;
GRANT INSERT (who, action, source_name, source_sha256) ON kcm.changes TO kcm_analyst;

-- Whether the change (or release) was made in this transaction by this login.
CREATE FUNCTION kcm.made_here(change bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$ SELECT EXISTS (SELECT FROM kcm.changes c WHERE c.change_id = change
                     AND c.at = now() AND c.db_user = session_user) $$;

CREATE FUNCTION kcm.may_publish() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
AS $$ SELECT pg_has_role(current_user, 'kcm_editor', 'MEMBER')
          OR pg_has_role(current_user, (SELECT nspowner FROM pg_namespace
                                        WHERE nspname = 'kcm'), 'MEMBER') $$;

CREATE FUNCTION kcm.stamp_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.at := now();
        NEW.db_user := session_user;
        RETURN NEW;
    END IF;
    IF NOT kcm.made_here(OLD.change_id) OR NEW.change_id <> OLD.change_id
        OR NEW.at <> OLD.at OR NEW.who <> OLD.who OR NEW.action <> OLD.action
        OR NEW.db_user <> OLD.db_user
        OR NEW.source_name IS DISTINCT FROM OLD.source_name
        OR NEW.source_sha256 IS DISTINCT FROM OLD.source_sha256 THEN
        RAISE EXCEPTION 'change % is in the audit log: only its count, in its own transaction, is set',
            OLD.change_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER stamp_change BEFORE INSERT OR UPDATE ON kcm.changes
    FOR EACH ROW EXECUTE FUNCTION kcm.stamp_change();

CREATE FUNCTION kcm.own_change_events() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT kcm.made_here(NEW.change_id) THEN
        RAISE EXCEPTION 'events are logged only under a change made in the same transaction (not %)',
            NEW.change_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER own_change_events BEFORE INSERT ON kcm.change_events
    FOR EACH ROW EXECUTE FUNCTION kcm.own_change_events();

CREATE FUNCTION kcm.own_release() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    change bigint;
    label text;
BEGIN
    IF TG_TABLE_NAME = 'releases' AND TG_OP = 'INSERT' THEN
        NEW.at := now();
        change := NEW.change_id;
        label := NEW.name;
    ELSIF TG_TABLE_NAME = 'releases' THEN
        IF NEW.name <> OLD.name OR NEW.at <> OLD.at OR NEW.who <> OLD.who
            OR NEW.note IS DISTINCT FROM OLD.note OR NEW.change_id <> OLD.change_id THEN
            RAISE EXCEPTION 'release % is frozen: only its count is set', OLD.name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        change := OLD.change_id;
        label := OLD.name;
    ELSE
        SELECT r.change_id INTO change FROM kcm.releases r WHERE r.name = NEW.release;
        label := NEW.release;
    END IF;
    IF change IS NULL OR NOT kcm.made_here(change) THEN
        RAISE EXCEPTION 'release % is frozen: it is written only in the transaction that made it',
            label USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER own_release BEFORE INSERT OR UPDATE ON kcm.releases
    FOR EACH ROW EXECUTE FUNCTION kcm.own_release();
CREATE TRIGGER own_release_events BEFORE INSERT ON kcm.release_events
    FOR EACH ROW EXECUTE FUNCTION kcm.own_release();

CREATE FUNCTION kcm.guard_new_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.revision <> 1 OR NEW.reviewer IS NOT NULL OR NEW.removed_at IS NOT NULL
        OR NEW.removed_by IS NOT NULL OR NEW.removed_why IS NOT NULL THEN
        RAISE EXCEPTION 'event % is added at revision 1, unreviewed and not removed', NEW.event_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status IN ('published', 'rejected') AND NOT kcm.may_publish()
        AND NOT EXISTS (SELECT FROM kcm.changes c WHERE c.at = now()
                        AND c.db_user = session_user AND c.action = 'import') THEN
        RAISE EXCEPTION 'only an editor (a member of kcm_editor) may add % as %, except in an import',
            NEW.event_id, NEW.status USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_new_event BEFORE INSERT ON kcm.events
    FOR EACH ROW EXECUTE FUNCTION kcm.guard_new_event();

CREATE FUNCTION kcm.guard_removed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF OLD.removed_at IS NOT NULL THEN
        RAISE EXCEPTION '% was removed by %: a removed event is not changed',
            OLD.event_id, OLD.removed_by USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_removed BEFORE UPDATE ON kcm.events
    FOR EACH ROW EXECUTE FUNCTION kcm.guard_removed();

CREATE FUNCTION kcm.logged() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'kcm'),
                   'MEMBER') THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM kcm.change_events ce JOIN kcm.changes c USING (change_id)
                   WHERE ce.event_id = NEW.event_id AND c.at = now()
                   AND c.db_user = session_user) THEN
        RAISE EXCEPTION 'event % was changed with no entry in the audit log', NEW.event_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER logged AFTER INSERT OR UPDATE ON kcm.events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kcm.logged();
