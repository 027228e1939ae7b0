#!/usr/bin/env bash
# Smoke run of `eval cluster` on the first 150 ECB+ stories dev documents, two orders (seconds).
set -euo pipefail
out=$(./newsbrief eval cluster --data ../shared/data/clustering --set limit=150 --set orders=2 --json)
echo "$out"
for key in '"task":"cluster"' '"bcubed_f1"' '"pairwise_f1"' '"precision"' '"recall"'; do
  grep -q "$key" <<<"$out" || { echo "missing $key in eval cluster output" >&2; exit 1; }
done
