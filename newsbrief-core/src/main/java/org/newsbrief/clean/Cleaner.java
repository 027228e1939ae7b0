package org.newsbrief.clean;

import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;

/** One job: a raw document in, a clean article out. */
public interface Cleaner {
  /**
   * Cleans {@code document}.
   *
   * @throws IllegalArgumentException when nothing of an article is left after cleaning
   */
  Article clean(RawDocument document);
}
