#!/usr/bin/env bash
# Smoke run of `eval summarize` on the first 20 Multi-News dev clusters (seconds).
set -euo pipefail
out=$(./newsbrief eval summarize --data ../shared/data/summarization/multinews_val_dev300.jsonl --set limit=20 --json)
echo "$out"
for key in '"task":"summarize"' '"rouge1_f"' '"rouge2_f"' '"rougesu4_f"' '"rougel_f"' '"lead"' '"lexrank"' '"textrank"'; do
  grep -q "$key" <<<"$out" || { echo "missing $key in eval summarize output" >&2; exit 1; }
done
