// New indexes populate in the background; wait (up to 5 minutes) until they are online, so that the
// first full-text query after start-up does not fail on an index that is still populating.
CALL db.awaitIndexes(300);
