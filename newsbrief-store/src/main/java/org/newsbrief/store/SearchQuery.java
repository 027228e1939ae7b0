package org.newsbrief.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to look for. Every field is optional; the ones given must all hold.
 *
 * @param text full-text query over titles and bodies ("+" and "-" prefixes, quoted phrases, "*"
 *     suffix); relevance order when given, otherwise newest first
 * @param entity a name the article mentions ("Obama", "Islamic State")
 * @param speaker a name of someone the article quotes
 * @param outlet the publishing outlet, or a word of its name
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 * @param limit most hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
    @Nullable String text,
    @Nullable String entity,
    @Nullable String speaker,
    @Nullable String outlet,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int limit) {
  /** The most hits one search returns. */
  public static final int MAX_LIMIT = 500;

  /** The longest accepted text of any one field, in characters. */
  public static final int MAX_LENGTH = 500;

  public SearchQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    for (String s : new String[] {text, entity, speaker, outlet}) {
      if (s != null && s.length() > MAX_LENGTH) {
        throw new IllegalArgumentException("query longer than " + MAX_LENGTH + " characters");
      }
    }
    text = blankToNull(text);
    entity = blankToNull(entity);
    speaker = blankToNull(speaker);
    outlet = blankToNull(outlet);
  }

  /** A full-text query for {@code text} returning up to 20 hits. */
  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, null, null, 20);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
