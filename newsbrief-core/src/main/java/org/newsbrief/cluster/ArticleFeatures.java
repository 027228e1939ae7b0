package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the clusterer compares of one article.
 *
 * @param id the article id
 * @param title the headline
 * @param published the publication date, when known
 * @param terms the unit-length log-tf-idf vector, names boosted
 * @param embedding the unit-length embedding, or {@code null} when embeddings are off
 * @param entities the names the article mentions, as written
 * @param sequence the article's place in the stream, from 0
 * @param titleTerms the unit-length tf-idf vector of the headline's words
 * @param names the unit-length idf vector of the names the article mentions, lower-cased
 * @param numbers the unit-length tf-idf vector of the tokens with a digit (numbers, years, dates)
 */
record ArticleFeatures(
    String id,
    String title,
    @Nullable LocalDate published,
    Map<String, Double> terms,
    float @Nullable [] embedding,
    Set<String> entities,
    long sequence,
    Map<String, Double> titleTerms,
    Map<String, Double> names,
    Map<String, Double> numbers) {
  /** Features with no title, name or number vectors (the cosine rule alone does not use them). */
  ArticleFeatures(
      String id,
      String title,
      @Nullable LocalDate published,
      Map<String, Double> terms,
      float @Nullable [] embedding,
      Set<String> entities,
      long sequence) {
    this(id, title, published, terms, embedding, entities, sequence, Map.of(), Map.of(), Map.of());
  }
}
