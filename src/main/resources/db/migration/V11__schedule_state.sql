-- Why a customer was left out of a campaign's tick: only the latest reason per (campaign, customer),
-- so the table stays as large as the audience. "since" is when that reason first applied.
CREATE TABLE schedule_skip (
    campaign_id VARCHAR(128) NOT NULL,
    customer_id VARCHAR(128) NOT NULL,
    tenant      VARCHAR(64)  NOT NULL,
    reason      VARCHAR(32)  NOT NULL,
    detail      VARCHAR(512),
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
);

-- Campaign lifecycle: scheduled, running, paused, completed, cancelled.
CREATE TABLE campaign_state (
    campaign_id VARCHAR(128) PRIMARY KEY,
    tenant      VARCHAR(64)  NOT NULL,
    version     VARCHAR(64)  NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
