/**
 * {@code newsbrief eval summarize}: ROUGE of newsbrief's summarizer on Multi-News style JSONL
 * ({"id", "articles": [...], "summary"}), side by side with Lead (first sentences of every
 * article), LexRank and TextRank at the same length, with the share of summary sentences that do
 * not read well ({@code defect_*}); {@code bench summarize}; and {@code newsbrief train summarize},
 * which fits the summarizer's coverage model and lexical priors on the Multi-News train split.
 */
@NullMarked
package org.newsbrief.eval.summarize;

import org.jspecify.annotations.NullMarked;
