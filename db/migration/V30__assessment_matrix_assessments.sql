-- A SENCO's matrix assessment of one pupil, pinned to the framework and tariff versions it uses.
CREATE TABLE assessment (
    id                     BIGSERIAL PRIMARY KEY,
    pupil_id               BIGINT       NOT NULL,
    setting_id             BIGINT       NOT NULL REFERENCES setting (id),
    setting_category       VARCHAR(30)  NOT NULL,
    purpose                VARCHAR(20)  NOT NULL,
    framework_key          VARCHAR(100) NOT NULL,
    framework_version      VARCHAR(50)  NOT NULL,
    banding_key            VARCHAR(100) NOT NULL,
    banding_version        VARCHAR(50)  NOT NULL,
    state                  VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
    consulted              BOOLEAN      NOT NULL DEFAULT FALSE,
    requested_start_date   DATE,
    reference              VARCHAR(20),
    submitted_at           TIMESTAMPTZ,
    submitted_by           VARCHAR(60),
    score_total            NUMERIC(12, 2),
    score_band             VARCHAR(60),
    score_annual_amount    NUMERIC(12, 2),
    score_exceptional      BOOLEAN,
    created_at             TIMESTAMPTZ  NOT NULL,
    created_by             VARCHAR(60)  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    updated_by             VARCHAR(60)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT assessment_purpose_known CHECK (purpose IN ('NEW_REQUEST', 'ANNUAL_REVIEW')),
    CONSTRAINT assessment_state_known CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
    CONSTRAINT assessment_submitted_complete CHECK (state = 'DRAFT' OR (reference IS NOT NULL
        AND submitted_at IS NOT NULL AND consulted AND requested_start_date IS NOT NULL AND score_total IS NOT NULL)),
    CONSTRAINT assessment_reference_unique UNIQUE (reference)
);

CREATE INDEX assessment_pupil_ix ON assessment (pupil_id);
CREATE INDEX assessment_setting_ix ON assessment (setting_id, state);

CREATE TABLE assessment_answer (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    domain_code   VARCHAR(30) NOT NULL,
    level         INTEGER     NOT NULL,
    evidence      TEXT,
    PRIMARY KEY (assessment_id, domain_code),
    CONSTRAINT assessment_answer_level_non_negative CHECK (level >= 0),
    CONSTRAINT assessment_answer_evidence_length CHECK (evidence IS NULL OR length(evidence) <= 4000)
);

CREATE TABLE assessment_provision (
    assessment_id  BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    support_type   VARCHAR(200)  NOT NULL,
    hours_per_week NUMERIC(6, 2) NOT NULL,
    cost_per_week  NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT assessment_provision_positive CHECK (hours_per_week >= 0 AND cost_per_week >= 0)
);

CREATE SEQUENCE assessment_reference_seq;
