#!/usr/bin/env bash
# Smoke run of `eval extract` on the first 10 AEB dev pages (seconds).
set -euo pipefail
out=$(./newsbrief eval extract --data ../shared/data/extraction --set limit=10 --json 2>/dev/null)
echo "$out"
for key in '"task":"extract"' '"f1"' '"boilerpipe_1.2.2"' '"readability4j_1.0.8"' '"trafilatura_published"'; do
  grep -q "$key" <<<"$out" || { echo "missing $key in eval extract output" >&2; exit 1; }
done
