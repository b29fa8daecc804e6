-- A case moved to REVIEW_DUE by the scheduled job keeps the decision whose review is due.
ALTER TABLE funding_case
    ADD CONSTRAINT funding_case_review_due_has_decision CHECK (state <> 'REVIEW_DUE' OR decision_id IS NOT NULL);
