-- Reference data, the GIAS type-to-category mapping, and pupils.

-- DfE ethnicity codes (school census main codes).
CREATE TABLE ethnicity (
    code        VARCHAR(4)   PRIMARY KEY,
    description VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    CONSTRAINT ethnicity_code_format CHECK (code ~ '^[A-Z]{4}$')
);

INSERT INTO ethnicity (code, description, position) VALUES
    ('WBRI', 'White - British', 1),
    ('WIRI', 'White - Irish', 2),
    ('WIRT', 'Traveller of Irish heritage', 3),
    ('WROM', 'Gypsy / Roma', 4),
    ('WOTH', 'Any other White background', 5),
    ('MWBC', 'White and Black Caribbean', 6),
    ('MWBA', 'White and Black African', 7),
    ('MWAS', 'White and Asian', 8),
    ('MOTH', 'Any other mixed background', 9),
    ('AIND', 'Indian', 10),
    ('APKN', 'Pakistani', 11),
    ('ABAN', 'Bangladeshi', 12),
    ('AOTH', 'Any other Asian background', 13),
    ('BCRB', 'Black Caribbean', 14),
    ('BAFR', 'Black - African', 15),
    ('BOTH', 'Any other Black background', 16),
    ('CHNE', 'Chinese', 17),
    ('OOTH', 'Any other ethnic group', 18),
    ('REFU', 'Refused', 19),
    ('NOBT', 'Information not yet obtained', 20);

-- SEN2 type of need codes.
CREATE TABLE sen_need (
    code        VARCHAR(4)   PRIMARY KEY,
    description VARCHAR(120) NOT NULL,
    position    INTEGER      NOT NULL
);

INSERT INTO sen_need (code, description, position) VALUES
    ('SPLD', 'Specific learning difficulty', 1),
    ('MLD', 'Moderate learning difficulty', 2),
    ('SLD', 'Severe learning difficulty', 3),
    ('PMLD', 'Profound and multiple learning difficulty', 4),
    ('SEMH', 'Social, emotional and mental health', 5),
    ('SLCN', 'Speech, language and communication needs', 6),
    ('HI', 'Hearing impairment', 7),
    ('VI', 'Vision impairment', 8),
    ('MSI', 'Multi-sensory impairment', 9),
    ('PD', 'Physical disability', 10),
    ('ASD', 'Autistic spectrum disorder', 11),
    ('DS', 'Down syndrome', 12),
    ('OTH', 'Other difficulty or disability', 13),
    ('NSA', 'SEN support but no specialist assessment of type of need', 14);

-- How a GIAS "type of establishment" maps to an OpenBand setting category; administrators change it.
CREATE TABLE establishment_type_category (
    type_of_establishment VARCHAR(120) PRIMARY KEY,
    category              VARCHAR(30)  NOT NULL,
    CONSTRAINT establishment_type_not_blank CHECK (length(trim(type_of_establishment)) > 0),
    CONSTRAINT establishment_type_category_known CHECK (category IN ('MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL',
        'ALTERNATIVE_PROVISION', 'EARLY_YEARS', 'POST_16'))
);

INSERT INTO establishment_type_category (type_of_establishment, category) VALUES
    ('Community school', 'MAINSTREAM'),
    ('Foundation school', 'MAINSTREAM'),
    ('Voluntary aided school', 'MAINSTREAM'),
    ('Voluntary controlled school', 'MAINSTREAM'),
    ('Academy converter', 'MAINSTREAM'),
    ('Academy sponsor led', 'MAINSTREAM'),
    ('Free schools', 'MAINSTREAM'),
    ('University technical college', 'MAINSTREAM'),
    ('Studio schools', 'MAINSTREAM'),
    ('City technology college', 'MAINSTREAM'),
    ('Community special school', 'SPECIAL'),
    ('Foundation special school', 'SPECIAL'),
    ('Non-maintained special school', 'SPECIAL'),
    ('Academy special converter', 'SPECIAL'),
    ('Academy special sponsor led', 'SPECIAL'),
    ('Free schools special', 'SPECIAL'),
    ('Pupil referral unit', 'ALTERNATIVE_PROVISION'),
    ('Academy alternative provision converter', 'ALTERNATIVE_PROVISION'),
    ('Academy alternative provision sponsor led', 'ALTERNATIVE_PROVISION'),
    ('Free schools alternative provision', 'ALTERNATIVE_PROVISION'),
    ('Local authority nursery school', 'EARLY_YEARS'),
    ('Further education', 'POST_16'),
    ('Sixth form centres', 'POST_16'),
    ('Academy 16-19 converter', 'POST_16'),
    ('Academy 16-19 sponsor led', 'POST_16'),
    ('Free schools 16 to 19', 'POST_16');

CREATE TABLE pupil (
    id              BIGSERIAL PRIMARY KEY,
    upn             VARCHAR(13)  NOT NULL,
    temporary_upn   BOOLEAN      NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    preferred_name  VARCHAR(100),
    date_of_birth   DATE         NOT NULL,
    sex             VARCHAR(1)   NOT NULL,
    ethnicity       VARCHAR(4)   NOT NULL REFERENCES ethnicity (code),
    primary_need    VARCHAR(4)   NOT NULL REFERENCES sen_need (code),
    secondary_need  VARCHAR(4)   REFERENCES sen_need (code),
    ehc_status      VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    ehc_status_date DATE,
    setting_id      BIGINT       NOT NULL REFERENCES setting (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pupil_upn_unique UNIQUE (upn),
    CONSTRAINT pupil_upn_format CHECK (upn ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
    CONSTRAINT pupil_temporary_flag CHECK (temporary_upn = (upn ~ '[A-Z]$')),
    CONSTRAINT pupil_names_not_blank CHECK (length(trim(first_name)) > 0 AND length(trim(last_name)) > 0),
    CONSTRAINT pupil_sex_known CHECK (sex IN ('F', 'M', 'U')),
    CONSTRAINT pupil_needs_differ CHECK (secondary_need IS NULL OR secondary_need <> primary_need),
    CONSTRAINT pupil_ehc_status_known CHECK (ehc_status IN ('NONE', 'REQUESTED', 'IN_ASSESSMENT', 'PLAN_ISSUED')),
    CONSTRAINT pupil_ehc_date_with_status CHECK ((ehc_status = 'NONE') = (ehc_status_date IS NULL))
);

CREATE INDEX pupil_setting_ix ON pupil (setting_id);
CREATE INDEX pupil_last_name_ix ON pupil (lower(last_name));
