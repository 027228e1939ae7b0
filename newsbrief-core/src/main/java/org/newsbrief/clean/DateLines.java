package org.newsbrief.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates in the header lines of an article: standalone date lines ("December 4,
 * 2014"), update stamps ("updated 7:58 PM EST, Thu November 6, 2014") and outlet datelines ("- The
 * Washington Times - Wednesday, December 3, 2014"). A date inside a sentence is not a publication
 * date and is never taken as one.
 */
final class DateLines {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
          + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          WEEKDAY + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** Words that may surround a date on a date line without making it a sentence. */
  private static final Pattern DECORATION =
      Pattern.compile(
          "(?i)\\b(updated|published|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|"
              + "[ecmp][sd]t|gmt|utc|et|\\d{1,2}:\\d{2})\\b|[-–—|,:/•]");

  private static final Pattern OUTLET_DATELINE =
      Pattern.compile("^[-–—]\\s*(.+?)\\s*[-–—]\\s*(.+)$");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private DateLines() {}

  /** A header line that states a date and little else. */
  record DateLine(LocalDate date, Optional<String> outlet) {}

  /** The date stated by {@code line} if the line is a date line, not a sentence. */
  static Optional<DateLine> parse(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 120 || !hasDigit(t)) {
      return Optional.empty();
    }
    Matcher outlet = OUTLET_DATELINE.matcher(t);
    if (outlet.matches()) {
      Optional<LocalDate> date = dateOnly(outlet.group(2));
      if (date.isPresent()) {
        return Optional.of(new DateLine(date.get(), Optional.of(outlet.group(1).strip())));
      }
    }
    Optional<Found> found = find(t);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String rest = t.substring(0, found.get().start()) + " " + t.substring(found.get().end());
    String leftover = DECORATION.matcher(rest).replaceAll(" ").strip();
    if (leftover.isEmpty()) {
      return Optional.of(new DateLine(found.get().date(), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} has an ASCII digit, which every date pattern needs; most lines have none.
   */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> dateOnly(String text) {
    Optional<Found> found = find(text.strip());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String rest = text.strip().substring(found.get().end());
    return DECORATION.matcher(rest).replaceAll(" ").isBlank()
        ? Optional.of(found.get().date())
        : Optional.empty();
  }

  private record Found(LocalDate date, int start, int end) {}

  private static Optional<Found> find(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return build(m.group(3), m.group(1), m.group(2), m.start(), m.end());
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return build(m.group(3), m.group(2), m.group(1), m.start(), m.end());
    }
    m = ISO.matcher(text);
    if (m.find()) {
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Optional.of(new Found(date, m.start(), m.end()));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> build(String year, String month, String day, int start, int end) {
    Integer monthNumber = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
    if (monthNumber == null) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
      return Optional.of(new Found(date, start, end));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
