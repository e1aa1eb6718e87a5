-- The attempt ledger (DESIGN.md section 4): one row per call attempt, created before the Originate.
-- state: QUEUED -> DIALING -> IN_CALL -> FINISHED | UNKNOWN | CANCELLED.
CREATE TABLE call_attempt (
    id               UUID          PRIMARY KEY,
    tenant           VARCHAR(64)   NOT NULL,
    campaign_id      VARCHAR(128)  NOT NULL,
    campaign_version VARCHAR(64)   NOT NULL,
    customer_id      VARCHAR(128)  NOT NULL,
    attempt_no       INTEGER       NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    result           VARCHAR(32),
    q850_cause       INTEGER,
    outcome          VARCHAR(128),
    is_final         BOOLEAN       NOT NULL DEFAULT FALSE,
    stop_reason      VARCHAR(32),
    lease_owner      VARCHAR(128),
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    node_id          VARCHAR(128),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    dialed_at        TIMESTAMP WITH TIME ZONE,
    answered_at      TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    next_retry_at    TIMESTAMP WITH TIME ZONE,
    callback_at      TIMESTAMP WITH TIME ZONE,
    state_path       VARCHAR(4000),
    CONSTRAINT uq_call_attempt_no UNIQUE (campaign_id, customer_id, attempt_no)
);
CREATE INDEX ix_call_attempt_tenant_customer ON call_attempt (tenant, customer_id, created_at);
CREATE INDEX ix_call_attempt_tenant_created ON call_attempt (tenant, created_at);
CREATE INDEX ix_call_attempt_open ON call_attempt (state, lease_expires_at);

-- Customers who said "do not call me" on a call: checked again at the moment of dialing, so an opt-out
-- stops every campaign of the tenant at once, even one whose tick read its audience before the opt-out.
CREATE TABLE schedule_opt_out (
    tenant      VARCHAR(64)  NOT NULL,
    customer_id VARCHAR(128) NOT NULL,
    opted_out_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, customer_id)
);
