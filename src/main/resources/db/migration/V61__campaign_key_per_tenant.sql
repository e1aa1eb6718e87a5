-- Campaign ids are unique per tenant only (issue 13): two merchants may both run `spring-sale`. Every table that holds
-- campaign data is keyed by (tenant, campaign_id). Rows already carry the tenant their campaign file named when they
-- were written (campaign_state.tenant, call_attempt.tenant, ...), so the data carries over as it is; only the keys
-- change. campaign_version, call_transcript and webhook_outbox already start their keys with the tenant.

-- campaign_state: primary key (tenant, campaign_id). A new table, because the old primary key's name differs
-- between H2 and PostgreSQL.
CREATE TABLE campaign_state_by_tenant (
    tenant      VARCHAR(64)  NOT NULL,
    campaign_id VARCHAR(128) NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, campaign_id)
);
INSERT INTO campaign_state_by_tenant (tenant, campaign_id, version, state, updated_at)
    SELECT tenant, campaign_id, version, state, updated_at FROM campaign_state;
DROP TABLE campaign_state;
ALTER TABLE campaign_state_by_tenant RENAME TO campaign_state;

-- the ledger's claim: one row per (tenant, campaign, customer, attempt_no)
ALTER TABLE call_attempt DROP CONSTRAINT uq_call_attempt_no;
ALTER TABLE call_attempt ADD CONSTRAINT uq_call_attempt_no UNIQUE (tenant, campaign_id, customer_id, attempt_no);

-- a campaign's calls, newest first
DROP INDEX ix_call_attempt_campaign_ended;
CREATE INDEX ix_call_attempt_campaign_ended ON call_attempt (tenant, campaign_id, ended_at DESC, id DESC);
