-- Most statements are not relayed and name no origin source (at 1M statements about 9% have each of
-- these columns set), so the indexes on them hold only the rows that have a value. Every read on
-- these columns compares them with a value (=, IN), which implies IS NOT NULL, so SQLite uses the
-- partial indexes for the same reads (checked with EXPLAIN QUERY PLAN, bundled SQLite 3.53: the
-- nested lists, the reference counts, actor merges and the foreign-key scan on delete); a bulk
-- import's rebuild sorts a tenth of the rows for each, and every live insert skips two index writes.
DROP INDEX IF EXISTS ix_statements_relayed_through;
CREATE INDEX ix_statements_relayed_through ON statements (relayed_through_id) WHERE relayed_through_id IS NOT NULL;
DROP INDEX IF EXISTS ix_statements_relayed_by;
CREATE INDEX ix_statements_relayed_by ON statements (relayed_by_id) WHERE relayed_by_id IS NOT NULL;
DROP INDEX IF EXISTS ix_statements_origin_source;
CREATE INDEX ix_statements_origin_source ON statements (origin_source_id) WHERE origin_source_id IS NOT NULL;
