-- moderation's read model: the sampled cases and their blind re-scores per domain, for reports. Plain
-- projections, inlined by PostgreSQL.

CREATE VIEW moderation_case_v AS
SELECT case_id, sample_id, decision_id, decided_by, panel_meeting_id, decided_at, moderator, scored_at
  FROM moderation_case;

CREATE VIEW moderation_domain_v AS
SELECT case_id, domain_code, blind_level, decided_level, agrees
  FROM moderation_domain;
