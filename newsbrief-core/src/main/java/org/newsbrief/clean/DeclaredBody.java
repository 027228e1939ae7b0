package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}, used instead of the text
 * read from the markup when that holds less than half of it: pages that render their text with
 * scripts, or split it so that the content scorer finds only a part. Each line of the declared body
 * is a paragraph.
 */
final class DeclaredBody {
  private static final int MIN_CHARS = 500;

  private DeclaredBody() {}

  /** The declared body's paragraphs when it is long and the read lines are short, else lines. */
  static List<String> orLines(@Nullable String declared, List<String> lines) {
    if (declared == null || declared.length() < MIN_CHARS || declared.contains("<")) {
      return lines;
    }
    int read = 0;
    for (String line : lines) {
      read += line.strip().length();
    }
    if (read * 2 >= declared.length()) {
      return lines;
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : declared.split("\\s*\\n\\s*")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
        paragraphs.add("");
      }
    }
    return paragraphs;
  }
}
