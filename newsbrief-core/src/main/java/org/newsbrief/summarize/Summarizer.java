package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;

/** One job: analyzed articles in, a cited summary of about {@code words} words out. */
public interface Summarizer {
  /** Summarizes {@code articles} in about {@code words} words, in reading order. */
  default List<SummarySentence> summarize(List<AnalyzedArticle> articles, int words) {
    return summarize(articles, words, 0);
  }

  /**
   * Summarizes {@code articles} in about {@code words} words and at most {@code sentences}
   * sentences (0: no limit), in reading order.
   */
  List<SummarySentence> summarize(List<AnalyzedArticle> articles, int words, int sentences);
}
