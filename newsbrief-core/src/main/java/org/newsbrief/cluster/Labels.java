package org.newsbrief.cluster;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A story's label: the member title that scores best, a headline before a lead sentence standing in
 * for one (the cleaner ends a cut lead with "…"), and never the dateline a lead opens with ("Moscow
 * (AP) — ", "WASHINGTON — "), which is a place and an agency, not what happened.
 */
final class Labels {
  /** A place (and date) then an agency in brackets. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[\\p{L}][\\p{L}\\p{N}.,' ]{1,40}?\\(\\s*\\p{L}[\\p{L}.]{1,15}\\s*\\)\\s*(?:[-–—]{1,2}|:)?(?:\\s+|$)");

  /** A place in capitals then a dash: a dateline only before a lead sentence, not a headline. */
  private static final Pattern CAPITALS_DASH =
      Pattern.compile("^\\p{Lu}{2,}[\\p{Lu}.,' ]{0,30}?\\s*[-–—]{1,2}\\s+");

  private static final int LEAD_WORDS = 8;

  private Labels() {}

  /** The best-scoring title, headlines first, without a leading dateline. */
  static String choose(List<String> titles, ToDoubleFunction<String> score) {
    String best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (boolean headlinesOnly : new boolean[] {true, false}) {
      for (String title : titles) {
        if (headlinesOnly && (title.endsWith("…") || withoutDateline(title).isEmpty())) {
          continue;
        }
        double s = score.applyAsDouble(title);
        if (best == null || s > top) {
          best = title;
          top = s;
        }
      }
      if (best != null) {
        break;
      }
    }
    if (best == null) {
      return "";
    }
    String label = withoutDateline(best);
    return label.isEmpty() ? best : label;
  }

  /** {@code title} without its opening dateline, first letter capitalised; "" if nothing else. */
  static String withoutDateline(String title) {
    var m = DATELINE.matcher(title);
    var capitals = CAPITALS_DASH.matcher(title);
    String rest;
    if (m.find()) {
      rest = title.substring(m.end()).strip();
    } else if (capitals.find()) {
      rest = title.substring(capitals.end()).strip();
      if (rest.split("\\s+").length < LEAD_WORDS) {
        return title;
      }
    } else {
      return title;
    }
    if (rest.split("\\s+").length < 3) {
      return rest.isEmpty() ? "" : title;
    }
    return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
  }
}
