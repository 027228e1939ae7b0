package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
  /** Numbers, words and single marks, in order. */
  static final Pattern TOKEN =
      Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{L}+(?:['’]\\p{L}+)?|[^\\s\\p{L}\\d]");

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
      Double value = FigureWords.number(tokens.get(i));
      if (value == null
          || glued(sentence, ends.get(i))
          || dateOrTime(tokens, i, value)
          || i > 0 && FigureWords.NUMBER.matcher(tokens.get(i - 1)).matches()
          || FigureWords.lower(tokens, i + 1).equals("-")
              && FigureWords.TENS.contains(FigureWords.lower(tokens, i))) {
        continue;
      }
      if (FigureWords.lower(tokens, i - 1).equals("-")
          && FigureWords.TENS.contains(FigureWords.lower(tokens, i - 2))) {
        value += FigureWords.WORDS.getOrDefault(FigureWords.lower(tokens, i - 2), 0);
      }
      int next = i + 1;
      String scale = FigureWords.lower(tokens, next);
      if (FigureWords.SCALES.containsKey(scale)) {
        value *= FigureWords.SCALES.get(scale);
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
    int q = FigureWords.qualifierStart(tokens, at);
    String before = FigureWords.lower(tokens, q - 1);
    String quantity = FigureWords.BEFORE.get(before);
    if (quantity == null && q > 0) {
      int end = ends.get(q - 1);
      if (FigureWords.DEATH_TOLL.matcher(sentence.substring(Math.max(0, end - 60), end)).find()) {
        quantity = "deaths";
      }
    }
    if (quantity != null && TIME_UNITS.contains(FigureWords.lower(tokens, next))) {
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
        String word = FigureWords.lower(tokens, j);
        if (COORDINATION.contains(word)
            || PHRASE_END.contains(word)
            || FigureWords.number(tokens.get(j)) != null) {
          break;
        }
        quantity = FigureWords.AFTER.get(word);
        if (quantity == null && !FigureWords.NOT_COUNTED.contains(word)) {
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
    double[] range = FigureWords.range(FigureWords.qualifier(tokens, q, at), value);
    if (q < at && !FigureWords.QUALIFIERS.contains(FigureWords.qualifier(tokens, q, at))) {
      range = FigureWords.range("", value);
    }
    return new Figure(quantity, value, range[0], range[1], written, counted);
  }

  /** What a number after its cue counts: "killing three bank workers" counts bank workers. */
  private static Set<String> countedAfter(List<String> tokens, int next) {
    Set<String> counted = new LinkedHashSet<>();
    for (int j = next; j < Math.min(tokens.size(), next + 3); j++) {
      String word = FigureWords.lower(tokens, j);
      if (COORDINATION.contains(word)
          || PHRASE_END.contains(word)
          || !Character.isLetter(word.charAt(0))) {
        break;
      }
      if (!FigureWords.NOT_COUNTED.contains(word)) {
        counted.add(word);
      }
    }
    return counted;
  }

  private static int start(List<String> tokens, List<Integer> ends, int i) {
    return ends.get(i) - tokens.get(i).length();
  }

  /** A number glued to letters ("11th", "6ft") is an ordinal or a measure, not a count. */
  private static boolean glued(String sentence, int end) {
    return end < sentence.length() && Character.isLetter(sentence.charAt(end));
  }

  private static boolean dateOrTime(List<String> tokens, int i, double value) {
    String prev = FigureWords.lower(tokens, i - 1);
    String next = FigureWords.lower(tokens, i + 1);
    boolean year = value >= 1900 && value <= 2100 && value == Math.rint(value);
    return year
        || prev.equals(":")
        || next.equals(":")
        || MONTHS.contains(prev)
        || MONTHS.contains(next)
        || next.equals("year")
        || next.equals("years")
        || next.equals("-") && FigureWords.lower(tokens, i + 2).startsWith("year")
        || next.equals("%")
        || next.equals("percent")
        || prev.equals("$");
  }

  /** Whether a count stands beside another count ("two women and one man"). */
  private static boolean coordinated(List<String> tokens, int q) {
    if (!COORDINATION.contains(FigureWords.lower(tokens, q - 1))) {
      return false;
    }
    boolean counting = false;
    for (int j = Math.max(0, q - 5); j < q - 1; j++) {
      if (FigureWords.number(tokens.get(j)) != null) {
        counting = true;
      } else if (FigureWords.AFTER.containsKey(FigureWords.lower(tokens, j))) {
        counting = false;
      }
    }
    return counting;
  }
}
