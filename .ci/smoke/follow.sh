#!/usr/bin/env bash
# Smoke run of `newsbrief follow --once`: a loopback feed whose entry has only a link and a summary
# (python3's http.server, which answers If-Modified-Since with 304), polled twice into a new store.
set -euo pipefail
echo "-- follow"
command -v python3 >/dev/null || { echo "follow smoke: no python3 for the loopback site, skipped"; exit 0; }
site=$(mktemp -d); store=$(mktemp -d)/store
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$site/a.html" <<HTML
<html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1>
<p>The council in Springfield met on Tuesday to debate the budget for the new bridge, and the vote was delayed again.</p>
<p>"We need another month to read the engineers' report," the mayor told reporters after the meeting.</p>
</article></body></html>
HTML
cat > "$site/feed.rss" <<RSS
<?xml version="1.0"?><rss version="2.0"><channel><title>Smoke Wire</title><link>http://127.0.0.1:$port/</link>
<description>d</description><item><title>Bridge vote delayed</title><link>http://127.0.0.1:$port/a.html</link>
<pubDate>Tue, 02 Dec 2014 10:00:00 GMT</pubDate><description>A teaser only.</description></item></channel></rss>
RSS
(cd "$site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
first=$(./newsbrief follow --once --json --quiet --store "$store" "http://127.0.0.1:$port/feed.rss")
echo "$first" | head -c 400; echo
grep -q '"all_read":true' <<<"$first" && grep -q '"added":1' <<<"$first" \
  || { echo "follow: the first poll should read the feed and store its page" >&2; exit 1; }
second=$(./newsbrief follow --once --json --quiet --store "$store" "http://127.0.0.1:$port/feed.rss")
grep -q '"status":"not_modified"' <<<"$second" \
  || { echo "follow: the second poll should be answered 304: $second" >&2; exit 1; }
