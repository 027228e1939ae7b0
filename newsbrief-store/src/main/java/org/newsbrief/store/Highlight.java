package org.newsbrief.store;

import java.util.Objects;

/**
 * A piece of a search snippet: plain text, or text that matched the query. Snippets are structured
 * rather than marked up so that no client has to parse HTML built from article text.
 *
 * @param text the text, unescaped
 * @param match whether it matched the query
 */
public record Highlight(String text, boolean match) {
  public Highlight {
    Objects.requireNonNull(text, "text");
  }
}
