-- The append-only record of every change and every read of a child's record.
CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(100) NOT NULL,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(100),
    details      JSONB        NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_event_action_not_blank CHECK (length(trim(action)) > 0),
    CONSTRAINT audit_event_actor_not_blank CHECK (length(trim(actor)) > 0)
);

CREATE INDEX audit_event_subject_ix ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX audit_event_occurred_ix ON audit_event (occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
