-- The case workflow: who triages a case, what the school was asked, why it was withdrawn, and
-- each decision with its structured reasons. The CHECK constraints repeat the aggregate's rules.

CREATE TABLE decision_reason_code (
    code       VARCHAR(40)  PRIMARY KEY,
    label      VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INT          NOT NULL,
    CONSTRAINT decision_reason_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT decision_reason_code_label_not_blank CHECK (length(trim(label)) > 0)
);

INSERT INTO decision_reason_code (code, label, sort_order) VALUES
    ('EVIDENCE_SUPPORTS_LEVELS', 'The evidence supports the levels the school chose', 10),
    ('EVIDENCE_INSUFFICIENT', 'The evidence does not support one or more of the levels chosen', 20),
    ('NEEDS_MET_FROM_NOTIONAL', 'The needs can be met from the school''s notional SEN budget', 30),
    ('PROVISION_COSTS_DIFFER', 'The costed provision does not match the band indicated', 40),
    ('NEEDS_ABOVE_TOP_BAND', 'The needs are above the top band and need an exceptional amount', 50),
    ('MODERATED_LEVELS', 'Domain levels were changed after moderation', 60),
    ('OTHER_AGENCY_FUNDING', 'Part of the provision is funded by health or social care', 70);

CREATE TABLE case_decision (
    id                BIGSERIAL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES funding_case (id),
    outcome           VARCHAR(20)   NOT NULL,
    band              VARCHAR(60),
    annual_amount     NUMERIC(12, 2),
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    review_date       DATE          NOT NULL,
    start_policy      VARCHAR(20)   NOT NULL,
    end_terms         INT,
    written_reason    VARCHAR(4000) NOT NULL,
    override          BOOLEAN       NOT NULL,
    override_reason   VARCHAR(4000),
    delegated         BOOLEAN       NOT NULL,
    needs_approval    BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    decided_by        VARCHAR(100)  NOT NULL,
    decided_at        TIMESTAMPTZ   NOT NULL,
    approved_by       VARCHAR(100),
    approved_at       TIMESTAMPTZ,
    refused_reason    VARCHAR(4000),
    CONSTRAINT case_decision_outcome_known CHECK (outcome IN ('AGREE_INDICATED', 'AGREE_DIFFERENT', 'DECLINE', 'EXCEPTIONAL')),
    CONSTRAINT case_decision_status_known CHECK (status IN ('AWAITING_APPROVAL', 'IN_FORCE', 'REFUSED')),
    CONSTRAINT case_decision_start_policy_known CHECK (start_policy IN ('SUBMISSION', 'DECISION', 'CHOSEN')),
    CONSTRAINT case_decision_amount_unless_declined CHECK (outcome = 'DECLINE' OR (annual_amount IS NOT NULL AND annual_amount > 0)),
    CONSTRAINT case_decision_band_unless_declined_or_exceptional CHECK (outcome IN ('DECLINE', 'EXCEPTIONAL') OR band IS NOT NULL),
    CONSTRAINT case_decision_reason_given CHECK (length(trim(written_reason)) > 0),
    CONSTRAINT case_decision_override_reason CHECK (NOT override OR length(trim(coalesce(override_reason, ''))) > 0),
    CONSTRAINT case_decision_dates_in_order CHECK (end_date >= start_date AND review_date >= start_date),
    CONSTRAINT case_decision_terms_positive CHECK (end_terms IS NULL OR end_terms BETWEEN 1 AND 12),
    CONSTRAINT case_decision_approved_by_another CHECK (approved_by IS NULL OR approved_by <> decided_by),
    CONSTRAINT case_decision_approval_only_for_override CHECK (override OR NOT needs_approval),
    CONSTRAINT case_decision_in_force_approved CHECK (status <> 'IN_FORCE' OR NOT needs_approval OR approved_by IS NOT NULL),
    CONSTRAINT case_decision_refused_has_reason CHECK (status <> 'REFUSED' OR length(trim(coalesce(refused_reason, ''))) > 0)
);

CREATE INDEX case_decision_case_ix ON case_decision (case_id, decided_at);

CREATE TABLE case_decision_reason (
    decision_id BIGINT      NOT NULL REFERENCES case_decision (id),
    code        VARCHAR(40) NOT NULL REFERENCES decision_reason_code (code),
    PRIMARY KEY (decision_id, code)
);

ALTER TABLE funding_case
    ADD COLUMN assigned_officer     VARCHAR(100),
    ADD COLUMN info_request_message VARCHAR(4000),
    ADD COLUMN info_requested_at    TIMESTAMPTZ,
    ADD COLUMN withdrawn_reason     VARCHAR(2000),
    ADD COLUMN decision_id          BIGINT REFERENCES case_decision (id),
    ADD COLUMN primary_need         VARCHAR(10),
    ADD CONSTRAINT funding_case_triage_has_officer CHECK (state NOT IN ('IN_TRIAGE', 'INFO_REQUESTED') OR assigned_officer IS NOT NULL),
    ADD CONSTRAINT funding_case_info_request_has_message CHECK (state <> 'INFO_REQUESTED'
        OR length(trim(coalesce(info_request_message, ''))) > 0),
    ADD CONSTRAINT funding_case_withdrawn_has_reason CHECK (state <> 'WITHDRAWN' OR length(trim(coalesce(withdrawn_reason, ''))) > 0),
    ADD CONSTRAINT funding_case_decided_has_decision CHECK (state NOT IN ('DECIDED', 'AWAITING_APPROVAL', 'FUNDED')
        OR decision_id IS NOT NULL);

UPDATE funding_case c SET primary_need = p.primary_need FROM pupil p WHERE p.id = c.pupil_id;

-- The officer queue filters and sorts on these; each keeps the default view an index scan.
CREATE INDEX funding_case_submitted_ix ON funding_case (first_submitted_at, id);
CREATE INDEX funding_case_state_submitted_ix ON funding_case (state, first_submitted_at, id);
CREATE INDEX funding_case_officer_ix ON funding_case (assigned_officer, state);
CREATE INDEX funding_case_band_ix ON funding_case (indicated_band, state);
CREATE INDEX funding_case_need_ix ON funding_case (primary_need, state);
CREATE INDEX funding_case_setting_state_ix ON funding_case (setting_id, state, first_submitted_at);
