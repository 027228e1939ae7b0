package org.newsbrief.model;

import java.util.Objects;

/**
 * Where something is mentioned.
 *
 * @param article the article id
 * @param sentence the sentence index within that article
 */
public record Mention(String article, int sentence) {
  public Mention {
    Objects.requireNonNull(article, "article");
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index: " + sentence);
    }
  }
}
