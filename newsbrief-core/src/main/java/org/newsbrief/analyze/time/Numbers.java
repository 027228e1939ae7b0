package org.newsbrief.analyze.time;

import java.util.Locale;
import java.util.Map;

/** Reads the small numbers that time expressions use, as digits or words. */
final class Numbers {
  static final String WORD =
      "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
          + "|sixty|seventy|eighty|ninety|hundred|several|few|a few|some|many|a couple of"
          + "|couple of|twenty[- ]four|twenty[- ]one)";

  /** The tens of a spoken year ("nineteen ninety-six"). */
  static final String TENS = "(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

  /** The units of a spoken number. */
  static final String UNITS = "(?i:one|two|three|four|five|six|seven|eight|nine)";

  private static final Map<String, Integer> VALUES =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("a couple of", 2),
          Map.entry("couple of", 2),
          Map.entry("twenty-four", 24),
          Map.entry("twenty four", 24),
          Map.entry("twenty-one", 21),
          Map.entry("twenty one", 21));

  private Numbers() {}

  /** The number {@code word} names, or "X" when it is vague ("several", "a few"). */
  static String value(String word) {
    String w = word.toLowerCase(Locale.ROOT).strip();
    if (w.matches("\\d+")) {
      return String.valueOf(Integer.parseInt(w));
    }
    Integer v = VALUES.get(w);
    return v == null ? "X" : String.valueOf(v);
  }
}
