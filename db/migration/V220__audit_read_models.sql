-- audit's read model: the audit log's events, for reports that count what happened when (a case's triage,
-- each return for information, each dispute). A plain projection, inlined by PostgreSQL, so a query over it
-- uses the log's indexes (by subject, and by when).

CREATE VIEW audit_event_v AS
SELECT id, occurred_at, actor, action, subject_type, subject_id, details
  FROM audit_event;
