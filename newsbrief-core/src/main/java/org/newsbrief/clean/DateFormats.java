package org.newsbrief.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as pages write them, in English, German, French, Spanish, Italian, Portuguese, Dutch and
 * Polish: ISO {@code 2014-12-04} and {@code 2014/12/04}, day first {@code 4.12.2014}, {@code
 * 04/12/2014} and {@code 4.12.14} (month first only when the day-first reading is impossible), and
 * with month names ({@code 4. Dezember 2014}, {@code 4 de diciembre de 2014}, {@code 4 grudnia
 * 2014}, {@code December 4th, 2014}, {@code Dec 4 2014}). Years outside 1995 to next year are
 * refused; so is a day after today.
 */
final class DateFormats {
  private static final String NAME = "(\\p{L}{3,12})\\.?";
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)?\\d{2})(?![\\d/-])");
  private static final Pattern DAY_NAME_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:\\.|er|º|°)?\\s*(?:de\\s+)?"
              + NAME
              + ",?\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_DAY_YEAR =
      Pattern.compile(
          NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date found in a text, and where. */
  record Found(LocalDate date, int start, int end) {}

  private DateFormats() {}

  /** Every plausible date in {@code text}, in order of position. */
  static List<Found> findAll(String text) {
    List<Found> found = new ArrayList<>();
    if (!DateLines.hasDigit(text)) {
      return found;
    }
    collect(ISO.matcher(text), 1, 3, 4, false, found);
    collect(DAY_NAME_YEAR.matcher(text), 3, 2, 1, true, found);
    collect(NAME_DAY_YEAR.matcher(text), 3, 1, 2, true, found);
    collect(DAY_FIRST.matcher(text), 4, 3, 1, false, found);
    found.sort(java.util.Comparator.comparingInt(Found::start));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : found) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return kept;
  }

  /**
   * The first plausible date in {@code text}, or null: {@code findAll(text).get(0)}, found without
   * reading past it (each pattern stops at its first date, or where an earlier pattern's date
   * starts, since that one wins a tie).
   */
  static @Nullable LocalDate first(String text) {
    if (!DateLines.hasDigit(text)) {
      return null;
    }
    List<Found> found = new ArrayList<>(1);
    earliest(ISO.matcher(text), 1, 3, 4, false, found);
    if (DateTextScan.hasYear(text)) {
      earliest(DAY_NAME_YEAR.matcher(text), 3, 2, 1, true, found);
      int from = DateTextScan.nameDayFrom(text);
      if (from >= 0) {
        Matcher m = NAME_DAY_YEAR.matcher(text);
        earliest(m, m.find(from), 3, 1, 2, true, found);
      }
    }
    earliest(DAY_FIRST.matcher(text), 4, 3, 1, false, found);
    return found.isEmpty() ? null : found.get(0).date();
  }

  private static void collect(
      Matcher m, int year, int month, int day, boolean named, List<Found> out) {
    while (m.find()) {
      LocalDate date = date(m, year, month, day, named);
      if (date != null) {
        out.add(new Found(date, m.start(), m.end()));
      }
    }
  }

  /** Leaves in {@code out} the earlier of its one date and this pattern's first date. */
  private static void earliest(
      Matcher m, int year, int month, int day, boolean named, List<Found> out) {
    earliest(m, m.find(), year, month, day, named, out);
  }

  /** As above, with the matcher's first {@code find} already made ({@code found}: its result). */
  private static void earliest(
      Matcher m, boolean found, int year, int month, int day, boolean named, List<Found> out) {
    int before = out.isEmpty() ? Integer.MAX_VALUE : out.get(0).start();
    for (boolean more = found; more && m.start() < before; more = m.find()) {
      LocalDate date = date(m, year, month, day, named);
      if (date != null) {
        out.clear();
        out.add(new Found(date, m.start(), m.end()));
        return;
      }
    }
  }

  private static @Nullable LocalDate date(Matcher m, int year, int month, int day, boolean named) {
    LocalDate date = build(m.group(year), m.group(month), m.group(day), named);
    if (date == null && !named && m.groupCount() == 4 && year == 4) {
      date = build(m.group(year), m.group(day), m.group(month), false);
    }
    return date;
  }

  private static @Nullable LocalDate build(String y, String mo, String d, boolean named) {
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      int now = LocalDate.now(ZoneOffset.UTC).getYear() % 100;
      year += year <= now ? 2000 : 1900;
    }
    Integer month = named ? MonthNames.number(mo) : Integer.valueOf(mo);
    if (month == null) {
      return null;
    }
    try {
      return plausible(LocalDate.of(year, month, Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code date} when it lies between 1995 and today (UTC, plus a day of time-zone slack). */
  static @Nullable LocalDate plausible(@Nullable LocalDate date) {
    if (date == null || date.getYear() < 1995) {
      return null;
    }
    return date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? null : date;
  }
}
