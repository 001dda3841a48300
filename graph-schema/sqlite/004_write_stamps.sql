-- Who recorded each node and when, and who changed it last and when (issue 6: protected writes).
-- Principals are API key names (or "system" for seeding and the CLI), never keys or hashes.
-- Times are UTC text in the format of 001 (yyyy-MM-ddTHH:mm:ss.fffffffZ). Rows written before this
-- migration keep NULLs: their history is unknown.
ALTER TABLE actors ADD COLUMN created_by TEXT;
ALTER TABLE actors ADD COLUMN created_at TEXT;
ALTER TABLE actors ADD COLUMN updated_by TEXT;
ALTER TABLE actors ADD COLUMN updated_at TEXT;
ALTER TABLE claims ADD COLUMN created_by TEXT;
ALTER TABLE claims ADD COLUMN created_at TEXT;
ALTER TABLE claims ADD COLUMN updated_by TEXT;
ALTER TABLE claims ADD COLUMN updated_at TEXT;
ALTER TABLE sources ADD COLUMN created_by TEXT;
ALTER TABLE sources ADD COLUMN created_at TEXT;
ALTER TABLE sources ADD COLUMN updated_by TEXT;
ALTER TABLE sources ADD COLUMN updated_at TEXT;
ALTER TABLE statements ADD COLUMN created_by TEXT;
ALTER TABLE statements ADD COLUMN created_at TEXT;
ALTER TABLE statements ADD COLUMN updated_by TEXT;
ALTER TABLE statements ADD COLUMN updated_at TEXT;
