package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;

/**
 * The articles the summarizer counts as stating a sentence's fact (its support, as in a briefing),
 * for any sentence of a story: lets an evaluation compare them with hand labels.
 */
public final class Support {
  private Support() {}

  /**
   * For each sentence (text and the id of the article it comes from), the ids of the articles of
   * {@code articles} that state it by the shipped rule, its own first.
   */
  public static List<List<String>> of(
      List<String> texts, List<String> sourceIds, List<AnalyzedArticle> articles) {
    return of(texts, sourceIds, articles, SupportRule.shipped());
  }

  /** As above, by {@code rule}. */
  public static List<List<String>> of(
      List<String> texts,
      List<String> sourceIds,
      List<AnalyzedArticle> articles,
      SupportRule rule) {
    if (texts.size() != sourceIds.size()) {
      throw new IllegalArgumentException("one source id per sentence");
    }
    List<SummarySentence> sentences = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new SummarySentence(texts.get(i), List.of(sourceIds.get(i))));
    }
    return Corroboration.of(sentences, articles, List.of(), ConceptWeights.of(articles), rule)
        .stream()
        .map(SummarySentence::support)
        .toList();
  }
}
