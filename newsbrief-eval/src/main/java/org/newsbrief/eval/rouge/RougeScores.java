package org.newsbrief.eval.rouge;

/**
 * The four ROUGE measures newsbrief reports.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeSu4 skip bigrams with up to four words between, plus unigrams
 * @param rougeL summary-level longest common subsequence
 */
public record RougeScores(
    RougeScore rouge1, RougeScore rouge2, RougeScore rougeSu4, RougeScore rougeL) {}
