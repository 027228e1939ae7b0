package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the briefing's summary with the articles that state it.
 *
 * @param text the sentence, as written in its sources
 * @param sources ids of every article that contains this sentence, never empty
 * @param support ids of every article that states the same fact, in these words or others (includes
 *     {@code sources})
 * @param outlets how many independent sources {@code support} comes from: one per outlet, and one
 *     per syndicated text however many outlets ran copies of it
 */
public record SummarySentence(
    String text, List<String> sources, List<String> support, int outlets) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    support = List.copyOf(support);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one source: " + text);
    }
    if (!support.containsAll(sources) || outlets < 1) {
      throw new IllegalArgumentException("support must include the sources: " + text);
    }
  }

  /** A sentence supported only by the articles that contain it, each its own outlet. */
  public SummarySentence(String text, List<String> sources) {
    this(text, sources, sources, Math.max(1, sources.size()));
  }
}
