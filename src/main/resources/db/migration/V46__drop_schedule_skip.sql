-- The skip log (one row per customer left out of a tick) is gone: ticks dial from a per-campaign dialing queue
-- and no longer look at the whole audience, and `why` works out the reason on demand.
DROP TABLE schedule_skip;
