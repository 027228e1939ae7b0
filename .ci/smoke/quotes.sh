#!/usr/bin/env bash
# Smoke run of `eval quotes` on the first 10 PolNeAR dev articles (seconds).
set -euo pipefail
out=$(./newsbrief eval quotes --data ../shared/data/quotes/polnear --set limit=10 --json)
echo "$out"
for key in '"task":"quotes"' '"attribution_accuracy"' '"precision"' '"recall"' '"f1"'; do
  grep -q "$key" <<<"$out" || { echo "missing $key in eval quotes output" >&2; exit 1; }
done
