package org.newsbrief.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;

/**
 * What one input record became: a cleaned article or a problem naming the record.
 *
 * @param article the article, or {@code null} when the record failed
 * @param problem why the record failed, or {@code null} when it gave an article
 */
record Outcome(@Nullable Article article, @Nullable Problem problem) implements Serializable {
  Outcome {
    if ((article == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of article and problem");
    }
  }

  static Outcome of(Article article) {
    return new Outcome(article, null);
  }

  static Outcome failed(String input, String message) {
    return new Outcome(null, new Problem(input, message));
  }
}
