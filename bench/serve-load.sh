#!/usr/bin/env bash
# Load test of the briefing endpoint on loopback (not part of CI).
#   bench/serve-load.sh [STORE_DIR] [ARTICLES]
# Fills STORE_DIR (default /tmp/newsbrief-bench-store) with ARTICLES (default 10000) articles
# synthesised from Multi-News (see bench/FillStore.java) unless it already holds them, starts
# `newsbrief serve` with no rate limit, briefs the 50 biggest stories once (cold, timed with curl),
# then runs wrk for 30 s cycling through those 50 briefings (warm, cached) and prints requests/s and
# p99 latency. Needs wrk (apt-get install wrk) and /work/shared/data/summarization.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
store="${1:-/tmp/newsbrief-bench-store}"
articles="${2:-10000}"
data=/work/shared/data/summarization
port="${PORT:-18765}"
command -v wrk >/dev/null || { echo "serve-load: install wrk (apt-get install wrk)" >&2; exit 1; }

./newsbrief --help >/dev/null  # builds the CLI jar when sources changed
cp="newsbrief-cli/target/newsbrief.jar:newsbrief-cli/target/lib/*"
if [ ! -d "$store" ]; then
  echo "== filling $store with $articles synthetic articles"
  java -cp "$cp" bench/FillStore.java "$store" --synth "$articles" \
    "$data/multinews_test_longbench200_cased.jsonl" "$data/multinews_val_dev300.jsonl"
fi

java -jar newsbrief-cli/target/newsbrief.jar serve --store "$store" --port "$port" --rate 0 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/stories" -o /dev/null && break
  sleep 1
done

paths=$(mktemp)
curl -sf "http://127.0.0.1:$port/api/stories" | python3 -c '
import json, sys
stories = json.load(sys.stdin)["stories"]
total = sum(s["articles"] for s in stories)
print("store: %d articles in %d stories" % (total, len(stories)), file=sys.stderr)
for s in stories[:50]:
    print("/api/stories/%s/briefing" % s["id"])' > "$paths"

echo "== cold: first request of each of the 50 biggest stories' briefings"
while read -r path; do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path"
done < "$paths" | sort -n | awk '{t[NR]=$1; s+=$1} END {printf "cold briefing: mean %.2f s, median %.2f s, max %.2f s over %d stories\n", s/NR, t[int((NR+1)/2)], t[NR], NR}'

echo "== warm: wrk -t2 -c16 -d30s over the same 50 briefings"
BRIEFING_PATHS="$paths" wrk -t2 -c16 -d30s --latency -s bench/briefings.lua "http://127.0.0.1:$port" | tee /tmp/newsbrief-wrk.txt
echo "requests/s: $(awk '/Requests\/sec/ {print $2}' /tmp/newsbrief-wrk.txt)"
echo "p99 latency: $(awk '$1 == "99%" {print $2}' /tmp/newsbrief-wrk.txt)"
rm -f "$paths"
