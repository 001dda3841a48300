-- A claim-only term index for resolving one article against the store: each claim's terms (ClaimTerms.Of on its text,
-- the words the bulk ResolutionIndex compares claims by) and, per term, how many claims hold it. The store writes
-- claim_terms with every claim write (C#: the terms are derived in ClaimGraph.Core.Text, not in SQL); the triggers
-- keep claim_term_counts in step. Existing claims are filled in by ClaimTermFill, in this migration's transaction.
CREATE TABLE claim_terms (
    term     TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    terms    INTEGER NOT NULL, -- how many terms the claim has: a look-up can bound a claim's score without reading it
    PRIMARY KEY (term, claim_id)
) WITHOUT ROWID;
CREATE INDEX ix_claim_terms_claim ON claim_terms (claim_id);

CREATE TABLE claim_term_counts (
    term   TEXT PRIMARY KEY,
    claims INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER claim_terms_after_insert AFTER INSERT ON claim_terms BEGIN
    INSERT INTO claim_term_counts (term, claims) VALUES (new.term, 1)
    ON CONFLICT (term) DO UPDATE SET claims = claims + 1;
END;

CREATE TRIGGER claim_terms_after_delete AFTER DELETE ON claim_terms BEGIN
    UPDATE claim_term_counts SET claims = claims - 1 WHERE term = old.term;
    DELETE FROM claim_term_counts WHERE term = old.term AND claims <= 0;
END;
