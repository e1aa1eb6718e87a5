-- Tenancy (platform -> merchant -> sub-merchant) and API tokens. Tokens are stored as SHA-256 hex of the
-- random token: the raw token is shown once at creation and never stored.
CREATE TABLE tenant (
    id         VARCHAR(64)  PRIMARY KEY,
    parent_id  VARCHAR(64)  REFERENCES tenant (id),
    kind       VARCHAR(16)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT tenant_kind_ck CHECK (kind IN ('PLATFORM', 'MERCHANT', 'SUB_MERCHANT'))
);
CREATE INDEX tenant_parent_ix ON tenant (parent_id);
INSERT INTO tenant (id, parent_id, kind) VALUES ('platform', NULL, 'PLATFORM');

CREATE TABLE api_token (
    id         VARCHAR(36)  PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (id),
    role       VARCHAR(16)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_role_ck CHECK (role IN ('ADMIN', 'READ'))
);
CREATE INDEX api_token_tenant_ix ON api_token (tenant_id);
