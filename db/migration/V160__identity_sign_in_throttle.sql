-- Sign-in throttling replaces the account lockout: failed sign-ins are counted per username (stored only as a
-- SHA-256 hash, whether or not such a user exists) and per client address, with exponential back-off.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(100) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMPTZ  NOT NULL,
    blocked_until   TIMESTAMPTZ,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (throttle_key)
);

CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

-- The old lockout's state: an administrator locks an account deliberately by disabling it.
ALTER TABLE app_user DROP COLUMN failed_sign_ins;
ALTER TABLE app_user DROP COLUMN locked_until;
