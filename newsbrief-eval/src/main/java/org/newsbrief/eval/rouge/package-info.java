/**
 * ROUGE as ROUGE-1.5.5 computes it: ROUGE-N, ROUGE-SU4 (skip bigrams with at most four words
 * between, plus unigrams) and summary-level ROUGE-L (union LCS), with its tokenisation,
 * lower-casing, optional Porter stemming, word-limit truncation and multiple references.
 */
@NullMarked
package org.newsbrief.eval.rouge;

import org.jspecify.annotations.NullMarked;
