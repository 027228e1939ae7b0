package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event.
 *
 * @param date the normalised ISO value ("2014-12-03", "2014-09", "2014-W49")
 * @param text what happened, as stated in the sources
 * @param sources ids of the articles that state it
 */
public record TimelineEvent(String date, String text, List<String> sources) {
  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
  }
}
