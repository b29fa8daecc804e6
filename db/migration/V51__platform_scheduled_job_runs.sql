-- The last run of each scheduled job, across every instance. ClusterJobs takes a PostgreSQL advisory
-- lock per job so that only one instance runs a job at a time, and reads and writes this row under
-- that lock so that a job meant to run once a period runs once, however many instances fire it.
CREATE TABLE scheduled_job_run (
    job_name         VARCHAR(100) PRIMARY KEY,
    last_started_at  TIMESTAMPTZ  NOT NULL,
    last_finished_at TIMESTAMPTZ,
    CONSTRAINT scheduled_job_run_name_present CHECK (length(btrim(job_name)) > 0),
    CONSTRAINT scheduled_job_run_finished_after_start CHECK (last_finished_at IS NULL OR last_finished_at >= last_started_at)
);
