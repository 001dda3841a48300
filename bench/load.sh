#!/usr/bin/env bash
# HTTP load test of the running service on bench/data/<N> (made by bench/data.sh), with wrk
# (apt-get install -y wrk): each key read at concurrency 16, the simplest query and a dashboard mix
# at 1, 16 and 64, then the bare-Kestrel ceiling for a response of the simplest query's size, and
# the service's peak resident memory (VmHWM). Usage: bench/load.sh [N ...]  (default 10000 100000 1000000)
# DURATION (default 10s) sets each wrk run's length. Before measuring, every query runs for WARMUP (default 10s) so
# the JIT has compiled the hot paths; before each run the script waits until the service is idle (slow requests
# that wrk gave up on keep running in the service and would otherwise eat into the next run). Besides the fixed
# ids it reads 1,000 typical claims and actors: by a $id variable (one cached document, varied rows) and with the id
# written into the query (1,000 documents, more than the parsed-document cache holds, so each is parsed and
# fully validated), and 256 search texts drawn from the data (common and rare words, Arabic and English, one and two
# words, prefixes; bench/ClaimGraph.Bench/SearchTexts.cs) by a $text variable. PORT (default 5181; the bare endpoint takes PORT+1) lets two runs share a machine.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
sizes=("${@:-10000 100000 1000000}"); sizes=(${sizes[*]})
duration=${DURATION:-10s}
warmup=${WARMUP:-10s}
# SKIP_BUILD=1 runs what is already in bench/bin (e.g. another build of the service copied there, to compare two).
if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build src/ClaimGraph.Server -c Release -o bench/bin/server -v q -nologo >/dev/null
  dotnet build bench/ClaimGraph.Bench -c Release -o bench/bin/bench -v q -nologo >/dev/null
fi
port=${PORT:-5181}; bare_port=$((port + 1)); work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

wait_http() { for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; exit 1; }

# Waits (at most 60 s) until the process in $1 used under 5% of a core over half a second.
settle() {
  local hz; hz=$(getconf CLK_TCK)
  for _ in $(seq 1 120); do
    local a b; a=$(awk '{print $14+$15}' "/proc/$1/stat"); sleep 0.5; b=$(awk '{print $14+$15}' "/proc/$1/stat")
    [ $(( (b - a) * 100 )) -lt $(( hz * 5 / 2 )) ] && return 0
  done
}

run_wrk() { # name concurrency bodies-file url
  settle "$current"
  local threads=2; [ "$2" -lt 2 ] && threads=1
  local line; line=$(BODIES="$3" wrk -t"$threads" -c"$2" -d"$duration" -s bench/load/post.lua "$4" | grep '^RESULT')
  printf '%-28s c=%-3s %s\n' "$1" "$2" "${line#RESULT }"
  echo "${line}" | sed -n 's/.*rps=\([0-9]*\).*/\1/p' > "$work/last_rps"
}

body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}, ensure_ascii=False))' "$1"; }

for n in "${sizes[@]}"; do
  data=bench/data/$n
  [ -f "$data/claimgraph.db" ] || { echo "$data/claimgraph.db is missing: run bench/data.sh $n" >&2; exit 1; }
  eval "$(dotnet bench/bin/bench/ClaimGraph.Bench.dll ids "$data")"
  echo "== $n statements (typical actor $TYPICAL_ACTOR: $TYPICAL_ACTOR_STATEMENTS statements; top actor $TOP_ACTOR: $TOP_ACTOR_STATEMENTS; typical claim $TYPICAL_CLAIM: $TYPICAL_CLAIM_STATEMENTS)"
  dotnet bench/bin/server/ClaimGraph.Server.dll --urls "http://127.0.0.1:$port" --ClaimGraph:DataDirectory="$data" \
    --ClaimGraph:Seed:Enabled=false --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
  server=$!; pids+=("$server"); current=$server
  wait_http "http://127.0.0.1:$port/health"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

  body "{ actor(id: \"$TYPICAL_ACTOR\") { name kind } }" > "$work/simple"
  body "{ claim(id: \"$TYPICAL_CLAIM\") { text isContested stances { stance statements { actor { name } source { title } quote } } } }" > "$work/claim"
  body "{ actor(id: \"$TYPICAL_ACTOR\") { name contradicts { actor { name } } contradictedBy { actor { name } } } }" > "$work/contradictions"
  body "{ contestedClaims(first: 10) { nodes { claim { key text } supportingActors denyingActors } } }" > "$work/contested"
  body "{ search(text: \"الرقة\", first: 20) { kind matched node { id } } }" > "$work/search"
  body "{ statements(filter: { actor: \"$TOP_ACTOR\" }, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { stance quote claim { key } source { title } } } }" > "$work/top_actor_page"
  cat "$work/claim" "$work/contradictions" "$work/contested" "$work/search" "$work/top_actor_page" > "$work/mix"
  varied() { # template-with-ID ids inline|variable -> one body per id
    python3 -c '
import json, sys
template, ids, mode = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
for i in ids:
    if mode == "inline":
        print(json.dumps({"query": template.replace("query($id: ID!) ", "").replace("$id", json.dumps(i))}, ensure_ascii=False))
    else:
        print(json.dumps({"query": template, "variables": {"id": i}}, ensure_ascii=False))' "$@"
  }
  python3 -c '
import json, sys
for t in sys.argv[1].split("|"):
    print(json.dumps({"query": "query($text: String!) { search(text: $text, first: 20) { kind matched node { id } } }", "variables": {"text": t}}, ensure_ascii=False))' "$VARIED_SEARCHES" > "$work/search_varied"
  claim_template='query($id: ID!) { claim(id: $id) { text isContested stances { stance statements { actor { name } source { title } quote } } } }'
  varied "$claim_template" "$VARIED_CLAIMS" variable > "$work/claim_varied"
  varied "$claim_template" "$VARIED_CLAIMS" inline > "$work/claim_varied_inline"
  varied 'query($id: ID!) { actor(id: $id) { name kind } }' "$VARIED_ACTORS" variable > "$work/simple_varied"
  varied 'query($id: ID!) { actor(id: $id) { name contradicts { actor { name } } contradictedBy { actor { name } } } }' "$VARIED_ACTORS" variable > "$work/contradictions_varied"

  # Warm-up, not measured: the JIT compiles what the service runs, the store's pages are read once.
  cat "$work/mix" "$work/simple" "$work/claim_varied" "$work/claim_varied_inline" "$work/simple_varied" "$work/search_varied" "$work/contradictions_varied" > "$work/warmup"
  BODIES="$work/warmup" wrk -t2 -c8 -d"$warmup" -s bench/load/post.lua "http://127.0.0.1:$port/graphql" >/dev/null

  for q in claim contradictions contested search top_actor_page; do
    curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' --data-binary @"$work/$q" | grep -q '"errors"' && { echo "$q fails:"; curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' --data-binary @"$work/$q" | head -c 500; echo; }
    run_wrk "$q" 16 "$work/$q" "http://127.0.0.1:$port/graphql"
  done
  run_wrk "claim, 1000 ids by \$id" 16 "$work/claim_varied" "http://127.0.0.1:$port/graphql"
  run_wrk "claim, 1000 ids inline" 16 "$work/claim_varied_inline" "http://127.0.0.1:$port/graphql"
  run_wrk "simplest, 1000 ids by \$id" 16 "$work/simple_varied" "http://127.0.0.1:$port/graphql"
  run_wrk "search, 256 texts by \$text" 16 "$work/search_varied" "http://127.0.0.1:$port/graphql"
  run_wrk "contradictions, 1000 actors by \$id" 16 "$work/contradictions_varied" "http://127.0.0.1:$port/graphql"
  declare -A service_rps=()
  for c in 1 16 64; do
    run_wrk "dashboard mix" "$c" "$work/mix" "http://127.0.0.1:$port/graphql"
    run_wrk "simplest (actor name)" "$c" "$work/simple" "http://127.0.0.1:$port/graphql"; service_rps[$c]=$(cat "$work/last_rps")
  done
  echo "peak memory of the service: $(grep VmHWM /proc/$server/status | tr -s ' ')"
  bytes=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H 'accept: application/graphql-response+json' --data-binary @"$work/simple" | wc -c)
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$server"; wait "$server" 2>/dev/null || true

  dotnet bench/bin/bench/ClaimGraph.Bench.dll bare "$bare_port" "$bytes" >"$work/bare.log" 2>&1 &
  bare=$!; pids+=("$bare"); current=$bare
  sleep 1; wait_http "http://127.0.0.1:$bare_port/graphql"
  for c in 1 16 64; do
    run_wrk "bare Kestrel ($bytes bytes)" "$c" "$work/simple" "http://127.0.0.1:$bare_port/graphql"
    echo "  simplest query / ceiling at c=$c: $(python3 -c "print(f'{100*${service_rps[$c]}/max(1,$(cat "$work/last_rps")):.0f}%')")"
  done
  kill "$bare"; wait "$bare" 2>/dev/null || true
done
