-- Baseline: keeps an empty application schema migratable. Versions by owner:
-- V1..V9 customer store, V10..V19 call ledger / schedule, V20..V29 call outcomes / transcripts,
-- V30..V39 webhook outbox, V40..V49 API tokens / tenancy.
CREATE TABLE callbot_info (
    k VARCHAR(64) PRIMARY KEY,
    v VARCHAR(256) NOT NULL
);
INSERT INTO callbot_info (k, v) VALUES ('schema_family', 'callbot');
