package org.newsbrief.eval.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.TimeExpression;

/**
 * The sparse named features {@link TimeFilter} weighs: the expression's words (digits as 0), its
 * first and last word, the word before and after it, the shape of its value (digits as 9), its
 * type, its capital, and how far its year lies from the article's. Which words matter is learned,
 * not listed: a word that is not in the weights weighs nothing.
 */
final class TimeFilterFeatures {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

  private TimeFilterFeatures() {}

  static Map<String, Double> of(String text, TimeExpression t, @Nullable LocalDate anchor) {
    Map<String, Double> f = new TreeMap<>();
    f.put("bias", 1.0);
    String first = null;
    String last = null;
    Matcher m = WORD.matcher(text.substring(t.start(), t.end()));
    while (m.find()) {
      String w = word(m.group());
      f.put("w=" + w, 1.0);
      first = first == null ? w : first;
      last = w;
    }
    if (first != null) {
      f.put("first=" + first, 1.0);
      f.put("last=" + last, 1.0);
    }
    f.put("prev=" + neighbour(text, t.start(), -1), 1.0);
    f.put("next=" + neighbour(text, t.end(), 1), 1.0);
    f.put("shape=" + t.value().replaceAll("\\d", "9"), 1.0);
    f.put("type=" + t.type(), 1.0);
    if (Character.isUpperCase(text.charAt(t.start()))) {
      f.put("capital", 1.0);
    }
    f.put("years=" + years(t.value(), anchor), 1.0);
    return f;
  }

  private static String word(String w) {
    return w.toLowerCase(Locale.ROOT).replaceAll("\\d", "0");
  }

  /** The word next to position {@code at} going {@code step} (-1 back, 1 ahead), or a mark. */
  private static String neighbour(String text, int at, int step) {
    int i = step < 0 ? at - 1 : at;
    while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
      i += step;
    }
    if (i < 0 || i >= text.length()) {
      return "<edge>";
    }
    char c = text.charAt(i);
    if (!Character.isLetterOrDigit(c)) {
      return c == '\n' ? "<line>" : String.valueOf(c);
    }
    int j = i;
    while (j >= 0 && j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j += step;
    }
    String w = step < 0 ? text.substring(j + 1, i + 1) : text.substring(i, j);
    return word(w);
  }

  /** How many years the value lies from the anchor's: "0", "-1", "+1", "far", or "none". */
  private static String years(String value, @Nullable LocalDate anchor) {
    Matcher y = YEAR.matcher(value);
    if (anchor == null || !y.find()) {
      return "none";
    }
    int d = Integer.parseInt(y.group(1)) - anchor.getYear();
    return d == 0 ? "0" : Math.abs(d) == 1 ? (d < 0 ? "-1" : "+1") : "far";
  }
}
