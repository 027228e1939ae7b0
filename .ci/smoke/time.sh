#!/usr/bin/env bash
# Smoke run of `eval time` on the first 10 TempEval-3 dev documents (seconds).
set -euo pipefail
out=$(./newsbrief eval time --data ../shared/data/time/tempeval3 --set limit=10 --json)
echo "$out"
for key in '"task":"time"' '"value_f1"' '"f1"' '"precision"' '"recall"'; do
  grep -q "$key" <<<"$out" || { echo "missing $key in eval time output" >&2; exit 1; }
done
