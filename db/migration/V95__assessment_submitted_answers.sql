-- The answers as they were each time an assessment was sent, so that a resubmission after a
-- request for information can show the officer exactly what the school changed.
CREATE TABLE assessment_submitted_answer (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    submission    INTEGER     NOT NULL,
    domain_code   VARCHAR(30) NOT NULL,
    level         INTEGER     NOT NULL,
    evidence      TEXT,
    PRIMARY KEY (assessment_id, submission, domain_code),
    CONSTRAINT assessment_submitted_answer_submission_positive CHECK (submission >= 1)
);
