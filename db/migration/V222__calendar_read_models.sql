-- calendar's read model: the bank holidays, so a report can count working days in SQL. A plain projection.

CREATE VIEW calendar_bank_holiday_v AS
SELECT holiday_date, name
  FROM bank_holiday;
