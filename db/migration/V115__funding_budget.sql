-- The high needs top-up budget: what the LA plans to spend in a financial year on each category of setting.
-- A category with no row has no budget for that year. Recorded by finance officers; every change is audited.
CREATE TABLE funding_budget (
    financial_year  INT            NOT NULL,
    category        VARCHAR(30)    NOT NULL,
    amount          NUMERIC(12, 2) NOT NULL,
    updated_by      VARCHAR(100)   NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (financial_year, category),
    CONSTRAINT funding_budget_year_sensible CHECK (financial_year BETWEEN 2000 AND 2199),
    CONSTRAINT funding_budget_category_known CHECK (category IN ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL',
        'ALTERNATIVE_PROVISION', 'EARLY_YEARS', 'POST_16')),
    CONSTRAINT funding_budget_amount_positive CHECK (amount > 0),
    CONSTRAINT funding_budget_scale CHECK (scale(amount) = 2)
);

