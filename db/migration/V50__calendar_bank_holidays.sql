-- England and Wales bank holidays, the days (besides weekends) that are not working days for
-- stage targets. Administrators add and remove them at /admin/bank-holidays.
--
-- Seeded from the official GOV.UK list for England and Wales (https://www.gov.uk/bank-holidays).
-- A bank holiday that falls on a weekend is replaced by a "substitute day", always a weekday:
--   2026: Boxing Day is a Saturday        -> Monday 28 December
--   2027: Christmas Day is a Saturday     -> Monday 27 December
--         Boxing Day is a Sunday          -> Tuesday 28 December
--   2028: New Year's Day is a Saturday    -> Monday 3 January
-- GOV.UK publishes about two years ahead; the 2028 dates follow the usual rules (Easter 2028 is
-- Sunday 16 April) and should be checked against GOV.UK once it lists 2028, as should any
-- one-off holiday it announces (an administrator adds those on the page).
CREATE TABLE bank_holiday (
    holiday_date DATE         PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT bank_holiday_name_present CHECK (length(btrim(name)) > 0),
    -- A holiday on a weekend changes nothing: the substitute weekday is what is listed.
    CONSTRAINT bank_holiday_on_a_weekday CHECK (extract(isodow FROM holiday_date) < 6)
);

INSERT INTO bank_holiday (holiday_date, name) VALUES
    ('2024-01-01', 'New Year’s Day'),
    ('2024-03-29', 'Good Friday'),
    ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May bank holiday'),
    ('2024-05-27', 'Spring bank holiday'),
    ('2024-08-26', 'Summer bank holiday'),
    ('2024-12-25', 'Christmas Day'),
    ('2024-12-26', 'Boxing Day'),

    ('2025-01-01', 'New Year’s Day'),
    ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'),
    ('2025-05-26', 'Spring bank holiday'),
    ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'),
    ('2025-12-26', 'Boxing Day'),

    ('2026-01-01', 'New Year’s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),

    ('2027-01-01', 'New Year’s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)'),

    ('2028-01-03', 'New Year’s Day (substitute day)'),
    ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'),
    ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'),
    ('2028-08-28', 'Summer bank holiday'),
    ('2028-12-25', 'Christmas Day'),
    ('2028-12-26', 'Boxing Day');
