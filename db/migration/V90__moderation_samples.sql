-- Moderation: each calendar month a random share of the cases decided that month is drawn for a blind
-- re-score. The draw is reproducible: the seed, the share and the size of the population are kept, and
-- the cases were shuffled with java.util.Random(seed) in id order (see ModerationSampling).
CREATE TABLE moderation_sample (
    id           BIGSERIAL PRIMARY KEY,
    month        DATE         NOT NULL,
    seed         BIGINT       NOT NULL,
    percent      INT          NOT NULL,
    population   INT          NOT NULL,
    drawn_by     VARCHAR(100) NOT NULL,
    drawn_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT moderation_sample_once_a_month UNIQUE (month),
    CONSTRAINT moderation_sample_first_of_month CHECK (extract(day FROM month) = 1),
    CONSTRAINT moderation_sample_percent_range CHECK (percent BETWEEN 1 AND 100),
    CONSTRAINT moderation_sample_population_non_negative CHECK (population >= 0)
);

-- A sampled case, with who decided it (and the panel meeting, when the panel decided it) as it was drawn.
CREATE TABLE moderation_case (
    case_id          BIGINT       PRIMARY KEY REFERENCES funding_case (id),
    sample_id        BIGINT       NOT NULL REFERENCES moderation_sample (id),
    decision_id      BIGINT       NOT NULL REFERENCES case_decision (id),
    decided_by       VARCHAR(100) NOT NULL,
    panel_meeting_id BIGINT       REFERENCES panel_meeting (id),
    decided_at       TIMESTAMPTZ  NOT NULL,
    moderator        VARCHAR(100),
    scored_at        TIMESTAMPTZ,
    note             VARCHAR(2000),
    noted_at         TIMESTAMPTZ,
    CONSTRAINT moderation_case_scored_together CHECK ((moderator IS NULL) = (scored_at IS NULL)),
    CONSTRAINT moderation_case_moderator_not_decider CHECK (moderator IS NULL OR moderator <> decided_by),
    CONSTRAINT moderation_case_note_after_score CHECK (note IS NULL OR scored_at IS NOT NULL)
);

CREATE INDEX moderation_case_sample_ix ON moderation_case (sample_id);

-- The blind level per domain beside the decided level (the school's level, or the panel's moderated level)
-- kept as it was when the blind score was saved.
CREATE TABLE moderation_domain (
    case_id       BIGINT      NOT NULL REFERENCES moderation_case (case_id),
    domain_code   VARCHAR(30) NOT NULL,
    blind_level   INT         NOT NULL,
    decided_level INT         NOT NULL,
    agrees        BOOLEAN     GENERATED ALWAYS AS (blind_level = decided_level) STORED,
    PRIMARY KEY (case_id, domain_code),
    CONSTRAINT moderation_domain_levels_non_negative CHECK (blind_level >= 0 AND decided_level >= 0)
);
