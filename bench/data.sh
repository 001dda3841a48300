#!/usr/bin/env bash
# Generates the benchmark databases once: bench/data/<N>/claimgraph.db for N = 10000 100000 1000000
# statements (or the sizes given as arguments), by `generate` + `bulk-import` of the Release build.
# Reuses a database that is already there. Prints the bulk-import figures.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000 1000000}"); sizes=(${sizes[*]})
dotnet build src/ClaimGraph.Server -c Release -o bench/bin/server -v q -nologo >/dev/null
server=bench/bin/server/ClaimGraph.Server.dll
for n in "${sizes[@]}"; do
  dir=bench/data/$n
  if [ -f "$dir/claimgraph.db" ] && [ ! -f "$dir/.importing" ]; then echo "$dir: already there"; continue; fi
  mkdir -p "$dir"; touch "$dir/.importing"
  [ -f "$dir/graph.ndjson" ] || dotnet "$server" generate --statements "$n" --seed 42 --out "$dir/graph.ndjson"
  dotnet "$server" bulk-import "$dir/graph.ndjson" --batch 20000 --ClaimGraph:DataDirectory="$dir" | tail -n 1
  rm "$dir/.importing"
done
