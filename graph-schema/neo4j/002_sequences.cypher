// One counter per label gives every node its creation sequence (seq), which orders "oldest first".
// Made here, once, so that concurrent first writes never race to create a counter.
MERGE (q:ClaimGraphSequence {label: 'Actor'}) ON CREATE SET q.next = 0;
MERGE (q:ClaimGraphSequence {label: 'Claim'}) ON CREATE SET q.next = 0;
MERGE (q:ClaimGraphSequence {label: 'Source'}) ON CREATE SET q.next = 0;
MERGE (q:ClaimGraphSequence {label: 'Statement'}) ON CREATE SET q.next = 0;
