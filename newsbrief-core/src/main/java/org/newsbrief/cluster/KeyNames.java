package org.newsbrief.cluster;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.CalendarWords;
import org.newsbrief.analyze.Tokens;

/**
 * Names for labelling a story: runs of capitalised words ("Lindsay Lohan", "Betty Ford Clinic"),
 * without leading function words ("The") and without lone capitalised words that open a sentence.
 */
final class KeyNames {
  private static final String WORD = "\\p{Lu}[\\p{L}’'.-]*[\\p{L}]";
  private static final Pattern RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + WORD + "(?:[ ]+(?:of[ ]+)?" + WORD + "){0,4}");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?\"“]\\s*|\\n\\s*)$");

  /** A name ending in initials ("U.S") lost its final period to the pattern. */
  private static final Pattern INITIALS = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.)+\\p{Lu}$");

  private static final Set<String> CALENDAR = calendar();

  private KeyNames() {}

  private static Set<String> calendar() {
    Set<String> words = new java.util.HashSet<>(CalendarWords.WEEKDAYS);
    words.addAll(CalendarWords.MONTHS);
    return Set.copyOf(words);
  }

  static Set<String> of(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      String[] words = m.group().split(" +");
      int from = 0;
      while (from < words.length
          && Tokens.STOPWORDS.contains(words[from].toLowerCase(Locale.ROOT))) {
        from++;
      }
      boolean opensSentence =
          from == 0
              && SENTENCE_START
                  .matcher(text.substring(Math.max(0, m.start() - 3), m.start()))
                  .find();
      int kept = words.length - from;
      if (kept >= 2
          || (kept == 1
              && !opensSentence
              && words[from].length() > 1
              && !CALENDAR.contains(words[from].toLowerCase(Locale.ROOT)))) {
        String name = String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
        names.add(INITIALS.matcher(name).find() ? name + "." : name);
      }
    }
    return names;
  }
}
