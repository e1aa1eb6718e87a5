-- A token's name (who or what uses it: "ops-alice", "crm-sync"), shown by tokens list and in the audit log lines of
-- control actions; tokens created before it have none (the audit line names their id).
ALTER TABLE api_token ADD COLUMN name VARCHAR(64);
