-- Every content version of a campaign file the servers loaded, numbered 1, 2, 3... per campaign in the order they
-- were first seen, so people can say "v3" instead of a SHA-256; edited_at is the file's modification time.
CREATE TABLE campaign_version (
    tenant        VARCHAR(64)  NOT NULL,
    campaign_id   VARCHAR(128) NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    version_no    INTEGER      NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, campaign_id, version),
    CONSTRAINT uq_campaign_version_no UNIQUE (tenant, campaign_id, version_no)
);
