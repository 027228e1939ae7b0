/**
 * {@code newsbrief eval extract}: article-body extraction on the Article Extraction Benchmark,
 * scored with its metric (word 4-gram shingles, per-page normalised counts, P and R means), side by
 * side with boilerpipe and readability4j run in the same process, Mozilla Readability run by Node
 * in a child process, and the published outputs of other systems on the same pages.
 */
@NullMarked
package org.newsbrief.eval.extract;

import org.jspecify.annotations.NullMarked;
