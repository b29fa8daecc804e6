-- assessment's read model: the levels and evidence of an assessment per domain, as the school last saved them.

CREATE VIEW assessment_answer_v AS
SELECT assessment_id, domain_code, level, evidence
  FROM assessment_answer;
