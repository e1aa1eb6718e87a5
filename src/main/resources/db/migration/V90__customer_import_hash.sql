-- Issue 15: the content hash of the import row that last wrote each customer, so a re-import skips rows whose raw
-- content (and the import options that shape their result) did not change, before parsing them. NULL = unknown: every
-- customer stored before this version, and every customer a writer other than the import changed since (each such
-- writer sets it to NULL in the same statement), is parsed and merged as before.
ALTER TABLE customer ADD COLUMN import_hash BIGINT;
