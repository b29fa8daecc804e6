-- directory's read model: the views other modules' SQL reads settings and pupils through (never the tables).
-- Plain projections (no aggregation, no DISTINCT), so PostgreSQL inlines them into the query that reads
-- them and plans it exactly as if it named the table.

CREATE VIEW directory_setting_v AS
SELECT id, urn, laestab, name, type_of_establishment, phase, status, category, postcode, host_setting_id
  FROM setting;

CREATE VIEW directory_pupil_v AS
SELECT id, upn, temporary_upn, first_name, last_name, preferred_name, date_of_birth, sex, ethnicity,
       primary_need, secondary_need, ehc_status, ehc_status_date, setting_id
  FROM pupil;
