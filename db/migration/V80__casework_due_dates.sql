-- When each case is due: triage (being picked up) and the decision, stored when the case is opened
-- and again when the school resubmits it, from the stage targets and the working-day calendar of
-- that day. due_date is the one that applies now, by state: triage while SUBMITTED, the decision
-- while IN_TRIAGE, AT_PANEL or AWAITING_APPROVAL; none while the school has it (INFO_REQUESTED),
-- while DISPUTED, or once it is decided or closed. The queue filters ("overdue") and sorts on it.
ALTER TABLE funding_case
    ADD COLUMN triage_due_date   DATE,
    ADD COLUMN decision_due_date DATE,
    ADD CONSTRAINT funding_case_due_dates_together CHECK ((triage_due_date IS NULL) = (decision_due_date IS NULL));

-- Cases opened before this migration, from their last submission with the default targets
-- (triage 5 working days, decision 6 weeks moved to the next working day) and the bank holidays
-- held now. An installation with other targets gets them on the next resubmission.
UPDATE funding_case c SET
    triage_due_date = (SELECT d::date FROM generate_series(s.day + 1, s.day + 40, interval '1 day') d
                       WHERE extract(isodow FROM d) < 6
                         AND NOT EXISTS (SELECT 1 FROM bank_holiday h WHERE h.holiday_date = d::date)
                       ORDER BY d OFFSET 4 LIMIT 1),
    decision_due_date = (SELECT min(d::date) FROM generate_series(s.day + 42, s.day + 72, interval '1 day') d
                         WHERE extract(isodow FROM d) < 6
                           AND NOT EXISTS (SELECT 1 FROM bank_holiday h WHERE h.holiday_date = d::date))
FROM (SELECT id, (last_submitted_at AT TIME ZONE 'Europe/London')::date AS day FROM funding_case) s
WHERE s.id = c.id;

ALTER TABLE funding_case
    ADD COLUMN due_date DATE GENERATED ALWAYS AS (CASE
        WHEN state = 'SUBMITTED' THEN triage_due_date
        WHEN state IN ('IN_TRIAGE', 'AT_PANEL', 'AWAITING_APPROVAL') THEN decision_due_date
    END) STORED;

-- "Sort by due date" and "overdue" (due_date < today), alone and with the state filter.
CREATE INDEX funding_case_due_ix ON funding_case (due_date, id);
CREATE INDEX funding_case_state_due_ix ON funding_case (state, due_date, id);
