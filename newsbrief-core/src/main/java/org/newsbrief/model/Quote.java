package org.newsbrief.model;

import java.util.Objects;

/**
 * A quotation attributed to its speaker.
 *
 * @param text what was said, without quotation marks
 * @param direct true for a direct quotation, false for reported speech
 * @param speaker who said it
 * @param article the article id
 * @param sentence the sentence index within that article
 */
public record Quote(String text, boolean direct, Speaker speaker, String article, int sentence) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(article, "article");
  }
}
