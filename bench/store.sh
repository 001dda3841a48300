#!/usr/bin/env bash
# Store-level timings (BenchmarkDotNet, short run, in process) of the key reads on bench/data/<N>.
# Usage: bench/store.sh [N ...]  (default 10000 100000 1000000); BenchmarkDotNet arguments via BDN_ARGS
# (default --filter '*'; for example BDN_ARGS="--filter *Search*").
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000 1000000}"); sizes=(${sizes[*]})
dotnet build bench/ClaimGraph.Bench -c Release -o bench/bin/bench -v q -nologo >/dev/null
export BENCH_DATA="$PWD/bench/data" BENCH_SIZES=$(IFS=,; echo "${sizes[*]}")
set -f  # the filters are BenchmarkDotNet globs, not file names
cd bench && dotnet bin/bench/ClaimGraph.Bench.dll store ${BDN_ARGS:---filter *}
