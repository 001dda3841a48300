// Runs graphql-http's GraphQL over HTTP conformance audit against a running endpoint.
// Usage: node audit.mjs [url]   (or CLAIMGRAPH_URL; default http://127.0.0.1:5080/graphql)
// Prints one line per audit ("ok", "notice", "warn" or "error", its id and name, and why it failed),
// then a summary; exits 1 when any audit is not ok, 2 when the audit could not run.
import { auditServer } from 'graphql-http';

const url = process.argv[2] || process.env.CLAIMGRAPH_URL || 'http://127.0.0.1:5080/graphql';

async function main() {
  console.log(`graphql-http audit of ${url}`);
  const results = await auditServer({ url, fetchFn: fetch });
  const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const result of results) {
    counts[result.status] = (counts[result.status] ?? 0) + 1;
    const line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
    if (result.status === 'ok') {
      console.log(line);
    } else {
      let body = '';
      try {
        body = result.response ? await result.response.clone().text() : '';
      } catch {
        body = '(body unreadable)';
      }
      const status = result.response ? result.response.status : '?';
      console.log(`${line}\n       reason: ${result.reason}\n       response: ${status} ${body.slice(0, 300)}`);
    }
  }
  const failed = results.length - counts.ok;
  console.log(
    `${results.length} audits: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`audit could not run: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
