-- The number of cases in each state and with each indicated band, kept up to date by triggers on
-- funding_case, so the officer queue's counts per state and its list of bands cost one read of a few rows
-- however many cases (closed ones included) there are. Whatever writes funding_case (the application, an
-- import, a correction by hand) keeps them right. The triggers run once per statement, on the rows it
-- changed, so a bulk load changes each count once.
CREATE TABLE casework_case_state_count (
    state VARCHAR(20) PRIMARY KEY,
    cases BIGINT      NOT NULL
);

CREATE TABLE casework_case_band_count (
    band  VARCHAR(20) PRIMARY KEY,
    cases BIGINT      NOT NULL
);

INSERT INTO casework_case_state_count (state, cases)
SELECT s.state, (SELECT count(*) FROM funding_case c WHERE c.state = s.state)
FROM (VALUES ('SUBMITTED'), ('IN_TRIAGE'), ('INFO_REQUESTED'), ('AT_PANEL'), ('AWAITING_APPROVAL'), ('DECIDED'),
             ('FUNDED'), ('REVIEW_DUE'), ('DISPUTED'), ('WITHDRAWN')) AS s(state);

INSERT INTO casework_case_band_count (band, cases)
SELECT indicated_band, count(*) FROM funding_case WHERE indicated_band IS NOT NULL GROUP BY indicated_band;

-- Each applies the changes of one statement: every new row counts +1, every old row -1, per state and per
-- band (a count may go through zero; rows are changed in order of their key, so two transactions cannot
-- deadlock on them).
CREATE FUNCTION casework_case_count_inserted() RETURNS TRIGGER AS $$
BEGIN
    WITH d AS (SELECT state, indicated_band AS band, 1 AS delta FROM new_rows)
    INSERT INTO casework_case_state_count AS c (state, cases)
    SELECT state, sum(delta) FROM d GROUP BY state HAVING sum(delta) <> 0 ORDER BY state
    ON CONFLICT (state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    WITH d AS (SELECT state, indicated_band AS band, 1 AS delta FROM new_rows)
    INSERT INTO casework_case_band_count AS c (band, cases)
    SELECT band, sum(delta) FROM d WHERE band IS NOT NULL GROUP BY band HAVING sum(delta) <> 0 ORDER BY band
    ON CONFLICT (band) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION casework_case_count_deleted() RETURNS TRIGGER AS $$
BEGIN
    WITH d AS (SELECT state, indicated_band AS band, -1 AS delta FROM old_rows)
    INSERT INTO casework_case_state_count AS c (state, cases)
    SELECT state, sum(delta) FROM d GROUP BY state HAVING sum(delta) <> 0 ORDER BY state
    ON CONFLICT (state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    WITH d AS (SELECT state, indicated_band AS band, -1 AS delta FROM old_rows)
    INSERT INTO casework_case_band_count AS c (band, cases)
    SELECT band, sum(delta) FROM d WHERE band IS NOT NULL GROUP BY band HAVING sum(delta) <> 0 ORDER BY band
    ON CONFLICT (band) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION casework_case_count_updated() RETURNS TRIGGER AS $$
BEGIN
    WITH d AS (SELECT state, indicated_band AS band, -1 AS delta FROM old_rows
        UNION ALL SELECT state, indicated_band, 1 FROM new_rows)
    INSERT INTO casework_case_state_count AS c (state, cases)
    SELECT state, sum(delta) FROM d GROUP BY state HAVING sum(delta) <> 0 ORDER BY state
    ON CONFLICT (state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    WITH d AS (SELECT state, indicated_band AS band, -1 AS delta FROM old_rows
        UNION ALL SELECT state, indicated_band, 1 FROM new_rows)
    INSERT INTO casework_case_band_count AS c (band, cases)
    SELECT band, sum(delta) FROM d WHERE band IS NOT NULL GROUP BY band HAVING sum(delta) <> 0 ORDER BY band
    ON CONFLICT (band) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER funding_case_counts_insert
    AFTER INSERT ON funding_case REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_case_count_inserted();

CREATE TRIGGER funding_case_counts_delete
    AFTER DELETE ON funding_case REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_case_count_deleted();

CREATE TRIGGER funding_case_counts_update
    AFTER UPDATE ON funding_case REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_case_count_updated();

CREATE FUNCTION casework_case_count_reset() RETURNS TRIGGER AS $$
BEGIN
    UPDATE casework_case_state_count SET cases = 0;
    UPDATE casework_case_band_count SET cases = 0;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER funding_case_counts_truncate
    AFTER TRUNCATE ON funding_case
    FOR EACH STATEMENT EXECUTE FUNCTION casework_case_count_reset();
