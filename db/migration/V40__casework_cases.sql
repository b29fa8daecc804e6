-- A funding request case: one per submitted request for a pupil, moving through the workflow.
CREATE TABLE funding_case (
    id                      BIGSERIAL PRIMARY KEY,
    reference               VARCHAR(20)  NOT NULL,
    assessment_id           BIGINT       NOT NULL REFERENCES assessment (id),
    pupil_id                BIGINT       NOT NULL,
    setting_id              BIGINT       NOT NULL REFERENCES setting (id),
    purpose                 VARCHAR(20)  NOT NULL,
    state                   VARCHAR(20)  NOT NULL,
    indicated_total         NUMERIC(12, 2) NOT NULL,
    indicated_band          VARCHAR(60),
    indicated_annual_amount NUMERIC(12, 2),
    indicated_exceptional   BOOLEAN      NOT NULL,
    framework_key           VARCHAR(100) NOT NULL,
    framework_version       VARCHAR(50)  NOT NULL,
    banding_key             VARCHAR(100) NOT NULL,
    banding_version         VARCHAR(50)  NOT NULL,
    requested_start_date    DATE         NOT NULL,
    first_submitted_at      TIMESTAMPTZ  NOT NULL,
    last_submitted_at       TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT funding_case_reference_unique UNIQUE (reference),
    CONSTRAINT funding_case_one_per_assessment UNIQUE (assessment_id),
    CONSTRAINT funding_case_state_known CHECK (state IN ('SUBMITTED', 'IN_TRIAGE', 'INFO_REQUESTED', 'AT_PANEL',
        'AWAITING_APPROVAL', 'DECIDED', 'FUNDED', 'REVIEW_DUE', 'DISPUTED', 'WITHDRAWN')),
    CONSTRAINT funding_case_amount_unless_exceptional CHECK (indicated_exceptional OR indicated_annual_amount IS NOT NULL)
);

CREATE INDEX funding_case_state_ix ON funding_case (state, last_submitted_at);
CREATE INDEX funding_case_setting_ix ON funding_case (setting_id);
CREATE INDEX funding_case_pupil_ix ON funding_case (pupil_id);
