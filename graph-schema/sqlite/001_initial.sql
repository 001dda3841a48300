-- ClaimGraph SQLite schema, version 1.
-- Ids are the domain's string ids; seq gives a stable insertion order that VACUUM keeps.
-- Enums are stored by name, times as fixed-width UTC ISO-8601 text (sortable) plus the
-- original offset in minutes. Foreign keys are deferred: an import may write records in any
-- order, and integrity is checked when the transaction commits.

CREATE TABLE actors (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    sort_name       TEXT NOT NULL,
    language        TEXT NOT NULL COLLATE NOCASE,
    kind            TEXT NOT NULL,
    description     TEXT,
    affiliation_id  TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    role            TEXT,
    scope_source_id TEXT REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_actors_affiliation ON actors (affiliation_id);
CREATE INDEX ix_actors_scope_source ON actors (scope_source_id);
CREATE INDEX ix_actors_kind ON actors (kind);
CREATE INDEX ix_actors_sort_name ON actors (sort_name, id);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ordinal  INTEGER NOT NULL,
    name     TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (actor_id, ordinal)
);

CREATE TABLE claims (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    text      TEXT NOT NULL,
    sort_text TEXT NOT NULL,
    language  TEXT NOT NULL COLLATE NOCASE,
    summary   TEXT
);
CREATE INDEX ix_claims_language ON claims (language);
CREATE INDEX ix_claims_sort_text ON claims (sort_text, id);

CREATE TABLE claim_translations (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ordinal  INTEGER NOT NULL,
    language TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (claim_id, ordinal)
);

CREATE TABLE claim_links (
    from_claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    to_claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind          TEXT NOT NULL,
    note          TEXT,
    PRIMARY KEY (from_claim_id, to_claim_id, kind)
);
CREATE INDEX ix_claim_links_to ON claim_links (to_claim_id, kind);

CREATE TABLE sources (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    sort_title       TEXT NOT NULL,
    language         TEXT NOT NULL COLLATE NOCASE,
    url              TEXT,
    publisher_id     TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    author_id        TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    published_at     TEXT,
    published_offset INTEGER,
    text             TEXT
);
CREATE INDEX ix_sources_publisher ON sources (publisher_id);
CREATE INDEX ix_sources_author ON sources (author_id);
CREATE INDEX ix_sources_kind ON sources (kind);
CREATE INDEX ix_sources_language ON sources (language);
CREATE INDEX ix_sources_published_at ON sources (published_at, id);
CREATE INDEX ix_sources_sort_title ON sources (sort_title, id);

CREATE TABLE source_citations (
    source_id       TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ordinal         INTEGER NOT NULL,
    cited_source_id TEXT NOT NULL REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (source_id, ordinal)
);
CREATE INDEX ix_source_citations_cited ON source_citations (cited_source_id);

CREATE TABLE statements (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    actor_id           TEXT NOT NULL REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    claim_id           TEXT NOT NULL REFERENCES claims (id) DEFERRABLE INITIALLY DEFERRED,
    stance             TEXT NOT NULL,
    -- +1 holds the claim true, -1 denies it, 0 has no truth value (Stance.Polarity()).
    polarity           INTEGER NOT NULL,
    source_id          TEXT NOT NULL REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    quote              TEXT,
    span_start         INTEGER,
    span_end           INTEGER,
    stated_at          TEXT,
    stated_offset      INTEGER,
    relayed_through_id TEXT REFERENCES statements (id) DEFERRABLE INITIALLY DEFERRED,
    relayed_by_id      TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    origin_source_id   TEXT REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    note               TEXT,
    -- The statement's own time, else its source's publication time; kept by the triggers below so
    -- that time filters and orderings on statements can use an index.
    effective_at       TEXT
);
CREATE INDEX ix_statements_actor ON statements (actor_id);
CREATE INDEX ix_statements_claim ON statements (claim_id, polarity, actor_id);
CREATE INDEX ix_statements_source ON statements (source_id);
CREATE INDEX ix_statements_relayed_through ON statements (relayed_through_id);
CREATE INDEX ix_statements_relayed_by ON statements (relayed_by_id);
CREATE INDEX ix_statements_origin_source ON statements (origin_source_id);
CREATE INDEX ix_statements_stance ON statements (stance);
CREATE INDEX ix_statements_effective_at ON statements (effective_at, id);

CREATE TRIGGER statements_effective_at_after_insert AFTER INSERT ON statements BEGIN
    UPDATE statements SET effective_at = coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id))
    WHERE seq = new.seq;
END;

CREATE TRIGGER statements_effective_at_after_update AFTER UPDATE OF stated_at, source_id ON statements BEGIN
    UPDATE statements SET effective_at = coalesce(new.stated_at, (SELECT published_at FROM sources WHERE id = new.source_id))
    WHERE seq = new.seq;
END;

-- A source may be written after its statements (foreign keys are deferred), or re-dated later.
CREATE TRIGGER sources_effective_at_after_insert AFTER INSERT ON sources BEGIN
    UPDATE statements SET effective_at = coalesce(stated_at, new.published_at) WHERE source_id = new.id;
END;

CREATE TRIGGER sources_effective_at_after_update AFTER UPDATE OF published_at ON sources BEGIN
    UPDATE statements SET effective_at = coalesce(stated_at, new.published_at) WHERE source_id = new.id;
END;

-- Full-text search. One row per searchable field value (a name, an alias, a claim text, a
-- translation, a quote, a title); body holds TextNormalizer.ForIndex(matched), never raw text.
-- search_fts is an external-content index over search_docs, kept in step by the triggers.
CREATE TABLE search_docs (
    doc_id  INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    node_id TEXT NOT NULL,
    matched TEXT NOT NULL,
    body    TEXT NOT NULL
);
CREATE INDEX ix_search_docs_node ON search_docs (kind, node_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    body,
    content = 'search_docs',
    content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);

CREATE TRIGGER search_docs_after_insert AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, body) VALUES (new.doc_id, new.body);
END;

CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', old.doc_id, old.body);
END;

CREATE TRIGGER search_docs_after_update AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', old.doc_id, old.body);
    INSERT INTO search_fts (rowid, body) VALUES (new.doc_id, new.body);
END;
