#!/usr/bin/env bash
# Runs every test in the solution (and, without arguments, the formatting check) and ends with one plain line: "N passed, N failed, N skipped".
# Extra arguments go to dotnet test (for example: ./test.sh --filter FullyQualifiedName~Sqlite).
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -d tests/audit/node_modules ]; then
  (cd tests/audit && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci in tests/audit failed; the GraphQL-over-HTTP audit test will fail" >&2
fi
if [ ! -d tests/cypher-lint/node_modules ]; then
  (cd tests/cypher-lint && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci in tests/cypher-lint failed; the Cypher lint test will fail" >&2
fi

if [ ! -d tests/ws-client/node_modules ]; then
  (cd tests/ws-client && npm ci --no-audit --no-fund --loglevel=error) || echo "warning: npm ci in tests/ws-client failed; the graphql-ws subscription test will fail" >&2
fi

# The browser tests drive Debian's Chromium (never a downloaded browser); Noto gives it Arabic glyphs.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! dpkg -s chromium fonts-noto-core >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null) \
      || echo "warning: installing chromium failed; the browser tests will fail" >&2
  else
    echo "warning: Debian's chromium and fonts-noto-core are missing; install them (sudo apt-get install chromium fonts-noto-core) or the browser tests will fail" >&2
  fi
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
# The code style (.editorconfig) is checked like a test, on full runs only (not with a --filter).
if [ "$#" -eq 0 ]; then
  if dotnet format ClaimGraph.sln --verify-no-changes --no-restore -v q >"$results/format.log" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
    echo "FAILED formatting check: run 'dotnet format ClaimGraph.sln' and commit the result"
    { grep -E 'error|warning' "$results/format.log" || tail -5 "$results/format.log"; } | head -20
  fi
fi
# The ingestion evaluation's figures (issue 5), on full runs: precision, recall and F1 per annotated set and on the seed, then
# throughput on one thread (a Release build, one second per figure, resolved against the seeded store).
if [ "$#" -eq 0 ]; then
  evaldir=$(mktemp -d)
  echo "ingestion evaluation (ingest-eval --seconds 1, Release, seeded store):"
  if dotnet build src/ClaimGraph.Server -c Release -o "$evaldir/bin" -v q -nologo >"$evaldir/build.log" 2>&1 \
    && dotnet "$evaldir/bin/ClaimGraph.Server.dll" import seeds/000_56e233a4a2ee7b21.graph.ndjson "--ClaimGraph:DataDirectory=$evaldir/data" >/dev/null \
    && dotnet "$evaldir/bin/ClaimGraph.Server.dll" ingest-eval --seconds 1 "--ClaimGraph:DataDirectory=$evaldir/data" | sed 's/^/  /'; then :
  else echo "  (could not run ingest-eval; the tests above score the same sets)"; tail -5 "$evaldir/build.log"; fi
  rm -rf "$evaldir"
fi
# Name every failed test with the first lines of its message, so the end of the output (all a CI summary may keep) says what failed.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  awk '/<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); printf "FAILED %s\n", name; want = 1; n = 0 }
       want && /<Message>/ { sub(/.*<Message>/, ""); inmsg = 1 }
       inmsg { line = $0; done = sub(/<\/Message>.*/, "", line); if (n++ < 6) print "    " line; if (done) { inmsg = 0; want = 0 } }' "$trx"
done
# Say why tests were skipped (an optional backend such as Neo4j that is not configured), once per reason.
skips=$(cat "$results"/*.trx 2>/dev/null | grep -A3 'outcome="NotExecuted"' | sed -n 's/.*<Message>\(.*\)<\/Message>.*/\1/p' | sort | uniq -c)
if [ -n "$skips" ]; then echo "skipped, by reason:"; echo "$skips"; fi
rm -rf "$results"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test exited with $status (build or runner failure)" >&2; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
