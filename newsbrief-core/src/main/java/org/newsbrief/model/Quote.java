package org.newsbrief.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A quotation attributed to its speaker.
 *
 * @param text what was said, without quotation marks
 * @param direct true for a direct quotation, false for reported speech
 * @param speaker who said it
 * @param article the article id (the first article that carries the quotation)
 * @param sentence the sentence index within that article
 * @param sources ids of every article that carries the quotation, {@code article} first
 * @param via who relayed the words when the speaker's words come through someone else ("FARS" in
 *     "Khamenei said, according to FARS"), else null
 */
public record Quote(
    String text,
    boolean direct,
    Speaker speaker,
    String article,
    int sentence,
    List<String> sources,
    @Nullable String via) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(article, "article");
    sources = sources.isEmpty() ? List.of(article) : List.copyOf(sources);
    if (!sources.get(0).equals(article)) {
      throw new IllegalArgumentException("sources must start with the quote's article");
    }
  }

  /** A quotation spoken without a relay. */
  public Quote(
      String text,
      boolean direct,
      Speaker speaker,
      String article,
      int sentence,
      List<String> sources) {
    this(text, direct, speaker, article, sentence, sources, null);
  }

  /** A quotation carried by one article. */
  public Quote(String text, boolean direct, Speaker speaker, String article, int sentence) {
    this(text, direct, speaker, article, sentence, List.of(article), null);
  }
}
