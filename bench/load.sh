#!/usr/bin/env bash
# HTTP load test of the running service on bench/data/<N> (made by bench/data.sh), with wrk
# (apt-get install -y wrk): each key read at concurrency 16, the simplest query and a dashboard mix
# at 1, 16 and 64, then the bare-Kestrel ceiling for a response of the simplest query's size, and
# the service's peak resident memory (VmHWM). Usage: bench/load.sh [N ...]  (default 10000 100000 1000000)
# DURATION (default 10s) sets each wrk run's length.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
sizes=("${@:-10000 100000 1000000}"); sizes=(${sizes[*]})
duration=${DURATION:-10s}
dotnet build src/ClaimGraph.Server -c Release -o bench/bin/server -v q -nologo >/dev/null
dotnet build bench/ClaimGraph.Bench -c Release -o bench/bin/bench -v q -nologo >/dev/null
port=5181; bare_port=5182; work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

wait_http() { for _ in $(seq 1 300); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1" >&2; exit 1; }

run_wrk() { # name concurrency bodies-file url
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
  server=$!; pids+=("$server")
  wait_http "http://127.0.0.1:$port/health"

  body "{ actor(id: \"$TYPICAL_ACTOR\") { name kind } }" > "$work/simple"
  body "{ claim(id: \"$TYPICAL_CLAIM\") { text isContested stances { stance statements { actor { name } source { title } quote } } } }" > "$work/claim"
  body "{ actor(id: \"$TYPICAL_ACTOR\") { name contradicts { actor { name } } contradictedBy { actor { name } } } }" > "$work/contradictions"
  body "{ contestedClaims(first: 10) { nodes { claim { key text } supportingActors denyingActors } } }" > "$work/contested"
  body "{ search(text: \"الرقة\", first: 20) { kind matched node { id } } }" > "$work/search"
  body "{ statements(filter: { actor: \"$TOP_ACTOR\" }, first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { stance quote claim { key } source { title } } } }" > "$work/top_actor_page"
  cat "$work/claim" "$work/contradictions" "$work/contested" "$work/search" "$work/top_actor_page" > "$work/mix"

  for q in claim contradictions contested search top_actor_page; do
    curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' --data-binary @"$work/$q" | grep -q '"errors"' && { echo "$q fails:"; curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' --data-binary @"$work/$q" | head -c 500; echo; }
    run_wrk "$q" 16 "$work/$q" "http://127.0.0.1:$port/graphql"
  done
  declare -A service_rps=()
  for c in 1 16 64; do
    run_wrk "dashboard mix" "$c" "$work/mix" "http://127.0.0.1:$port/graphql"
    run_wrk "simplest (actor name)" "$c" "$work/simple" "http://127.0.0.1:$port/graphql"; service_rps[$c]=$(cat "$work/last_rps")
  done
  echo "peak memory of the service: $(grep VmHWM /proc/$server/status | tr -s ' ')"
  bytes=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -H 'accept: application/graphql-response+json' --data-binary @"$work/simple" | wc -c)
  kill "$server"; wait "$server" 2>/dev/null || true

  dotnet bench/bin/bench/ClaimGraph.Bench.dll bare "$bare_port" "$bytes" >"$work/bare.log" 2>&1 &
  bare=$!; pids+=("$bare")
  sleep 1; wait_http "http://127.0.0.1:$bare_port/graphql"
  for c in 1 16 64; do
    run_wrk "bare Kestrel ($bytes bytes)" "$c" "$work/simple" "http://127.0.0.1:$bare_port/graphql"
    echo "  simplest query / ceiling at c=$c: $(python3 -c "print(f'{100*${service_rps[$c]}/max(1,$(cat "$work/last_rps")):.0f}%')")"
  done
  kill "$bare"; wait "$bare" 2>/dev/null || true
done
