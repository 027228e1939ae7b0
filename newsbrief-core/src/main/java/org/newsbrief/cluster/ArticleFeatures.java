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
 */
record ArticleFeatures(
    String id,
    String title,
    @Nullable LocalDate published,
    Map<String, Double> terms,
    float @Nullable [] embedding,
    Set<String> entities,
    long sequence) {}
