-- People who sign in to OpenBand, with one role each; a SENCO belongs to one setting.
CREATE TABLE app_user (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    email               VARCHAR(200),
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(20)  NOT NULL,
    setting_id          BIGINT REFERENCES setting (id),
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    demo                BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_sign_ins     INTEGER      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    last_signed_in_at   TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_role_known CHECK (role IN ('SENCO', 'CASE_OFFICER', 'PANEL_MEMBER', 'SEND_MANAGER',
        'FINANCE_OFFICER', 'ADMIN')),
    CONSTRAINT app_user_senco_has_setting CHECK (role <> 'SENCO' OR setting_id IS NOT NULL),
    CONSTRAINT app_user_failed_not_negative CHECK (failed_sign_ins >= 0),
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,59}$')
);

CREATE UNIQUE INDEX app_user_username_ux ON app_user (lower(username));
