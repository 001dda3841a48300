#!/usr/bin/env bash
# Compares two builds' answers to the store's contradiction read on bench/data/N, case by case: the store of BASE
# (a commit, default main) and of this working tree, both driven by this tree's bench/ClaimGraph.Bench
# (`contradictions` verb: typical, prolific and sampled actors, batches of 10, every direction, limits 1/3/20/100).
# Usage: bench/contradictions-check.sh N [BASE]. Prints the count of identical cases and the first differences.
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1; base=${2:-main}
data=bench/data/$n; work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive "$base" src graph-schema Directory.Build.props Directory.Packages.props global.json .editorconfig | tar -x -C "$work"
mkdir -p "$work/bench" && tar -c --exclude=bin --exclude=obj bench/ClaimGraph.Bench | tar -x -C "$work"
dotnet build "$work/bench/ClaimGraph.Bench" -c Release -o "$work/base-bin" -v q -nologo | grep -E ' error |rror\(s\)' || true
dotnet build bench/ClaimGraph.Bench -c Release -o "$work/new-bin" -v q -nologo | grep -E ' error |rror\(s\)' || true
echo "== $base"; dotnet "$work/base-bin/ClaimGraph.Bench.dll" contradictions "$data" "$work/base.txt"
echo "== working tree"; dotnet "$work/new-bin/ClaimGraph.Bench.dll" contradictions "$data" "$work/new.txt"
python3 - "$work/base.txt" "$work/new.txt" <<'PY'
import sys
old = open(sys.argv[1], encoding="utf-8").read().splitlines()
new = open(sys.argv[2], encoding="utf-8").read().splitlines()
same = sum(a == b for a, b in zip(old, new))
pairs = sum(int(line.split("\t")[3]) for line in old)
print(f"{same} of {len(old)} cases identical ({len(new)} in the new build; {pairs} pairs in all)")
for a, b in [(a, b) for a, b in zip(old, new) if a != b][:5]:
    print("base: " + a[:300]); print("new:  " + b[:300])
sys.exit(0 if same == len(old) == len(new) else 1)
PY
