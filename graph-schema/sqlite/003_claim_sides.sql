-- contestedClaims ranked claims by aggregating every statement on every request (a full scan: about
-- a second at a million statements). These two tables keep the aggregate as statements change:
-- claim_actor_sides counts each actor's statements per claim and side, claim_sides counts the
-- distinct actors on each side of each claim. Demands (polarity 0) take no side.
CREATE TABLE claim_actor_sides (
    claim_id   TEXT NOT NULL,
    polarity   INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    statements INTEGER NOT NULL,
    PRIMARY KEY (claim_id, polarity, actor_id)
) WITHOUT ROWID;

CREATE TABLE claim_sides (
    claim_id   TEXT PRIMARY KEY,
    supporting INTEGER NOT NULL,
    denying    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO claim_actor_sides (claim_id, polarity, actor_id, statements)
SELECT claim_id, polarity, actor_id, count(*) FROM statements WHERE polarity <> 0 GROUP BY claim_id, polarity, actor_id;

INSERT INTO claim_sides (claim_id, supporting, denying)
SELECT claim_id, sum(polarity = 1), sum(polarity = -1) FROM claim_actor_sides GROUP BY claim_id;

-- Most contested first, as the query orders them; only contested claims are indexed.
CREATE INDEX ix_claim_sides_contested ON claim_sides (min(supporting, denying) DESC, supporting + denying DESC, claim_id)
WHERE supporting > 0 AND denying > 0;

CREATE TRIGGER claim_actor_sides_after_insert AFTER INSERT ON claim_actor_sides BEGIN
    INSERT INTO claim_sides (claim_id, supporting, denying) VALUES (new.claim_id, new.polarity = 1, new.polarity = -1)
    ON CONFLICT (claim_id) DO UPDATE SET supporting = supporting + (new.polarity = 1), denying = denying + (new.polarity = -1);
END;

CREATE TRIGGER claim_actor_sides_after_delete AFTER DELETE ON claim_actor_sides BEGIN
    UPDATE claim_sides SET supporting = supporting - (old.polarity = 1), denying = denying - (old.polarity = -1)
    WHERE claim_id = old.claim_id;
END;

CREATE TRIGGER statements_sides_after_insert AFTER INSERT ON statements WHEN new.polarity <> 0 BEGIN
    INSERT INTO claim_actor_sides (claim_id, polarity, actor_id, statements) VALUES (new.claim_id, new.polarity, new.actor_id, 1)
    ON CONFLICT (claim_id, polarity, actor_id) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statements_sides_after_delete AFTER DELETE ON statements WHEN old.polarity <> 0 BEGIN
    UPDATE claim_actor_sides SET statements = statements - 1
    WHERE claim_id = old.claim_id AND polarity = old.polarity AND actor_id = old.actor_id;
    DELETE FROM claim_actor_sides
    WHERE claim_id = old.claim_id AND polarity = old.polarity AND actor_id = old.actor_id AND statements <= 0;
END;

CREATE TRIGGER statements_sides_after_update AFTER UPDATE OF claim_id, polarity, actor_id ON statements
WHEN old.claim_id IS NOT new.claim_id OR old.polarity IS NOT new.polarity OR old.actor_id IS NOT new.actor_id BEGIN
    UPDATE claim_actor_sides SET statements = statements - 1
    WHERE old.polarity <> 0 AND claim_id = old.claim_id AND polarity = old.polarity AND actor_id = old.actor_id;
    DELETE FROM claim_actor_sides
    WHERE claim_id = old.claim_id AND polarity = old.polarity AND actor_id = old.actor_id AND statements <= 0;
    INSERT INTO claim_actor_sides (claim_id, polarity, actor_id, statements)
    SELECT new.claim_id, new.polarity, new.actor_id, 1 WHERE new.polarity <> 0
    ON CONFLICT (claim_id, polarity, actor_id) DO UPDATE SET statements = statements + 1;
END;
