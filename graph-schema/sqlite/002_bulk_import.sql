-- Bulk import: where an interrupted import of a file resumes. Written in the same transaction as
-- each batch, deleted with the last one.
CREATE TABLE import_checkpoints (
    key         TEXT PRIMARY KEY,
    byte_offset INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    file_length INTEGER NOT NULL,
    records     INTEGER NOT NULL
);

-- Paged statements of one actor, claim or source come in id order: without these, the first page
-- of a prolific actor sorted all of its statements.
CREATE INDEX ix_statements_actor_id ON statements (actor_id, id);
CREATE INDEX ix_statements_claim_id ON statements (claim_id, id);
CREATE INDEX ix_statements_source_id ON statements (source_id, id);
-- Superseded by the two above (same leading column).
DROP INDEX ix_statements_actor;
DROP INDEX ix_statements_source;

-- Writers that already give effective_at (bulk import computes it in the INSERT) skip the second
-- write of the row; the result is the same.
DROP TRIGGER statements_effective_at_after_insert;
CREATE TRIGGER statements_effective_at_after_insert AFTER INSERT ON statements
WHEN new.effective_at IS NOT coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id)) BEGIN
    UPDATE statements SET effective_at = coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id))
    WHERE seq = new.seq;
END;

DROP TRIGGER statements_effective_at_after_update;
CREATE TRIGGER statements_effective_at_after_update AFTER UPDATE OF stated_at, source_id ON statements
WHEN new.effective_at IS NOT coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id)) BEGIN
    UPDATE statements SET effective_at = coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id))
    WHERE seq = new.seq;
END;
