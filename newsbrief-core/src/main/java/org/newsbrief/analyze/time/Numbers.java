package org.newsbrief.analyze.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analyze.NumberWords;

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

  private static final Map<String, Integer> VALUES = values();

  private Numbers() {}

  /** The cardinal words, and the articles, "hundred" and the phrases time expressions use. */
  private static Map<String, Integer> values() {
    Map<String, Integer> values = new HashMap<>(NumberWords.CARDINALS);
    values.put("a", 1);
    values.put("an", 1);
    values.put("hundred", 100);
    values.put("a couple of", 2);
    values.put("couple of", 2);
    values.put("twenty-four", 24);
    values.put("twenty four", 24);
    values.put("twenty-one", 21);
    values.put("twenty one", 21);
    return Map.copyOf(values);
  }

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
