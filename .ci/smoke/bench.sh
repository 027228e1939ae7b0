#!/usr/bin/env bash
# Smoke runs of the benchmark commands on a tiny slice (the full runs are reported, not run in CI).
set -euo pipefail
data=../shared/data

echo "-- bench summarize"
out=$(./newsbrief bench summarize --data "$data/summarization/multinews_val_dev300.jsonl" \
  --set stories=2 --set rounds=1 --json 2>/dev/null)
echo "$out"
for key in '"task":"bench summarize"' '"brief_ms_median"' '"summarize_ms_median"' '"brief_process_cpu_ms_median"' '"lexrank"'; do
  grep -q "$key" <<<"$out" || { echo "bench summarize: missing $key" >&2; exit 1; }
done

echo "-- bench extract"
out=$(./newsbrief bench extract --data "$data/extraction" --set limit=5 --set rounds=1 --json 2>/dev/null)
echo "$out"
for key in '"task":"bench extract"' '"cpu_pages_per_s"' '"boilerpipe_1.2.2"' '"readability4j_1.0.8"'; do
  grep -q "$key" <<<"$out" || { echo "bench extract: missing $key" >&2; exit 1; }
done

echo "-- bench extract --set base, eval extract --set dump (a before/after of two builds)"
out=$(./newsbrief bench extract --data "$data/extraction" --set limit=3 --set rounds=1 \
  --set base=newsbrief-core/target/classes --json 2>/dev/null)
grep -q '"newsbrief_base"' <<<"$out" || { echo "bench extract: no newsbrief_base" >&2; exit 1; }
dumps=$(mktemp -d)
for d in a b; do
  ./newsbrief eval extract --data "$data/extraction" --set limit=3 --set mozilla=false \
    --set published=false --set dump="$dumps/$d.jsonl" >/dev/null 2>&1
done
[ "$(wc -l <"$dumps/a.jsonl")" -eq 3 ] && cmp -s "$dumps/a.jsonl" "$dumps/b.jsonl" \
  || { echo "eval extract --set dump: not 3 identical lines" >&2; exit 1; }
rm -rf "$dumps"

echo "-- bench analyze"
out=$(./newsbrief bench analyze --data "$data/summarization/multinews_test_longbench200_cased.jsonl" \
  --set limit=3 --set warmup=1 --json 2>/dev/null)
echo "$out"
for key in '"task":"bench analyze"' '"tokens_per_s"' '"load_s"' '"rule_names"'; do
  grep -q "$key" <<<"$out" || { echo "bench analyze: missing $key" >&2; exit 1; }
done
