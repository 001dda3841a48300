#!/usr/bin/env bash
# Runs every test in the solution and ends with one plain line: "N passed, N failed, N skipped".
# Extra arguments go to dotnet test (for example: ./test.sh --filter FullyQualifiedName~Sqlite).
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -d tests/audit/node_modules ]; then
  (cd tests/audit && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci in tests/audit failed; the GraphQL-over-HTTP audit test will fail" >&2
fi

if [ ! -d tests/ws-client/node_modules ]; then
  (cd tests/ws-client && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci in tests/ws-client failed; the graphql-ws subscription test will fail" >&2
fi

results=$(mktemp -d)
dotnet test ClaimGraph.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
rm -rf "$results"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test exited with $status (build or runner failure)" >&2; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
