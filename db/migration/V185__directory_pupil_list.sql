-- The pupil list at any size. Its order (last name, first name, id) comes from an index, so a page of 25 is
-- read from the index instead of sorting every pupil; the second index serves a SENCO's list (one setting).
CREATE INDEX pupil_name_order_ix ON pupil (last_name, first_name, id);
CREATE INDEX pupil_setting_name_order_ix ON pupil (setting_id, last_name, first_name, id);

-- How many pupils each setting has, kept up to date by triggers on pupil (as the case counts of V175), so the
-- list's total without a search costs a read of a few rows instead of counting every pupil. Whatever writes
-- pupil keeps it right; the triggers run once per statement, on the rows it changed.
CREATE TABLE directory_pupil_count (
    setting_id BIGINT PRIMARY KEY,
    pupils     BIGINT NOT NULL
);

INSERT INTO directory_pupil_count (setting_id, pupils)
SELECT setting_id, count(*) FROM pupil GROUP BY setting_id;

-- Each applies the changes of one statement: every new row counts +1 for its setting, every old row -1 (rows
-- are changed in order of their key, so two transactions cannot deadlock on them).
CREATE FUNCTION directory_pupil_count_inserted() RETURNS TRIGGER AS $$
BEGIN
    INSERT INTO directory_pupil_count AS c (setting_id, pupils)
    SELECT setting_id, count(*) FROM new_rows GROUP BY setting_id ORDER BY setting_id
    ON CONFLICT (setting_id) DO UPDATE SET pupils = c.pupils + EXCLUDED.pupils;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION directory_pupil_count_deleted() RETURNS TRIGGER AS $$
BEGIN
    INSERT INTO directory_pupil_count AS c (setting_id, pupils)
    SELECT setting_id, -count(*) FROM old_rows GROUP BY setting_id ORDER BY setting_id
    ON CONFLICT (setting_id) DO UPDATE SET pupils = c.pupils + EXCLUDED.pupils;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION directory_pupil_count_updated() RETURNS TRIGGER AS $$
BEGIN
    WITH d AS (SELECT setting_id, -1 AS delta FROM old_rows UNION ALL SELECT setting_id, 1 FROM new_rows)
    INSERT INTO directory_pupil_count AS c (setting_id, pupils)
    SELECT setting_id, sum(delta) FROM d GROUP BY setting_id HAVING sum(delta) <> 0 ORDER BY setting_id
    ON CONFLICT (setting_id) DO UPDATE SET pupils = c.pupils + EXCLUDED.pupils;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pupil_count_insert
    AFTER INSERT ON pupil REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION directory_pupil_count_inserted();

CREATE TRIGGER pupil_count_delete
    AFTER DELETE ON pupil REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION directory_pupil_count_deleted();

CREATE TRIGGER pupil_count_update
    AFTER UPDATE ON pupil REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION directory_pupil_count_updated();

CREATE FUNCTION directory_pupil_count_reset() RETURNS TRIGGER AS $$
BEGIN
    UPDATE directory_pupil_count SET pupils = 0;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER pupil_count_truncate
    AFTER TRUNCATE ON pupil
    FOR EACH STATEMENT EXECUTE FUNCTION directory_pupil_count_reset();
