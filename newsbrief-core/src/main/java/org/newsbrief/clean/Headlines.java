package org.newsbrief.clean;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headline of a text: the declared title when there is one, else a short first line that reads
 * like a headline, else the first words of the lead.
 */
final class Headlines {
  private static final int MAX_TITLE_WORDS = 25;

  private Headlines() {}

  /** Removes and returns the headline line from {@code lines}, if the text opens with one. */
  static @Nullable String take(List<String> lines, @Nullable String declared) {
    if (declared != null) {
      lines.removeIf(l -> l.strip().equals(declared.strip()));
      return declared.strip();
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (looksLikeHeadline(line)) {
        lines.remove(i);
        return line;
      }
      return null;
    }
    return null;
  }

  private static boolean looksLikeHeadline(String line) {
    char last = line.charAt(line.length() - 1);
    return line.split("\\s+").length <= MAX_TITLE_WORDS
        && ".,;:\"”".indexOf(last) < 0
        && !Character.isLowerCase(line.codePointAt(0));
  }

  /** The first words of the lead, for an article whose text gives no headline. */
  static String fromLead(String lead) {
    String[] words = lead.split("\\s+");
    if (words.length <= 14) {
      return lead;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, 12)) + " …";
  }
}
