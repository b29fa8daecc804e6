-- casework's read model: the facts of each case and its decisions, for other modules' SQL.
-- Plain projections of one table each, so PostgreSQL inlines them and keeps its plans and indexes.

-- One row per case. decision_id is the decision the case holds now (in force, awaiting approval, or the
-- one under review or dispute); version is the case's optimistic-lock version, for commands that carry it.
CREATE VIEW casework_case_facts_v AS
SELECT id, reference, assessment_id, pupil_id, setting_id, purpose, state, primary_need,
       indicated_total, indicated_band, indicated_annual_amount, indicated_exceptional,
       framework_key, framework_version, banding_key, banding_version, requested_start_date,
       first_submitted_at, last_submitted_at, assigned_officer, decision_id,
       triage_due_date, decision_due_date, due_date, disputed_at, version
  FROM funding_case;

-- One row per decision ever recorded on a case (a refused override and a superseded decision included).
CREATE VIEW casework_decision_v AS
SELECT id, case_id, outcome, band, annual_amount, start_date, end_date, review_date, start_policy, end_terms,
       override, delegated, needs_approval, status, decided_by, decided_at, approved_by, approved_at,
       coalesce(approved_at, decided_at) AS in_force_at
  FROM case_decision;
