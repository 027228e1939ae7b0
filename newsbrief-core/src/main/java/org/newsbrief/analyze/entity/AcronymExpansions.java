package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that the text defines by their initials: "Baltic Canadian Congress (BCC)", "Detroit Water
 * and Sewerage Department (DWSD)", "National Oceanic and Atmospheric Administration (NOAA)".
 * Elsewhere "and" ends a name ("Iran and Iraq" are two), and the tagger may cut a name it does not
 * know into pieces, so these are found first and kept whole.
 */
final class AcronymExpansions {
  private static final Pattern DEFINED =
      Pattern.compile(
          "((?:\\p{Lu}\\p{L}*\\s+)+(?:and\\s+(?:\\p{Lu}\\p{L}*\\s+)*)?\\p{Lu}\\p{L}*)\\s+\\((\\p{Lu}{2,6})\\)");

  private AcronymExpansions() {}

  /** The {start, end} of each such name in {@code sentence}. */
  static List<int[]> spans(String sentence) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = DEFINED.matcher(sentence);
    while (m.find()) {
      String acronym = m.group(2);
      int start = m.start(1);
      String name = m.group(1);
      while (!name.isEmpty() && !initials(name).equals(acronym)) {
        int space = name.indexOf(' ');
        if (space < 0 || name.startsWith("and ")) {
          name = "";
          break;
        }
        start += space + 1;
        name = name.substring(space + 1);
      }
      if (!name.isEmpty()) {
        spans.add(new int[] {start, m.end(1)});
      }
    }
    return spans;
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (!word.equals("and")) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }
}
