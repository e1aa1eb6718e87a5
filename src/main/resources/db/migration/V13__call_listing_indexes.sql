-- The API lists calls newest first with keyset pagination on (ended_at, id) (see ApiBench in BENCHMARKS.md):
-- one tenant walks the first index; a merchant with sub-merchants walks the second and filters by tenant.
CREATE INDEX ix_call_attempt_tenant_ended ON call_attempt (tenant, ended_at DESC, id DESC);
CREATE INDEX ix_call_attempt_ended ON call_attempt (ended_at DESC, id DESC);
CREATE INDEX ix_call_attempt_campaign_ended ON call_attempt (campaign_id, ended_at DESC, id DESC);
