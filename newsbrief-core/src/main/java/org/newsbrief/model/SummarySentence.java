package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the briefing's summary with the articles that state it.
 *
 * @param text the sentence, as written in its sources
 * @param sources ids of every article that contains this sentence, never empty
 */
public record SummarySentence(String text, List<String> sources) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one source: " + text);
    }
  }
}
