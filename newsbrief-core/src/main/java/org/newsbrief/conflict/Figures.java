package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.CalendarWords;

/**
 * Reads the figures a sentence states about a story's toll and size: a number bound to a word that
 * says what it counts, after it ("23 people were killed", "a 6.1-magnitude quake") or before it
 * ("killing 23", "the death toll rose to 23", "magnitude 6.1"). A number that is a year, a time, a
 * date, an age, an ordinal, part of "mother of 12", or one of several coordinated counts ("two
 * women and one man died", whose sum the sentence does not state) is not read.
 */
final class Figures {
  private static final Pattern TOKEN =
      Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{L}+(?:['’]\\p{L}+)?|[^\\s\\p{L}\\d]");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
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
          Map.entry("dozen", 12));
  private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty");
  private static final Map<String, Double> SCALES =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9);

  /** Words after a number that say what it counts. */
  private static final Map<String, String> AFTER =
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
  private static final Map<String, String> BEFORE =
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

  private static final Pattern DEATH_TOLL =
      Pattern.compile(
          "(?i)\\bdeath\\s+toll\\b(?:\\s+\\p{L}+){0,3}?\\s+(?:to|at|of|is|was|reached)$");
  private static final Set<String> NOT_COUNTED =
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

  /** Words that end the phrase between a number and what it counts ("three days after ..."). */
  private static final Set<String> PHRASE_END =
      Set.of(
          "a", "an", "the", "of", "after", "before", "since", "in", "on", "at", "for", "with", "by",
          "from", "when", "who", "that", "which", "days", "weeks", "months", "hours", "minutes",
          "nights", "times", "ago");

  private static final Set<String> TIME_UNITS =
      Set.of("days", "weeks", "months", "hours", "minutes", "nights", "years", "times");
  private static final Set<String> COORDINATION = Set.of("and", "or", "but", ",", ";", "plus");
  private static final Set<String> MONTHS = CalendarWords.MONTHS_AND_ABBREVIATIONS;

  private Figures() {}

  /** The figures {@code sentence} states, in order. */
  static List<Figure> in(String sentence) {
    List<String> tokens = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      tokens.add(m.group());
      ends.add(m.end());
    }
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Double value = number(tokens.get(i));
      if (value == null
          || glued(sentence, ends.get(i))
          || dateOrTime(tokens, i, value)
          || i > 0 && NUMBER.matcher(tokens.get(i - 1)).matches()
          || lower(tokens, i + 1).equals("-") && TENS.contains(lower(tokens, i))) {
        continue;
      }
      if (lower(tokens, i - 1).equals("-") && TENS.contains(lower(tokens, i - 2))) {
        value += WORDS.getOrDefault(lower(tokens, i - 2), 0);
      }
      int next = i + 1;
      String scale = lower(tokens, next);
      if (SCALES.containsKey(scale)) {
        value *= SCALES.get(scale);
        next++;
      }
      Figure figure = read(sentence, tokens, ends, i, next, value);
      if (figure != null) {
        figures.add(figure);
      }
    }
    return figures;
  }

  private static @Nullable Figure read(
      String sentence, List<String> tokens, List<Integer> ends, int at, int next, double value) {
    int q = qualifierStart(tokens, at);
    String before = lower(tokens, q - 1);
    String quantity = BEFORE.get(before);
    if (quantity == null && q > 0) {
      int end = ends.get(q - 1);
      if (DEATH_TOLL.matcher(sentence.substring(Math.max(0, end - 60), end)).find()) {
        quantity = "deaths";
      }
    }
    if (quantity != null && TIME_UNITS.contains(lower(tokens, next))) {
      return null;
    }
    Set<String> counted = new LinkedHashSet<>();
    if (quantity != null) {
      counted.addAll(countedAfter(tokens, next));
    } else {
      if (before.equals("of") || coordinated(tokens, q)) {
        return null;
      }
      for (int j = next; j < Math.min(tokens.size(), next + 5) && quantity == null; j++) {
        String word = lower(tokens, j);
        if (COORDINATION.contains(word)
            || PHRASE_END.contains(word)
            || number(tokens.get(j)) != null) {
          break;
        }
        quantity = AFTER.get(word);
        if (quantity == null && !NOT_COUNTED.contains(word)) {
          if (!Character.isLetter(word.charAt(0))) {
            break;
          }
          counted.add(word);
        }
      }
    }
    if (quantity == null || quantity.equals("magnitude") && (value < 1 || value > 10)) {
      return null;
    }
    String written = sentence.substring(start(tokens, ends, q), ends.get(next - 1));
    double[] range = range(qualifier(tokens, q, at), value);
    if (q < at && !QUALIFIERS.contains(qualifier(tokens, q, at))) {
      range = range("", value);
    }
    return new Figure(quantity, value, range[0], range[1], written, counted);
  }

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
    Matcher m = TOKEN.matcher(sentence);
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

  /** What a number after its cue counts: "killing three bank workers" counts bank workers. */
  private static Set<String> countedAfter(List<String> tokens, int next) {
    Set<String> counted = new LinkedHashSet<>();
    for (int j = next; j < Math.min(tokens.size(), next + 3); j++) {
      String word = lower(tokens, j);
      if (COORDINATION.contains(word)
          || PHRASE_END.contains(word)
          || !Character.isLetter(word.charAt(0))) {
        break;
      }
      if (!NOT_COUNTED.contains(word)) {
        counted.add(word);
      }
    }
    return counted;
  }

  private static int start(List<String> tokens, List<Integer> ends, int i) {
    return ends.get(i) - tokens.get(i).length();
  }

  private static @Nullable Double number(String token) {
    if (NUMBER.matcher(token).matches()) {
      return Double.parseDouble(token.replace(",", ""));
    }
    Integer word = WORDS.get(token.toLowerCase(Locale.ROOT));
    return word == null ? null : word.doubleValue();
  }

  /** A number glued to letters ("11th", "6ft") is an ordinal or a measure, not a count. */
  private static boolean glued(String sentence, int end) {
    return end < sentence.length() && Character.isLetter(sentence.charAt(end));
  }

  private static boolean dateOrTime(List<String> tokens, int i, double value) {
    String prev = lower(tokens, i - 1);
    String next = lower(tokens, i + 1);
    boolean year = value >= 1900 && value <= 2100 && value == Math.rint(value);
    return year
        || prev.equals(":")
        || next.equals(":")
        || MONTHS.contains(prev)
        || MONTHS.contains(next)
        || next.equals("year")
        || next.equals("years")
        || next.equals("-") && lower(tokens, i + 2).startsWith("year")
        || next.equals("%")
        || next.equals("percent")
        || prev.equals("$");
  }

  /** Whether a count stands beside another count ("two women and one man"). */
  private static boolean coordinated(List<String> tokens, int q) {
    if (!COORDINATION.contains(lower(tokens, q - 1))) {
      return false;
    }
    boolean counting = false;
    for (int j = Math.max(0, q - 5); j < q - 1; j++) {
      if (number(tokens.get(j)) != null) {
        counting = true;
      } else if (AFTER.containsKey(lower(tokens, j))) {
        counting = false;
      }
    }
    return counting;
  }

  private static final List<String> QUALIFIERS =
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

  private static int qualifierStart(List<String> tokens, int number) {
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

  private static String qualifier(List<String> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to)).toLowerCase(Locale.ROOT);
  }

  private static double[] range(String qualifier, double v) {
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

  private static String lower(List<String> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).toLowerCase(Locale.ROOT);
  }
}
