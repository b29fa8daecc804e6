-- API tokens: a named, expiring, revocable credential for an integration, used as "Authorization: Bearer …" on
-- /api/**. Only a SHA-256 hash of the 256-bit random secret is stored; the secret is shown once, at creation.
CREATE TABLE api_token (
    id           BIGSERIAL    PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    hint         VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ,
    revoked_by   VARCHAR(60),
    last_used_at TIMESTAMPTZ,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_expires_after_creation CHECK (expires_at > created_at)
);

CREATE INDEX api_token_user ON api_token (user_id);
