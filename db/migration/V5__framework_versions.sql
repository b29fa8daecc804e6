-- Versions of matrix frameworks and banding tables: draft -> published -> retired.
-- Each row holds the version's canonical interchange JSON (text, so an export is byte-for-byte
-- what was published) and the columns needed to find a version. Published versions are immutable.
CREATE TABLE framework_version (
    id              BIGSERIAL PRIMARY KEY,
    version_key     VARCHAR(100) NOT NULL,
    version         VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    state           VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    change_note     TEXT,
    document        TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    published_at    TIMESTAMPTZ,
    published_by    VARCHAR(100),
    retired_at      TIMESTAMPTZ,
    retired_by      VARCHAR(100),
    lock_version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT framework_version_key_version_ux UNIQUE (version_key, version),
    CONSTRAINT framework_version_state_known CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT framework_version_published_stamped
        CHECK (state = 'DRAFT' OR (published_at IS NOT NULL AND published_by IS NOT NULL)),
    CONSTRAINT framework_version_retired_stamped
        CHECK (state <> 'RETIRED' OR (retired_at IS NOT NULL AND retired_by IS NOT NULL)),
    CONSTRAINT framework_version_dates CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT framework_version_document_not_blank CHECK (length(trim(document)) > 0)
);

CREATE TABLE banding_version (
    id                  BIGSERIAL PRIMARY KEY,
    version_key         VARCHAR(100) NOT NULL,
    version             VARCHAR(60)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    state               VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    effective_from      DATE         NOT NULL,
    effective_to        DATE,
    change_note         TEXT,
    document            TEXT         NOT NULL,
    framework_key       VARCHAR(100) NOT NULL,
    framework_versions  TEXT         NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    published_at        TIMESTAMPTZ,
    published_by        VARCHAR(100),
    retired_at          TIMESTAMPTZ,
    retired_by          VARCHAR(100),
    lock_version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT banding_version_key_version_ux UNIQUE (version_key, version),
    CONSTRAINT banding_version_state_known CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT banding_version_published_stamped
        CHECK (state = 'DRAFT' OR (published_at IS NOT NULL AND published_by IS NOT NULL)),
    CONSTRAINT banding_version_retired_stamped
        CHECK (state <> 'RETIRED' OR (retired_at IS NOT NULL AND retired_by IS NOT NULL)),
    CONSTRAINT banding_version_dates CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT banding_version_document_not_blank CHECK (length(trim(document)) > 0)
);

CREATE INDEX framework_version_state_ix ON framework_version (state, effective_from);
CREATE INDEX banding_version_framework_ix ON banding_version (framework_key, state, effective_from);

-- A draft may change freely and be deleted. A published version may only be retired (state,
-- retired_at, retired_by and the lock version change; nothing else). A retired version never
-- changes. Neither a published nor a retired version may be deleted.
CREATE FUNCTION catalogue_version_guard() RETURNS trigger AS $$
DECLARE
    allowed CONSTANT text[] := ARRAY['state', 'retired_at', 'retired_by', 'lock_version'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state <> 'DRAFT' THEN
            RAISE EXCEPTION '% % of "%" is %: a published version cannot be deleted',
                TG_TABLE_NAME, OLD.version, OLD.version_key, OLD.state
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.state = 'DRAFT' THEN
        RETURN NEW;
    END IF;
    IF to_jsonb(NEW) = to_jsonb(OLD) THEN
        RETURN NEW;
    END IF;
    IF OLD.state = 'PUBLISHED' AND NEW.state = 'RETIRED'
            AND (to_jsonb(NEW) - allowed) = (to_jsonb(OLD) - allowed) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% % of "%" is %: its content cannot be changed (publish a new version instead)',
        TG_TABLE_NAME, OLD.version, OLD.version_key, OLD.state
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER framework_version_guard
    BEFORE UPDATE OR DELETE ON framework_version
    FOR EACH ROW EXECUTE FUNCTION catalogue_version_guard();

CREATE TRIGGER banding_version_guard
    BEFORE UPDATE OR DELETE ON banding_version
    FOR EACH ROW EXECUTE FUNCTION catalogue_version_guard();
