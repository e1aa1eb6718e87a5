-- Which file of campaigns.dir holds which campaign, and the bytes of the version in force from it (issue 13). With it
-- the owner of a (tenant, id) claimed by two files stays the owner across restarts, and a file whose latest edit is
-- invalid runs its last valid version again after a restart instead of silently stopping. One row per file; the
-- file's own name (campaigns.dir is not recursive). held_since orders two rows naming one campaign: the older wins.
CREATE TABLE campaign_file (
    file_name   VARCHAR(255) PRIMARY KEY,
    tenant      VARCHAR(64)  NOT NULL,
    campaign_id VARCHAR(128) NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    content     VARCHAR      NOT NULL,
    held_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_campaign_file_campaign ON campaign_file (tenant, campaign_id);
