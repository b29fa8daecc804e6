-- V100's no-overlap constraint built daterange(start_date, end_date, '[]'). An agreement ended
-- before it began has end_date = start_date - 1, and that range is an error in PostgreSQL
-- ("range lower bound must be less than or equal to range upper bound"), so such an agreement
-- could never be saved. The same days as a half-open range, [start_date, end_date + 1), are
-- empty for it (it funds no days and overlaps nothing) and identical for every other agreement.
ALTER TABLE funding_agreement DROP CONSTRAINT funding_agreement_no_overlap;
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_no_overlap EXCLUDE USING gist (
    int8range(pupil_id, pupil_id, '[]') WITH &&,
    int8range(setting_id, setting_id, '[]') WITH &&,
    daterange(start_date, end_date + 1, '[)') WITH &&);
