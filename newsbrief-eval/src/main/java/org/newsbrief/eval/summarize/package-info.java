/**
 * {@code newsbrief eval summarize}: ROUGE of newsbrief's summarizer on Multi-News style JSONL
 * ({"id", "articles": [...], "summary"}), side by side with Lead (first sentences of every
 * article), LexRank and TextRank at the same length.
 */
@NullMarked
package org.newsbrief.eval.summarize;

import org.jspecify.annotations.NullMarked;
