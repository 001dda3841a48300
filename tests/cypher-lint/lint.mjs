// Lints Cypher statements with Neo4j's own parser and semantic checks (@neo4j-cypher/language-support).
// Usage: node lint.mjs STATEMENTS.json, where the file holds [{"name": "...", "text": "..."}].
// Prints every error (syntax errors, undefined variables, misplaced clauses) and exits 1 if there is any.
// Parameters are supplied at run time, so "parameter not defined" diagnostics are not errors here;
// warnings (such as deprecations kept for Neo4j 5.19 compatibility) are counted but do not fail.
// The linter takes about a second per statement, so two worker threads share the list.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

function lint(statements) {
  const lines = [];
  let errors = 0;
  let warnings = 0;
  for (const { name, text } of statements) {
    const { diagnostics } = lintCypherQuery(text, {});
    for (const d of diagnostics.filter(isNotParamError)) {
      if (d.severity === 1) {
        errors++;
        lines.push(`error ${name} @${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
      } else {
        warnings++;
      }
    }
  }
  return { lines, errors, warnings };
}

if (isMainThread) {
  const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const workers = Math.min(2, statements.length);
  const chunks = Array.from({ length: workers }, (_, w) => statements.filter((_, i) => i % workers === w));
  const results = await Promise.all(chunks.map((chunk) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: chunk });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    result.lines.forEach((line) => console.log(line));
    errors += result.errors;
    warnings += result.warnings;
  }
  console.log(`linted ${statements.length} statements: ${errors} errors, ${warnings} warnings`);
  process.exit(errors > 0 ? 1 : 0);
} else {
  parentPort.postMessage(lint(workerData));
}
