-- Schools and other settings that educate children with SEND.
CREATE TABLE setting (
    id                    BIGSERIAL PRIMARY KEY,
    urn                   VARCHAR(6)   NOT NULL,
    laestab               VARCHAR(7),
    name                  VARCHAR(200) NOT NULL,
    type_of_establishment VARCHAR(120),
    phase                 VARCHAR(60),
    status                VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    category              VARCHAR(30)  NOT NULL,
    postcode              VARCHAR(10),
    host_setting_id       BIGINT REFERENCES setting (id),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT setting_urn_unique UNIQUE (urn),
    CONSTRAINT setting_urn_digits CHECK (urn ~ '^[0-9]{6}$'),
    CONSTRAINT setting_laestab_digits CHECK (laestab IS NULL OR laestab ~ '^[0-9]{7}$'),
    CONSTRAINT setting_status_known CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT setting_category_known CHECK (category IN ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL',
        'ALTERNATIVE_PROVISION', 'EARLY_YEARS', 'POST_16')),
    CONSTRAINT setting_not_own_host CHECK (host_setting_id IS NULL OR host_setting_id <> id)
);

CREATE INDEX setting_name_ix ON setting (lower(name));
