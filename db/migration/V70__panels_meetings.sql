-- Panel meetings: who sits, the cases on the agenda, recusals, moderated levels and the decisions
-- recorded at the meeting. The CHECK constraints repeat the meeting aggregate's rules.

CREATE TABLE panel_meeting (
    id          BIGSERIAL PRIMARY KEY,
    meeting_date DATE        NOT NULL,
    chair       VARCHAR(100) NOT NULL,
    quorum      INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    started_at  TIMESTAMPTZ,
    closed_at   TIMESTAMPTZ,
    closed_by   VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT panel_meeting_status_known CHECK (status IN ('PLANNED', 'IN_SESSION', 'CLOSED')),
    CONSTRAINT panel_meeting_quorum_positive CHECK (quorum BETWEEN 1 AND 20),
    CONSTRAINT panel_meeting_started_has_time CHECK (status = 'PLANNED' OR started_at IS NOT NULL),
    CONSTRAINT panel_meeting_closed_has_time CHECK (status <> 'CLOSED' OR (closed_at IS NOT NULL AND closed_by IS NOT NULL))
);

CREATE INDEX panel_meeting_date_ix ON panel_meeting (meeting_date DESC, id);

CREATE TABLE panel_meeting_member (
    meeting_id BIGINT       NOT NULL REFERENCES panel_meeting (id),
    username   VARCHAR(100) NOT NULL,
    PRIMARY KEY (meeting_id, username)
);

CREATE INDEX panel_meeting_member_user_ix ON panel_meeting_member (username);

-- A panel member's link to a setting (a governor, an employee, a parent there): recused from its pupils' cases.
CREATE TABLE panel_member_setting (
    username   VARCHAR(100) NOT NULL,
    setting_id BIGINT       NOT NULL REFERENCES setting (id),
    PRIMARY KEY (username, setting_id)
);

CREATE TABLE panel_agenda_item (
    id               BIGSERIAL PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL REFERENCES panel_meeting (id),
    case_id          BIGINT        NOT NULL REFERENCES funding_case (id),
    case_reference   VARCHAR(20)   NOT NULL,
    setting_id       BIGINT        NOT NULL REFERENCES setting (id),
    position         INT           NOT NULL,
    added_by         VARCHAR(100)  NOT NULL,
    added_at         TIMESTAMPTZ   NOT NULL,
    outcome          VARCHAR(20),
    band             VARCHAR(60),
    annual_amount    NUMERIC(12, 2),
    reason_codes     VARCHAR(1000),
    written_reason   VARCHAR(4000),
    override_reason  VARCHAR(4000),
    override         BOOLEAN,
    needs_approval   BOOLEAN,
    case_state_after VARCHAR(20),
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMPTZ,
    open_meeting     BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT panel_agenda_item_once UNIQUE (meeting_id, case_id),
    CONSTRAINT panel_agenda_item_position_unique UNIQUE (meeting_id, position),
    CONSTRAINT panel_agenda_item_outcome_known CHECK (outcome IS NULL
        OR outcome IN ('AGREE_INDICATED', 'AGREE_DIFFERENT', 'DECLINE', 'EXCEPTIONAL', 'DEFER')),
    CONSTRAINT panel_agenda_item_decision_complete CHECK (outcome IS NULL OR (decided_by IS NOT NULL
        AND decided_at IS NOT NULL AND length(trim(written_reason)) > 0 AND case_state_after IS NOT NULL)),
    CONSTRAINT panel_agenda_item_override_reason CHECK (override IS NOT TRUE OR length(trim(override_reason)) > 0),
    CONSTRAINT panel_agenda_item_reasons_unless_deferred CHECK (outcome IS NULL OR outcome = 'DEFER'
        OR length(trim(reason_codes)) > 0)
);

CREATE INDEX panel_agenda_item_case_ix ON panel_agenda_item (case_id);
-- A case is on the agenda of at most one meeting that has not closed (closing sets open_meeting false).
CREATE UNIQUE INDEX panel_agenda_item_one_open_meeting ON panel_agenda_item (case_id) WHERE open_meeting;

CREATE TABLE panel_recusal (
    agenda_item_id BIGINT       NOT NULL REFERENCES panel_agenda_item (id),
    username       VARCHAR(100) NOT NULL,
    setting_id     BIGINT       NOT NULL REFERENCES setting (id),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (agenda_item_id, username)
);

CREATE TABLE panel_moderation (
    id              BIGSERIAL PRIMARY KEY,
    agenda_item_id  BIGINT        NOT NULL REFERENCES panel_agenda_item (id),
    domain_code     VARCHAR(20)   NOT NULL,
    original_level  INT           NOT NULL,
    moderated_level INT           NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    moderated_by    VARCHAR(100)  NOT NULL,
    moderated_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT panel_moderation_once_per_domain UNIQUE (agenda_item_id, domain_code),
    CONSTRAINT panel_moderation_changes_level CHECK (original_level <> moderated_level),
    CONSTRAINT panel_moderation_levels_non_negative CHECK (original_level >= 0 AND moderated_level >= 0),
    CONSTRAINT panel_moderation_note_given CHECK (length(trim(note)) > 0)
);
