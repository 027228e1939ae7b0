package org.newsbrief.summarize;

import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;

/** One job: analyzed articles in, a cited summary of about {@code words} words out. */
public interface Summarizer {
  /** Summarizes {@code articles} in about {@code words} words, in reading order. */
  List<SummarySentence> summarize(List<AnalyzedArticle> articles, int words);
}
