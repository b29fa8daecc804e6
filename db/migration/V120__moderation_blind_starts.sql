-- Who has opened the blind re-score of a sampled case. While the case is not yet scored, each of them is
-- refused the case page and the case API for it, so what they score stays blind to the decided levels.
CREATE TABLE moderation_blind_start (
    case_id     BIGINT       NOT NULL REFERENCES moderation_case (case_id),
    username    VARCHAR(100) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, username),
    CONSTRAINT moderation_blind_start_username_not_blank CHECK (length(trim(username)) > 0)
);
