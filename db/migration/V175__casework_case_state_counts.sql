-- The number of cases in each state and with each indicated band, kept up to date by a trigger on
-- funding_case, so the officer queue's counts per state and its list of bands cost one read of a few rows
-- however many cases (closed ones included) there are. Whatever writes funding_case (the application, an
-- import, a correction by hand) keeps them right.
CREATE TABLE casework_case_state_count (
    state VARCHAR(20) PRIMARY KEY,
    cases BIGINT      NOT NULL CHECK (cases >= 0)
);

CREATE TABLE casework_case_band_count (
    band  VARCHAR(20) PRIMARY KEY,
    cases BIGINT      NOT NULL CHECK (cases >= 0)
);

INSERT INTO casework_case_state_count (state, cases)
SELECT s.state, (SELECT count(*) FROM funding_case c WHERE c.state = s.state)
FROM (VALUES ('SUBMITTED'), ('IN_TRIAGE'), ('INFO_REQUESTED'), ('AT_PANEL'), ('AWAITING_APPROVAL'), ('DECIDED'),
             ('FUNDED'), ('REVIEW_DUE'), ('DISPUTED'), ('WITHDRAWN')) AS s(state);

INSERT INTO casework_case_band_count (band, cases)
SELECT indicated_band, count(*) FROM funding_case WHERE indicated_band IS NOT NULL GROUP BY indicated_band;

-- Adds delta to a state's or a band's count (a row is made the first time one is seen).
CREATE FUNCTION casework_case_count_add(counts REGCLASS, changed VARCHAR, delta BIGINT) RETURNS VOID AS $$
BEGIN
    IF changed IS NULL THEN
        RETURN;
    END IF;
    IF counts = 'casework_case_state_count'::regclass THEN
        UPDATE casework_case_state_count SET cases = cases + delta WHERE state = changed;
        IF NOT FOUND THEN
            INSERT INTO casework_case_state_count AS c (state, cases) VALUES (changed, delta)
            ON CONFLICT (state) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
        END IF;
    ELSE
        UPDATE casework_case_band_count SET cases = cases + delta WHERE band = changed;
        IF NOT FOUND THEN
            INSERT INTO casework_case_band_count AS c (band, cases) VALUES (changed, delta)
            ON CONFLICT (band) DO UPDATE SET cases = c.cases + EXCLUDED.cases;
        END IF;
    END IF;
END;
$$ LANGUAGE plpgsql;

-- Moves one case from one value to another. The two rows are always changed in the same order (by value),
-- so two transactions moving cases between the same values cannot deadlock.
CREATE FUNCTION casework_case_count_move(counts REGCLASS, old_value VARCHAR, new_value VARCHAR) RETURNS VOID AS $$
BEGIN
    IF old_value IS NOT DISTINCT FROM new_value THEN
        RETURN;
    END IF;
    IF old_value IS NOT NULL AND (new_value IS NULL OR old_value < new_value) THEN
        PERFORM casework_case_count_add(counts, old_value, -1);
        PERFORM casework_case_count_add(counts, new_value, 1);
    ELSE
        PERFORM casework_case_count_add(counts, new_value, 1);
        PERFORM casework_case_count_add(counts, old_value, -1);
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION casework_case_count_track() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casework_case_count_move('casework_case_state_count', NULL, NEW.state);
        PERFORM casework_case_count_move('casework_case_band_count', NULL, NEW.indicated_band);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM casework_case_count_move('casework_case_state_count', OLD.state, NULL);
        PERFORM casework_case_count_move('casework_case_band_count', OLD.indicated_band, NULL);
    ELSE
        PERFORM casework_case_count_move('casework_case_state_count', OLD.state, NEW.state);
        PERFORM casework_case_count_move('casework_case_band_count', OLD.indicated_band, NEW.indicated_band);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER funding_case_counts
    AFTER INSERT OR DELETE OR UPDATE OF state, indicated_band ON funding_case
    FOR EACH ROW EXECUTE FUNCTION casework_case_count_track();

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
