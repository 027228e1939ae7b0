#!/usr/bin/env bash
# Throughput of the Spark job (org.newsbrief.spark.BriefingJob) in local mode (not part of CI).
#   bench/spark-bench.sh ARTICLES MASTER [WORDS]      e.g. bench/spark-bench.sh 10000 'local[2]' 150
# Writes a corpus of ARTICLES synthetic articles (real Multi-News stories re-dated and re-mixed, see
# `newsbrief eval cluster --set bench=N --set write=FILE` in docs/notes/stories.md; WORDS cuts each
# article to its lead, 0 = whole articles, default 150) to /tmp/newsbrief-spark-bench/ unless it is
# there, runs the job with Spark from the module's test class path (Spark is `provided`, as in
# BriefingJobIT), and prints the job's report: wall and CPU seconds per stage (CPU = the JVM's, which
# in local mode is the whole job's), and articles per second of each.
# Needs /work/shared/data/summarization/multinews_val_dev300.jsonl (or DATA=...).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
articles="${1:?usage: bench/spark-bench.sh ARTICLES MASTER [WORDS]}"
master="${2:?usage: bench/spark-bench.sh ARTICLES MASTER [WORDS]}"
words="${3:-150}"
data="${DATA:-/work/shared/data/summarization/multinews_val_dev300.jsonl}"
dir="${BENCH_DIR:-/tmp/newsbrief-spark-bench}"
corpus="$dir/corpus-$articles-w$words.jsonl"
mkdir -p "$dir"

if [ ! -s "$corpus" ]; then
  echo "== writing $corpus" >&2
  ./newsbrief eval cluster --data "$data" --set bench="$articles" --set words="$words" \
    --set write="$corpus.tmp" >&2
  mv "$corpus.tmp" "$corpus"
fi

cp_file=newsbrief-spark/target/bench-classpath.txt
if [ ! -s "$cp_file" ] || [ -n "$(find newsbrief-core/src/main newsbrief-spark/src/main -newer "$cp_file" -print -quit)" ]; then
  echo "== building newsbrief-spark and its test class path (Spark included)" >&2
  mvn -q -B -o -DskipTests -Dspotless.check.skip=true -pl newsbrief-spark -am package \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
  touch "$cp_file"
fi
# The JVM flags Spark needs on Java 17 (the module's pom passes the same to its tests).
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' newsbrief-spark/pom.xml)

out="$dir/out-$articles-w$words-$(echo "$master" | tr -cd 'a-z0-9')"
start=$(date +%s.%N)
# shellcheck disable=SC2086
java ${SPARK_BENCH_JAVA_OPTS:--Xmx4g} $opens -Dspark.master="$master" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$PWD/newsbrief-spark/src/test/resources/log4j2.properties" \
  -cp "newsbrief-spark/target/classes:$(cat "$cp_file")" \
  org.newsbrief.spark.BriefingJob --input "$corpus" --output "$out" >"$dir/stdout.txt"
end=$(date +%s.%N)
report="$out/report.json"
python3 - "$report" "$articles" "$master" "$words" "$start" "$end" <<'PY'
import json, sys
report, n, master, words, start, end = sys.argv[1:]
r = json.load(open(report))
w, c = r["seconds"], r["cpu_seconds"]
print(json.dumps(r))
print("articles=%s master=%s words=%s stories=%d jvm_wall_s=%.1f" % (n, master, words, r["stories"],
      float(end) - float(start)))
for name, t in (("wall", w), ("cpu", c)):
    print("%-4s total %7.1f s = %6.1f articles/s | read_clean %6.1f, assign %6.1f (clusterer %6.1f),"
          " brief %6.1f, write %5.1f" % (name, t["total"], r["articles"] / t["total"], t["read_clean"],
                                         t["assign"], t["cluster"], t["brief"], t["write"]))
PY
