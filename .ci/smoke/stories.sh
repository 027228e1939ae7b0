#!/usr/bin/env bash
# Smoke run of `newsbrief stories`: the demo corpus is one story of five articles.
set -euo pipefail
echo "-- stories"
out=$(./newsbrief stories samples/iran-isis-2014 --json)
echo "$out" | head -c 600; echo
count=$(grep -c '"label"' <<<"$out")
[ "$count" -eq 1 ] || { echo "stories: the demo should be one story, got $count" >&2; exit 1; }
