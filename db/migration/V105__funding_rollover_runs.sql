-- Tariff roll-overs: each applied run, its cost change by setting, and which agreement replaced which.

CREATE TABLE funding_rollover_run (
    id                   BIGSERIAL      PRIMARY KEY,
    banding_key          VARCHAR(100)   NOT NULL,
    banding_version      VARCHAR(40)    NOT NULL,
    effective_date       DATE           NOT NULL,
    policy               VARCHAR(10)    NOT NULL,
    no_loss              BOOLEAN        NOT NULL,
    cap_percent          NUMERIC(5, 2),
    -- SHA-256 (hex) of what the preview showed: the same preview can be applied only once.
    fingerprint          CHAR(64)       NOT NULL UNIQUE,
    superseded_count     INT            NOT NULL,
    unchanged_count      INT            NOT NULL,
    not_rolled_count     INT            NOT NULL,
    financial_year       INT            NOT NULL,
    annual_change        NUMERIC(14, 2) NOT NULL,
    rest_of_year_change  NUMERIC(14, 2) NOT NULL,
    applied_by           VARCHAR(100)   NOT NULL,
    applied_at           TIMESTAMPTZ    NOT NULL,
    CONSTRAINT funding_rollover_run_policy_known CHECK (policy IN ('PROTECTED', 'MOVE')),
    CONSTRAINT funding_rollover_run_cap CHECK (cap_percent IS NULL OR (cap_percent >= 0 AND cap_percent <= 100)),
    CONSTRAINT funding_rollover_run_counts CHECK (superseded_count > 0 AND unchanged_count >= 0
        AND not_rolled_count >= 0),
    CONSTRAINT funding_rollover_run_scale CHECK (scale(annual_change) = 2 AND scale(rest_of_year_change) = 2)
);

-- The cost change of a run at one setting.
CREATE TABLE funding_rollover_setting_total (
    run_id               BIGINT         NOT NULL REFERENCES funding_rollover_run (id),
    setting_id           BIGINT         NOT NULL REFERENCES setting (id),
    superseded_count     INT            NOT NULL,
    annual_change        NUMERIC(14, 2) NOT NULL,
    rest_of_year_change  NUMERIC(14, 2) NOT NULL,
    PRIMARY KEY (run_id, setting_id)
);

-- Each agreement a run superseded and its replacement. An agreement is rolled over at most once.
CREATE TABLE funding_rollover_line (
    run_id               BIGINT         NOT NULL REFERENCES funding_rollover_run (id),
    agreement_id         BIGINT         NOT NULL UNIQUE REFERENCES funding_agreement (id),
    new_agreement_id     BIGINT         NOT NULL UNIQUE REFERENCES funding_agreement (id),
    old_annual           NUMERIC(12, 2) NOT NULL,
    new_annual           NUMERIC(12, 2) NOT NULL,
    effective_from       DATE           NOT NULL,
    PRIMARY KEY (run_id, agreement_id)
);
