-- agreements' read model: funding agreements and their payment lines, for finance's and others' SQL.
-- Plain projections, inlined by PostgreSQL (the finance batch's plan is the same as over the tables).

CREATE VIEW agreements_agreement_v AS
SELECT id, reference, pupil_id, setting_id, case_id, decision_id, source, replaces_agreement_id, band,
       annual_amount, termly_amount, banding_key, banding_version, start_date, end_date, planned_end_date,
       review_date, decision_date, status
  FROM funding_agreement;

CREATE VIEW agreements_payment_line_v AS
SELECT id, agreement_id, line_no, financial_year, period_from, period_to, label, kind, amount
  FROM funding_payment_line;
