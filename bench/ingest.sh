#!/usr/bin/env bash
# `ingest` over many articles, as a user runs it: ARTICLES (default 700) ~5 KB articles built from the evaluation
# paragraphs, first extracted only (drafts to /dev/null), then committed (--commit, 50 articles a transaction), each
# into a fresh copy of a store: "seeded" (the seed graph) or a benchmark size N (bench/data/N, made by bench/data.sh).
# Prints wall clock, CPU (user + sys) and articles per second of each, process start-up included.
# Usage: bench/ingest.sh [STORE ...]   (default: seeded 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
stores=("${@:-seeded 100000}"); stores=(${stores[*]})
count=${ARTICLES:-700}
dotnet build src/ClaimGraph.Server -c Release -o bench/bin/server -v q -nologo >/dev/null
dotnet build bench/ClaimGraph.Bench -c Release -o bench/bin/bench -v q -nologo >/dev/null
server=bench/bin/server/ClaimGraph.Server.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet bench/bin/bench/ClaimGraph.Bench.dll articles tests/ClaimGraph.Ingest.Tests/Evaluation "$count" "$work/articles.ndjson"

fresh_store() {  # $1: seeded or N; $2: the folder to fill
  mkdir -p "$2"
  if [ "$1" = seeded ]; then dotnet "$server" import seeds/000_56e233a4a2ee7b21.graph.ndjson "--ClaimGraph:DataDirectory=$2" >/dev/null
  else cp "bench/data/$1/claimgraph.db" "$2/"; fi
}

for store in "${stores[@]}"; do
  if [ "$store" != seeded ] && [ ! -f "bench/data/$store/claimgraph.db" ]; then echo "bench/data/$store: missing; run bench/data.sh $store" >&2; exit 1; fi
  for mode in extract commit; do
    rm -rf "$work/data"; fresh_store "$store" "$work/data"
    if [ "$mode" = extract ]; then flags=(--out /dev/null); else flags=(--commit); fi
    /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet "$server" ingest "$work/articles.ndjson" "${flags[@]}" "--ClaimGraph:DataDirectory=$work/data" 2>"$work/log" >/dev/null || { tail -5 "$work/log"; exit 1; }
    read -r wall user sys <"$work/time"
    awk -v s="$store" -v m="$mode" -v n="$count" -v w="$wall" -v u="$user" -v y="$sys" -v last="$(tail -1 "$work/log")" 'BEGIN {
      printf "%-8s %-7s %d articles: %6.2f s wall, %6.2f s CPU: %5.0f articles/s, %5.0f per CPU-second  (%s)\n", s, m, n, w, u + y, n / w, n / (u + y), last }'
  done
done
