-- Funding: the LA's payment method, its term calendar, funding agreements and their payment lines.

-- The one payment method the LA uses (a single row).
CREATE TABLE funding_payment_method (
    id                 SMALLINT     PRIMARY KEY DEFAULT 1,
    method             VARCHAR(10)  NOT NULL,
    use_termly_amount  BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by         VARCHAR(100),
    updated_at         TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT funding_payment_method_single_row CHECK (id = 1),
    CONSTRAINT funding_payment_method_known CHECK (method IN ('TERMLY', 'MONTHLY', 'DAILY'))
);
INSERT INTO funding_payment_method (id, method, use_termly_amount) VALUES (1, 'TERMLY', TRUE);

-- Term dates and weights per academic year (autumn starts 1 September), for the termly method.
CREATE TABLE funding_academic_year (
    start_year     INT         PRIMARY KEY,
    spring_start   DATE        NOT NULL,
    summer_start   DATE        NOT NULL,
    autumn_weight  INT         NOT NULL,
    spring_weight  INT         NOT NULL,
    summer_weight  INT         NOT NULL,
    CONSTRAINT funding_academic_year_terms_in_order CHECK (
        spring_start > make_date(start_year, 9, 1)
        AND summer_start > spring_start
        AND summer_start <= make_date(start_year + 1, 8, 31)),
    CONSTRAINT funding_academic_year_weights CHECK (
        autumn_weight >= 0 AND spring_weight >= 0 AND summer_weight >= 0
        AND autumn_weight + spring_weight + summer_weight > 0)
);
-- 2019/20 to 2034/35: spring from 1 January, summer from 1 April, weighted 7/19, 6/19, 6/19.
INSERT INTO funding_academic_year (start_year, spring_start, summer_start, autumn_weight, spring_weight, summer_weight)
SELECT y, make_date(y + 1, 1, 1), make_date(y + 1, 4, 1), 7, 6, 6 FROM generate_series(2019, 2034) AS y;

CREATE SEQUENCE funding_agreement_reference_seq;

-- A funding agreement: what one decision (or a roll-over) pays for one pupil at one setting.
-- status: ACTIVE (running or to come), ENDED (stopped early: a leaving date or a new decision),
-- SUPERSEDED (replaced from a date by a roll-over to a new banding table).
-- An agreement ended or superseded before it began has end_date = start_date - 1: it funds no days.
CREATE TABLE funding_agreement (
    id                     BIGSERIAL     PRIMARY KEY,
    reference              VARCHAR(20)   NOT NULL UNIQUE,
    pupil_id               BIGINT        NOT NULL REFERENCES pupil (id),
    setting_id             BIGINT        NOT NULL REFERENCES setting (id),
    case_id                BIGINT        NOT NULL REFERENCES funding_case (id),
    decision_id            BIGINT        NOT NULL REFERENCES case_decision (id),
    source                 VARCHAR(10)   NOT NULL,
    replaces_agreement_id  BIGINT        REFERENCES funding_agreement (id),
    band                   VARCHAR(60),
    annual_amount          NUMERIC(12, 2) NOT NULL,
    termly_amount          NUMERIC(12, 2),
    banding_key            VARCHAR(100)  NOT NULL,
    banding_version        VARCHAR(40)   NOT NULL,
    rounding               VARCHAR(20)   NOT NULL,
    start_date             DATE          NOT NULL,
    end_date               DATE          NOT NULL,
    planned_end_date       DATE          NOT NULL,
    review_date            DATE          NOT NULL,
    decision_date          DATE          NOT NULL,
    status                 VARCHAR(12)   NOT NULL,
    end_reason             VARCHAR(4000),
    ended_by               VARCHAR(100),
    ended_at               TIMESTAMPTZ,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT funding_agreement_source_known CHECK (source IN ('DECISION', 'ROLLOVER')),
    CONSTRAINT funding_agreement_status_known CHECK (status IN ('ACTIVE', 'ENDED', 'SUPERSEDED')),
    CONSTRAINT funding_agreement_amount_positive CHECK (annual_amount > 0 AND (termly_amount IS NULL OR termly_amount > 0)),
    CONSTRAINT funding_agreement_scale CHECK (scale(annual_amount) = 2 AND (termly_amount IS NULL OR scale(termly_amount) = 2)),
    CONSTRAINT funding_agreement_dates CHECK (end_date >= start_date - 1 AND end_date <= planned_end_date
        AND planned_end_date >= start_date),
    CONSTRAINT funding_agreement_rounding_known CHECK (rounding IN ('HALF_UP', 'HALF_EVEN', 'HALF_DOWN', 'UP', 'DOWN', 'CEILING', 'FLOOR')),
    CONSTRAINT funding_agreement_end_recorded CHECK (status = 'ACTIVE' OR (end_reason IS NOT NULL AND ended_at IS NOT NULL)),
    CONSTRAINT funding_agreement_rollover_replaces CHECK (source = 'DECISION' OR replaces_agreement_id IS NOT NULL),
    -- Never two agreements funding the same day for one pupil and setting. Ranges of the ids stand in
    -- for equality so that no extension (btree_gist) is needed.
    CONSTRAINT funding_agreement_no_overlap EXCLUDE USING gist (
        int8range(pupil_id, pupil_id, '[]') WITH &&,
        int8range(setting_id, setting_id, '[]') WITH &&,
        daterange(start_date, end_date, '[]') WITH &&)
);
-- One agreement per decision (the decision event may be delivered more than once).
CREATE UNIQUE INDEX funding_agreement_one_per_decision ON funding_agreement (decision_id) WHERE source = 'DECISION';
CREATE INDEX funding_agreement_pupil ON funding_agreement (pupil_id, start_date);
CREATE INDEX funding_agreement_setting ON funding_agreement (setting_id, start_date);
CREATE INDEX funding_agreement_active ON funding_agreement (status, end_date);

-- The payment lines of an agreement, worked out by the payment method when the agreement is made
-- or changed (replaced as a whole then). Exported batches keep their own copy of what they issued.
CREATE TABLE funding_payment_line (
    id              BIGSERIAL      PRIMARY KEY,
    agreement_id    BIGINT         NOT NULL REFERENCES funding_agreement (id),
    line_no         INT            NOT NULL,
    financial_year  INT            NOT NULL,
    period_from     DATE           NOT NULL,
    period_to       DATE           NOT NULL,
    label           VARCHAR(60)    NOT NULL,
    kind            VARCHAR(10)    NOT NULL,
    amount          NUMERIC(12, 2) NOT NULL,
    CONSTRAINT funding_payment_line_kind_known CHECK (kind IN ('REGULAR', 'ARREARS')),
    CONSTRAINT funding_payment_line_period CHECK (period_to >= period_from),
    CONSTRAINT funding_payment_line_in_year CHECK (
        period_from >= make_date(financial_year, 4, 1) AND period_to <= make_date(financial_year + 1, 3, 31)),
    CONSTRAINT funding_payment_line_scale CHECK (scale(amount) = 2),
    CONSTRAINT funding_payment_line_unique UNIQUE (agreement_id, line_no)
);
CREATE INDEX funding_payment_line_period ON funding_payment_line (period_from, period_to);
