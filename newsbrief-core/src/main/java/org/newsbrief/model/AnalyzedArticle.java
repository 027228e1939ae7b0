package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the results of language analysis.
 *
 * @param article the cleaned article
 * @param sentences its sentences, in order
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
