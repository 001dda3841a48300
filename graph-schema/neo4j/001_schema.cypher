// ClaimGraph on Neo4j 5 (5.19 and later, and Aura): constraints and indexes, applied idempotently at
// start-up by the Neo4j store (each statement ends with ';' at the end of a line).
// The graph is the one in graph-schema/model.md. Times are fixed-width UTC ISO text plus the original
// offset in minutes (publishedAt/publishedOffset, statedAt/statedOffset), as in the SQLite store.
// seq is each node's creation sequence (insertion order); a node without seq is a placeholder for a
// reference written before its target, and a write that commits with one left is refused.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sequence_label IF NOT EXISTS FOR (n:ClaimGraphSequence) REQUIRE n.label IS UNIQUE;

CREATE INDEX actor_sort_name IF NOT EXISTS FOR (n:Actor) ON (n.sortName, n.id);
CREATE INDEX actor_seq IF NOT EXISTS FOR (n:Actor) ON (n.seq);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX claim_sort_text IF NOT EXISTS FOR (n:Claim) ON (n.sortText, n.id);
CREATE INDEX claim_seq IF NOT EXISTS FOR (n:Claim) ON (n.seq);
CREATE INDEX claim_language IF NOT EXISTS FOR (n:Claim) ON (n.language);
CREATE INDEX source_sort_title IF NOT EXISTS FOR (n:Source) ON (n.sortTitle, n.id);
CREATE INDEX source_seq IF NOT EXISTS FOR (n:Source) ON (n.seq);
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
CREATE INDEX source_published_at IF NOT EXISTS FOR (n:Source) ON (n.publishedAt);
CREATE INDEX statement_seq IF NOT EXISTS FOR (n:Statement) ON (n.seq);
CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance);
CREATE INDEX statement_stated_at IF NOT EXISTS FOR (n:Statement) ON (n.statedAt);

// Full-text search over actor names and aliases, claim texts and translations, source titles and
// quotes. searchText holds TextNormalizer.ForIndex of those texts: ClaimGraph folds Arabic and Latin
// spelling itself (hamza forms, taa marbuta, harakat, the article and attached prefixes, case,
// accents), exactly as the SQLite store does, so the index only needs to split on whitespace.
// Lucene's 'arabic' analyzer would stem differently (and differently from SQLite), so the two stores
// would find different things for the same query.
CREATE FULLTEXT INDEX claimgraph_search IF NOT EXISTS
FOR (n:Actor|Claim|Source|Statement) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
