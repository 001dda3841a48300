// Subscribes to a ClaimGraph service with the npm graphql-ws client (protocol graphql-transport-ws), records two
// statements over HTTP, and prints what the subscriptions delivered as one JSON object.
// Usage: node subscribe.mjs http://127.0.0.1:5080/graphql [API_KEY]  (the key, when given, goes with the mutations)
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const httpUrl = process.argv[2] || 'http://127.0.0.1:5080/graphql';
const apiKey = process.argv[3];
const wsUrl = httpUrl.replace(/^http/, 'ws');
const received = { statementRecorded: [], graphChanged: [], query: null, completed: [] };

const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });

function subscribe(name, query, onData) {
  return client.subscribe({ query }, {
    next: (result) => onData(result),
    error: (error) => fail(`${name} failed: ${JSON.stringify(error?.message ?? error)}`),
    complete: () => received.completed.push(name),
  });
}

function once(query) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe({ query }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
  });
}

async function record(key, claim) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify({
      query: 'mutation($input: RecordStatementInput!) { recordStatement(input: $input) { key } }',
      variables: { input: { key, actor: 'kinan-sultan', claim, stance: 'ASSERTS', source: 'baladi-raqqa-negotiations' } },
    }),
  });
  const body = await response.json();
  if (body.errors) fail(`recordStatement failed: ${JSON.stringify(body.errors)}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function waitFor(condition, what) {
  const until = Date.now() + 10000;
  while (!condition()) {
    if (Date.now() > until) fail(`timed out waiting for ${what}: ${JSON.stringify(received)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const stopStatements = subscribe('statementRecorded',
  'subscription { statementRecorded(claim: "Claim:negotiations-exist") { key stance actor { key name } claim { key isContested } } }',
  (r) => received.statementRecorded.push(r));
const stopChanges = subscribe('graphChanged', 'subscription { graphChanged { kind ids } }', (r) => received.graphChanged.push(r));

// The server sets a subscription up before it reads the next message, so once this query answers both listen.
received.query = await once('{ counts { statements } }');
await record('st-ws-elsewhere', 'shelling-stopped');
await record('st-ws-negotiations', 'negotiations-exist');
await waitFor(() => received.statementRecorded.length >= 1 && received.graphChanged.length >= 2, 'both events');

stopStatements();
stopChanges();
await client.dispose();
console.log(JSON.stringify(received));
process.exit(0);
