/**
 * newsbrief as an Apache Spark job: reads JSONL and WARC/ARC corpora from any Hadoop-compatible
 * path, cleans documents in parallel, groups the articles into stories and writes one briefing per
 * story as JSON lines and Parquet, plus a report of the inputs that failed. Every stage is the
 * single-machine code, called through {@link org.newsbrief.NewsBriefings}.
 */
@NullMarked
package org.newsbrief.spark;

import org.jspecify.annotations.NullMarked;
