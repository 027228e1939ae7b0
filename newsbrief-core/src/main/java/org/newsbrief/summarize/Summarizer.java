package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

/** One job: analyzed articles in, a cited summary of about {@code words} words out. */
public interface Summarizer {
  /** Summarizes {@code articles} in about {@code words} words, in reading order. */
  default List<SummarySentence> summarize(List<AnalyzedArticle> articles, int words) {
    return summarize(articles, words, 0);
  }

  /**
   * Summarizes {@code articles} in about {@code words} words and at most {@code sentences}
   * sentences (0: no limit), in reading order, treating no article as a copy of another.
   */
  default List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, int words, int sentences) {
    return summarize(articles, List.of(), words, sentences);
  }

  /**
   * Summarizes {@code articles} in about {@code words} words and at most {@code sentences}
   * sentences (0: no limit), in reading order. Each group in {@code syndication} counts as one
   * source: its copies are weighed once, yet every copy that states a sentence is cited.
   */
  List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, List<Syndication> syndication, int words, int sentences);

  /**
   * Summarizes as {@link #summarize(List, List, int, int)}, giving each of {@code sides} (the
   * statements of a dispute's sides, see {@link Sides}) a place in the summary when they fit; a
   * summarizer that cannot ignores them.
   */
  default List<SummarySentence> summarize(
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      int words,
      int sentences,
      List<SummarySentence> sides) {
    return summarize(articles, syndication, words, sentences);
  }
}
