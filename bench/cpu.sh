#!/usr/bin/env bash
# CPU per request of the key reads, to compare builds of the service back to back on a shared machine (process CPU
# time / requests is far less noisy there than latency). Usage: bench/cpu.sh N SERVER_DIR [SERVER_DIR ...]
# (SERVER_DIR holds a Release build of ClaimGraph.Server, e.g. bench/bin/server; bench/bin/bench must be built, see
# bench/load.sh). Each build is started on bench/data/N, warmed up for WARMUP (default 10s), and every read runs
# at concurrency 16 for DURATION (default 5s). ROUNDS (default 1) repeats the whole comparison, alternating builds;
# QUERIES narrows the reads (default: claim claim_varied contradictions search search_varied contested simple_varied; search_varied
# is 256 texts drawn from the data by the bench's ids verb, sent as $text; also contradictions_varied, both
# directions of 1,000 varied actors); PORT (default 5191).
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1; shift
duration=${DURATION:-5s}; warmup=${WARMUP:-10s}; rounds=${ROUNDS:-1}
data=bench/data/$n; port=${PORT:-5191}; work=$(mktemp -d); server=
hz=$(getconf CLK_TCK)
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}, ensure_ascii=False))' "$1"; }
cpu() { awk '{print $14+$15}' "/proc/$server/stat"; }
# Waits (at most 30 s) until the service used under 5% of a core over half a second: after the warm-up the JIT still
# compiles hot methods in the background for a few seconds, which was billed to whichever read came first.
settle() { for _ in $(seq 1 60); do local a b; a=$(cpu); sleep 0.5; b=$(cpu); [ $(( (b - a) * 100 )) -lt $(( hz * 5 / 2 )) ] && return 0; done; }

eval "$(dotnet bench/bin/bench/ClaimGraph.Bench.dll ids "$data")"
body "{ claim(id: \"$TYPICAL_CLAIM\") { text isContested stances { stance statements { actor { name } source { title } quote } } } }" > "$work/claim"
body "{ actor(id: \"$TYPICAL_ACTOR\") { name contradicts { actor { name } } contradictedBy { actor { name } } } }" > "$work/contradictions"
body "{ search(text: \"الرقة\", first: 20) { kind matched node { id } } }" > "$work/search"
body "{ contestedClaims(first: 10) { nodes { claim { key text } supportingActors denyingActors } } }" > "$work/contested"
# varied NAME SEPARATOR VALUES VARIABLE QUERY: one request body per value, the value passed as $VARIABLE.
varied() {
  python3 -c '
import json, sys
for v in sys.argv[2].split(sys.argv[1]):
    print(json.dumps({"query": sys.argv[4], "variables": {sys.argv[3]: v}}, ensure_ascii=False))' "$2" "$3" "$4" "$5" > "$work/$1"
}
varied claim_varied , "$VARIED_CLAIMS" id 'query($id: ID!) { claim(id: $id) { text isContested stances { stance statements { actor { name } source { title } quote } } } }'
varied simple_varied , "$VARIED_ACTORS" id 'query($id: ID!) { actor(id: $id) { name kind } }'
varied search_varied '|' "$VARIED_SEARCHES" text 'query($text: String!) { search(text: $text, first: 20) { kind matched node { id } } }'
varied contradictions_varied , "$VARIED_ACTORS" id 'query($id: ID!) { actor(id: $id) { name contradicts { actor { name } } contradictedBy { actor { name } } } }'
cat "$work/claim" "$work/contradictions" "$work/search" "$work/contested" "$work/claim_varied" "$work/simple_varied" "$work/search_varied" > "$work/warmup"

for round in $(seq 1 "$rounds"); do
  for dir in "$@"; do
    dotnet "$dir/ClaimGraph.Server.dll" --urls "http://127.0.0.1:$port" --ClaimGraph:DataDirectory="$data" \
      --ClaimGraph:Seed:Enabled=false --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.2; done
    BODIES="$work/warmup" wrk -t2 -c8 -d"$warmup" -s bench/load/post.lua "http://127.0.0.1:$port/graphql" >/dev/null
    echo "== round $round, $dir (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    for q in ${QUERIES:-claim claim_varied contradictions search search_varied contested simple_varied}; do
      settle
      a=$(cpu)
      line=$(BODIES="$work/$q" wrk -t2 -c16 -d"$duration" -s bench/load/post.lua "http://127.0.0.1:$port/graphql" | grep '^RESULT')
      b=$(cpu)
      requests=$(echo "$line" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
      printf '%-16s %s cpu_ms_per_req=%s\n' "$q" "${line#RESULT }" "$(python3 -c "print(f'{1000*($b-$a)/$hz/max(1,$requests):.3f}')")"
    done
    kill "$server"; wait "$server" 2>/dev/null || true; server=
  done
done
