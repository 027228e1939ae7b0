package org.newsbrief.conflict;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.NumberWords;

/**
 * The words {@link Figures} reads numbers with: digits and number words ("twenty-three", "a
 * dozen"), scale words ("million"), and the qualifiers that make a number a range ("at least 23",
 * "about 40").
 */
final class FigureWords {
  private FigureWords() {}

  static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

  /** Number words: the cardinals and "dozen". */
  static final Map<String, Integer> WORDS = words();

  static final Set<String> TENS = NumberWords.TENS;
  static final Map<String, Double> SCALES =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9);

  private static Map<String, Integer> words() {
    Map<String, Integer> words = new HashMap<>(NumberWords.CARDINALS);
    words.put("dozen", 12);
    return Map.copyOf(words);
  }

  static @Nullable Double number(String token) {
    if (NUMBER.matcher(token).matches()) {
      return Double.parseDouble(token.replace(",", ""));
    }
    Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
    return word == null ? null : word.doubleValue();
  }

  static final List<String> QUALIFIERS =
      List.of(
          "at least",
          "no fewer than",
          "more than",
          "over",
          "upwards of",
          "about",
          "around",
          "some",
          "approximately",
          "roughly",
          "an estimated",
          "estimated",
          "nearly",
          "almost",
          "up to",
          "as many as");

  static int qualifierStart(List<String> tokens, int number) {
    int at =
        lower(tokens, number - 1).equals("-") && TENS.contains(lower(tokens, number - 2))
            ? number - 2
            : number;
    String two = lower(tokens, at - 2) + " " + lower(tokens, at - 1);
    String three = lower(tokens, at - 3) + " " + two;
    if (QUALIFIERS.contains(three)) {
      return at - 3;
    }
    if (QUALIFIERS.contains(two)) {
      return at - 2;
    }
    return QUALIFIERS.contains(lower(tokens, at - 1)) ? at - 1 : at;
  }

  static String qualifier(List<String> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to)).toLowerCase(Locale.ROOT);
  }

  static double[] range(String qualifier, double v) {
    return switch (qualifier) {
      case "at least", "no fewer than" -> new double[] {v, Double.MAX_VALUE};
      case "more than", "over", "upwards of" -> new double[] {v + 1e-6, Double.MAX_VALUE};
      case "about", "around", "some", "approximately", "roughly", "an estimated", "estimated" ->
          new double[] {v * 0.85, v * 1.15};
      case "nearly", "almost" -> new double[] {v * 0.8, v};
      case "up to", "as many as" -> new double[] {0, v};
      default -> new double[] {v, v};
    };
  }

  static String lower(List<String> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).toLowerCase(Locale.ROOT);
  }

  /** Words after a number that say what it counts. */
  static final Map<String, String> AFTER =
      Map.ofEntries(
          Map.entry("killed", "deaths"),
          Map.entry("dead", "deaths"),
          Map.entry("died", "deaths"),
          Map.entry("deaths", "deaths"),
          Map.entry("fatalities", "deaths"),
          Map.entry("perished", "deaths"),
          Map.entry("injured", "injured"),
          Map.entry("wounded", "injured"),
          Map.entry("hurt", "injured"),
          Map.entry("injuries", "injured"),
          Map.entry("missing", "missing"),
          Map.entry("arrested", "arrested"),
          Map.entry("detained", "arrested"),
          Map.entry("arrests", "arrested"),
          Map.entry("evacuated", "evacuated"),
          Map.entry("magnitude", "magnitude"));

  /** Words before a number that say what it counts. */
  static final Map<String, String> BEFORE =
      Map.of(
          "killing", "deaths",
          "killed", "deaths",
          "injuring", "injured",
          "wounding", "injured",
          "injured", "injured",
          "wounded", "injured",
          "magnitude", "magnitude",
          "arresting", "arrested",
          "evacuating", "evacuated");

  static final Pattern DEATH_TOLL =
      Pattern.compile(
          "(?i)\\bdeath\\s+toll\\b(?:\\s+\\p{L}+){0,3}?\\s+(?:to|at|of|is|was|reached)$");
  static final Set<String> NOT_COUNTED =
      Set.of(
          "were",
          "was",
          "have",
          "has",
          "had",
          "been",
          "are",
          "is",
          "being",
          "reportedly",
          "confirmed",
          "believed",
          "feared",
          "later",
          "also",
          "people",
          "persons",
          "others",
          "individuals",
          "more",
          "other",
          "them",
          "-");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "and", "for", "with", "that", "this", "from", "have", "has", "had", "were", "was",
          "are", "been", "said", "says", "say", "they", "their", "his", "her", "its", "into",
          "after", "than", "more", "about", "over", "least", "people", "who", "which", "also",
          "not", "but");

  /**
   * The content words of a sentence besides its figures' own words: what two reports of one figure
   * must share to be about the same matter.
   */
  static Set<String> contentWords(String sentence) {
    Set<String> words = new java.util.HashSet<>();
    Matcher m = Figures.TOKEN.matcher(sentence);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() >= 3
          && Character.isLetter(w.charAt(0))
          && !FUNCTION_WORDS.contains(w)
          && !AFTER.containsKey(w)
          && !BEFORE.containsKey(w)
          && !WORDS.containsKey(w)) {
        words.add(w);
      }
    }
    return words;
  }
}
