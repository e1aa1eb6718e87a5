-- Issue 14: one customer id type. The ledger and the opt-out list held the customer's id as text; it is the
-- customer's BIGINT id (customer.id), as it always was in value: every writer of these columns wrote the decimal
-- form of customer.id (the tick's candidates, the call's plan and the opt-out all start from a CustomerProfile).
-- The cast fails, and the migration with it, on a value that is not a number, so a row can never be lost or changed
-- silently. One statement form for both databases: H2 and PostgreSQL both take SET DATA TYPE ... USING, and both
-- keep the unique constraint, the primary key and the index that include the column.
ALTER TABLE call_attempt ALTER COLUMN customer_id SET DATA TYPE BIGINT USING CAST(customer_id AS BIGINT);
ALTER TABLE schedule_opt_out ALTER COLUMN customer_id SET DATA TYPE BIGINT USING CAST(customer_id AS BIGINT);
