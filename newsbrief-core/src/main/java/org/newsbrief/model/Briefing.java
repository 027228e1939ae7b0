package org.newsbrief.model;

import java.util.List;

/**
 * A sourced briefing over a set of articles: the contract that renderers and clients consume.
 *
 * @param articles the articles briefed, in a stable order
 * @param summary the cited multi-document summary, in reading order
 * @param problems inputs that could not be briefed
 */
public record Briefing(
    List<Article> articles, List<SummarySentence> summary, List<Problem> problems) {
  public Briefing {
    articles = List.copyOf(articles);
    summary = List.copyOf(summary);
    problems = List.copyOf(problems);
  }
}
