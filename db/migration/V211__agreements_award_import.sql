-- agreements: awards brought in from the council's spreadsheet or old system.
-- One row per import of a file: the file's SHA-256 (a file is imported once), who, when, and what it made.
CREATE SEQUENCE agreements_award_import_reference_seq;
CREATE TABLE agreements_award_import (
    id              BIGSERIAL      PRIMARY KEY,
    reference       VARCHAR(20)    NOT NULL UNIQUE,
    sha256          CHAR(64)       NOT NULL UNIQUE,
    file_name       VARCHAR(255),
    rows_read       INT            NOT NULL,
    imported        INT            NOT NULL,
    already_known   INT            NOT NULL,
    total_annual    NUMERIC(14, 2) NOT NULL,
    payments_from   DATE           NOT NULL,
    arrears         BOOLEAN        NOT NULL,
    created_by      VARCHAR(100)   NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL,
    CONSTRAINT agreements_award_import_counts CHECK (rows_read > 0 AND imported >= 0 AND already_known >= 0
        AND imported + already_known = rows_read),
    CONSTRAINT agreements_award_import_sha CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT agreements_award_import_scale CHECK (scale(total_annual) = 2)
);

-- An imported agreement has no case or decision; it carries the old system's reference, the import that
-- made it, and its funding route. paid_from: the first day OpenBand pays (null: from the start), for an
-- award the old system paid up to then. legacy: an amount that matched no band of the tariff in force,
-- flagged for the next roll-over.
ALTER TABLE funding_agreement ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE funding_agreement ALTER COLUMN decision_id DROP NOT NULL;
ALTER TABLE funding_agreement ADD COLUMN old_reference VARCHAR(20);
ALTER TABLE funding_agreement ADD COLUMN import_id BIGINT REFERENCES agreements_award_import (id);
ALTER TABLE funding_agreement ADD COLUMN route VARCHAR(30);
ALTER TABLE funding_agreement ADD COLUMN paid_from DATE;
ALTER TABLE funding_agreement ADD COLUMN legacy BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE funding_agreement DROP CONSTRAINT funding_agreement_source_known;
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_source_known
    CHECK (source IN ('DECISION', 'ROLLOVER', 'IMPORT'));
ALTER TABLE funding_agreement DROP CONSTRAINT funding_agreement_rollover_replaces;
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_rollover_replaces
    CHECK (source <> 'ROLLOVER' OR replaces_agreement_id IS NOT NULL);
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_case_and_decision
    CHECK ((case_id IS NULL) = (decision_id IS NULL) AND (source <> 'DECISION' OR case_id IS NOT NULL));
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_import_recorded
    CHECK (source <> 'IMPORT' OR (case_id IS NULL AND replaces_agreement_id IS NULL AND import_id IS NOT NULL
        AND old_reference IS NOT NULL));
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_legacy_has_no_band
    CHECK (NOT legacy OR band IS NULL);
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_paid_from_inside
    CHECK (paid_from IS NULL OR paid_from > start_date);
-- One agreement per old reference: importing a row twice makes nothing the second time.
CREATE UNIQUE INDEX funding_agreement_one_per_old_reference ON funding_agreement (old_reference)
    WHERE source = 'IMPORT';

CREATE OR REPLACE VIEW agreements_agreement_v AS
SELECT id, reference, pupil_id, setting_id, case_id, decision_id, source, replaces_agreement_id, band,
       annual_amount, termly_amount, banding_key, banding_version, start_date, end_date, planned_end_date,
       review_date, decision_date, status, route, old_reference, legacy
  FROM funding_agreement;
