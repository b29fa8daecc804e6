-- Finance export batches: the cost codes per setting category, the batches, the snapshot of every row a
-- batch issued, and the files as issued. An issued batch, its rows and its files never change.

-- The cost centre and account code that payments to settings of a category are posted to.
CREATE TABLE funding_cost_code (
    category      VARCHAR(30)  PRIMARY KEY,
    cost_centre   VARCHAR(20)  NOT NULL,
    account_code  VARCHAR(20)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT funding_cost_code_category_known CHECK (category IN ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL',
        'ALTERNATIVE_PROVISION', 'EARLY_YEARS', 'POST_16')),
    CONSTRAINT funding_cost_code_cost_centre_format CHECK (cost_centre ~ '^[A-Za-z0-9][A-Za-z0-9./_-]{0,19}$'),
    CONSTRAINT funding_cost_code_account_code_format CHECK (account_code ~ '^[A-Za-z0-9][A-Za-z0-9./_-]{0,19}$')
);

CREATE SEQUENCE funding_export_batch_reference_seq;

-- A batch: one period (a month, a term or a financial year), FULL (every line due in it) or CHANGES (what
-- differs from everything issued before, for lines due up to its end). RUNNING while the rows and files are
-- made (rows_done of rows_total written), then ISSUED, or FAILED with the reason. due_from and due_to are the
-- first and last due days of its rows: "were lines due in this period issued before?" looks only at batches
-- whose due days overlap the period (an index on every row's due day would slow every batch down).
CREATE TABLE funding_export_batch (
    id                 BIGSERIAL      PRIMARY KEY,
    reference          VARCHAR(20)    NOT NULL UNIQUE,
    period_kind        VARCHAR(16)    NOT NULL,
    period_code        VARCHAR(20)    NOT NULL,
    period_label       VARCHAR(60)    NOT NULL,
    period_from        DATE           NOT NULL,
    period_to          DATE           NOT NULL,
    kind               VARCHAR(10)    NOT NULL,
    previous_batch_id  BIGINT         REFERENCES funding_export_batch (id),
    repeat_of_batch_id BIGINT         REFERENCES funding_export_batch (id),
    status             VARCHAR(10)    NOT NULL,
    rows_done          BIGINT         NOT NULL DEFAULT 0,
    rows_total         BIGINT,
    line_count         BIGINT,
    control_total      NUMERIC(14, 2),
    due_from           DATE,
    due_to             DATE,
    csv_sha256         CHAR(64),
    xlsx_sha256        CHAR(64),
    csv_bytes          BIGINT,
    xlsx_bytes         BIGINT,
    failure            VARCHAR(400),
    created_by         VARCHAR(100)   NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL,
    heartbeat_at       TIMESTAMPTZ    NOT NULL,
    issued_at          TIMESTAMPTZ,
    CONSTRAINT funding_export_batch_period_kind_known CHECK (period_kind IN ('MONTH', 'TERM', 'FINANCIAL_YEAR')),
    CONSTRAINT funding_export_batch_period CHECK (period_to >= period_from),
    CONSTRAINT funding_export_batch_kind_known CHECK (kind IN ('FULL', 'CHANGES')),
    CONSTRAINT funding_export_batch_status_known CHECK (status IN ('RUNNING', 'ISSUED', 'FAILED')),
    CONSTRAINT funding_export_batch_issued_complete CHECK (status <> 'ISSUED' OR (line_count IS NOT NULL
        AND control_total IS NOT NULL AND csv_sha256 IS NOT NULL AND xlsx_sha256 IS NOT NULL
        AND csv_bytes IS NOT NULL AND xlsx_bytes IS NOT NULL AND issued_at IS NOT NULL)),
    CONSTRAINT funding_export_batch_failure_given CHECK (status <> 'FAILED' OR failure IS NOT NULL),
    CONSTRAINT funding_export_batch_progress CHECK (rows_done >= 0 AND (rows_total IS NULL OR rows_done <= rows_total)),
    CONSTRAINT funding_export_batch_scale CHECK (control_total IS NULL OR scale(control_total) = 2)
);
-- One batch is made at a time: a CHANGES batch must see every batch issued before it.
CREATE UNIQUE INDEX funding_export_batch_one_running ON funding_export_batch ((1)) WHERE status = 'RUNNING';
CREATE INDEX funding_export_batch_period_ix ON funding_export_batch (period_code, status);

-- Every row a batch issued, as it was written: the snapshot the files are made from and that later CHANGES
-- batches net against. A line is known by agreement, line period and line kind (payment lines are replaced
-- as a whole when an agreement changes, so payment_line_id is kept for tracing only).
-- No foreign keys here: a batch's rows (half a million for a year) go in with one INSERT ... SELECT, and
-- row-by-row foreign key checks would take most of its time. Instead the insert trigger below checks, once
-- per statement, that every row names a batch that is running and an agreement that exists; batches are
-- never deleted, and the values the files need are all copied into the row.
-- adjustment: LINE (new), REVERSAL (takes back everything issued before for that line, so a negative
-- amount), REPLACEMENT (the line's amount now, after its reversal).
CREATE TABLE funding_export_line (
    batch_id             BIGINT         NOT NULL,
    row_no               INT            NOT NULL,
    adjustment           VARCHAR(12)    NOT NULL,
    agreement_id         BIGINT         NOT NULL,
    payment_line_id      BIGINT,
    line_kind            VARCHAR(10)    NOT NULL,
    due_day              DATE           NOT NULL,
    pupil_upn            VARCHAR(13),
    pupil_name           VARCHAR(201),
    setting_urn          VARCHAR(6),
    laestab              VARCHAR(7),
    setting_name         VARCHAR(200),
    band                 VARCHAR(60),
    annual_amount        NUMERIC(12, 2) NOT NULL,
    period_from          DATE           NOT NULL,
    period_to            DATE           NOT NULL,
    amount               NUMERIC(12, 2) NOT NULL,
    cost_centre          VARCHAR(20),
    account_code         VARCHAR(20),
    agreement_reference  VARCHAR(20)    NOT NULL,
    decision_reference   VARCHAR(20)    NOT NULL,
    PRIMARY KEY (batch_id, row_no),
    CONSTRAINT funding_export_line_adjustment_known CHECK (adjustment IN ('LINE', 'REVERSAL', 'REPLACEMENT')),
    CONSTRAINT funding_export_line_kind_known CHECK (line_kind IN ('REGULAR', 'ARREARS')),
    CONSTRAINT funding_export_line_period CHECK (period_to >= period_from)
);
-- An agreement's exported rows (the pupil funding page). CHANGES batches read every issued row anyway, and a
-- wider index costs seconds on every year's batch.
CREATE INDEX funding_export_line_agreement ON funding_export_line (agreement_id);

-- The files as issued, in parts of at most 1 MB, so that a download streams part by part and is the same
-- bytes every time (the checksum on the batch is the checksum of exactly these bytes).
CREATE TABLE funding_export_file_part (
    batch_id  BIGINT      NOT NULL REFERENCES funding_export_batch (id),
    format    VARCHAR(4)  NOT NULL,
    part_no   INT         NOT NULL,
    bytes     BYTEA       NOT NULL,
    PRIMARY KEY (batch_id, format, part_no),
    CONSTRAINT funding_export_file_part_format_known CHECK (format IN ('csv', 'xlsx'))
);

-- Issued means final: no change to an issued batch, and no row or file part added to, changed in or taken
-- from one.
CREATE FUNCTION funding_export_batch_frozen() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'ISSUED' THEN
        RAISE EXCEPTION 'export batch % is issued and cannot be changed', OLD.reference
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER funding_export_batch_frozen BEFORE UPDATE ON funding_export_batch
    FOR EACH ROW EXECUTE FUNCTION funding_export_batch_frozen();

CREATE FUNCTION funding_export_content_frozen() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM funding_export_batch b WHERE b.id = OLD.batch_id AND b.status = 'ISSUED') THEN
        RAISE EXCEPTION 'export batch % is issued: its rows and files cannot be changed', OLD.batch_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

-- Inserts are checked once per statement (a batch's rows go in with one INSERT ... SELECT).
CREATE FUNCTION funding_export_content_insert_frozen() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT batch_id FROM new_rows) n
               LEFT JOIN funding_export_batch b ON b.id = n.batch_id WHERE b.id IS NULL OR b.status <> 'RUNNING') THEN
        RAISE EXCEPTION 'rows and files are added only to an export batch that is running'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- The same for a batch's rows, which also name agreements that must exist.
CREATE FUNCTION funding_export_line_insert_checked() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT batch_id FROM new_rows) n
               LEFT JOIN funding_export_batch b ON b.id = n.batch_id WHERE b.id IS NULL OR b.status <> 'RUNNING') THEN
        RAISE EXCEPTION 'rows and files are added only to an export batch that is running'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT agreement_id FROM new_rows) n
               WHERE NOT EXISTS (SELECT 1 FROM funding_agreement a WHERE a.id = n.agreement_id)) THEN
        RAISE EXCEPTION 'an export row names a funding agreement that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Batches are kept: an issued one never changes, and none is ever deleted.
CREATE FUNCTION funding_export_batch_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'export batch % is kept and cannot be deleted', OLD.reference
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION funding_export_no_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'export batches are kept: % cannot be truncated', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER funding_export_line_frozen BEFORE UPDATE OR DELETE ON funding_export_line
    FOR EACH ROW EXECUTE FUNCTION funding_export_content_frozen();
CREATE TRIGGER funding_export_line_insert_frozen AFTER INSERT ON funding_export_line
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_export_line_insert_checked();
CREATE TRIGGER funding_export_batch_kept BEFORE DELETE ON funding_export_batch
    FOR EACH ROW EXECUTE FUNCTION funding_export_batch_kept();
CREATE TRIGGER funding_export_file_part_frozen BEFORE UPDATE OR DELETE ON funding_export_file_part
    FOR EACH ROW EXECUTE FUNCTION funding_export_content_frozen();
CREATE TRIGGER funding_export_file_part_insert_frozen AFTER INSERT ON funding_export_file_part
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION funding_export_content_insert_frozen();
CREATE TRIGGER funding_export_batch_no_truncate BEFORE TRUNCATE ON funding_export_batch
    FOR EACH STATEMENT EXECUTE FUNCTION funding_export_no_truncate();
CREATE TRIGGER funding_export_line_no_truncate BEFORE TRUNCATE ON funding_export_line
    FOR EACH STATEMENT EXECUTE FUNCTION funding_export_no_truncate();
CREATE TRIGGER funding_export_file_part_no_truncate BEFORE TRUNCATE ON funding_export_file_part
    FOR EACH STATEMENT EXECUTE FUNCTION funding_export_no_truncate();
