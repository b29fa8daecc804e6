-- A school's dispute of a decision: its written reasons, who sent it and when. A disputed case
-- must carry the school's reasons (the panel reads them when it decides again).
ALTER TABLE funding_case
    ADD COLUMN dispute_reason VARCHAR(4000),
    ADD COLUMN disputed_by    VARCHAR(100),
    ADD COLUMN disputed_at    TIMESTAMPTZ,
    ADD CONSTRAINT funding_case_disputed_has_reason CHECK (state <> 'DISPUTED'
        OR (length(trim(coalesce(dispute_reason, ''))) > 0 AND disputed_by IS NOT NULL AND disputed_at IS NOT NULL));
