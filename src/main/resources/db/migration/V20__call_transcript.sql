-- What was said on each answered call, both sides, in order (issue 5: transcript stored with each outcome).
CREATE TABLE call_transcript (
    attempt_id  UUID         NOT NULL,
    seq         INT          NOT NULL,
    tenant      VARCHAR(64)  NOT NULL,
    campaign_id VARCHAR(64)  NOT NULL,
    said_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    speaker     VARCHAR(8)   NOT NULL,
    state       VARCHAR(128),
    text        VARCHAR(4000) NOT NULL,
    confidence  DOUBLE PRECISION,
    intent      VARCHAR(128),
    keyed       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (attempt_id, seq)
);

-- The no-match report groups callers' unmatched answers per campaign and state.
CREATE INDEX call_transcript_no_match ON call_transcript (tenant, campaign_id, state, speaker, intent);
