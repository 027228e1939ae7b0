package org.newsbrief.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A quoted key and what follows it in a script's text ({@code "datePublished": "2014-12-04"}),
 * found fast: the pattern is tried only where a quote opens one of the keys' first letters, instead
 * of at every position of a script that may be a megabyte long. The first match is the one {@link
 * Matcher#find()} would give.
 */
final class ScriptKeys {
  private final Pattern pattern;
  private final List<String> starts;

  private ScriptKeys(Pattern pattern, List<String> starts) {
    this.pattern = pattern;
    this.starts = starts;
  }

  /**
   * Keys matching {@code keys} (a regex) in quotes, then {@code after}; every key begins with one
   * of {@code starts}.
   */
  static ScriptKeys of(String keys, String after, String... starts) {
    return new ScriptKeys(Pattern.compile("\"" + keys + "\"" + after), List.of(starts));
  }

  /** The first match in {@code text}, or null. */
  @Nullable Matcher find(String text) {
    Matcher m = pattern.matcher(text);
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
      if (opensKey(text, quote + 1) && m.region(quote, text.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  private boolean opensKey(String text, int at) {
    for (String start : starts) {
      if (text.startsWith(start, at)) {
        return true;
      }
    }
    return false;
  }
}
