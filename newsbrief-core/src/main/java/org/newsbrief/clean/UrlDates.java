package org.newsbrief.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The date a news URL carries in its path: {@code /2014/12/04/}, {@code /2014/dec/04/}, {@code
 * /20141204/} or {@code 2014-12-04}, when it is plausible ({@link DateFormats#plausible}).
 */
final class UrlDates {
  private static final Pattern URL_SLASHED =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])");
  private static final Pattern URL_DASHED =
      Pattern.compile("(?:^|[^\\d])((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?:$|[^\\d])");
  private static final Pattern URL_MONTH_NAME =
      Pattern.compile(
          "/((?:19|20)\\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\\d{1,2})/",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|$|[^\\d])");

  private UrlDates() {}

  /** The date a news URL carries in its path, when it carries one. */
  static @Nullable LocalDate of(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    for (Pattern p : List.of(URL_SLASHED, URL_DASHED, URL_COMPACT)) {
      LocalDate date = plausible(ymd(p.matcher(path)));
      if (date != null) {
        return date;
      }
    }
    Matcher named = URL_MONTH_NAME.matcher(path);
    if (named.find()) {
      return plausible(
          DateLines.parse(named.group(2) + " " + named.group(3) + ", " + named.group(1))
              .map(DateLines.DateLine::date)
              .orElse(null));
    }
    return null;
  }

  /** The date in groups 1 to 3 (year, month, day) of the next match of {@code m}, or null. */
  static @Nullable LocalDate ymd(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable LocalDate plausible(@Nullable LocalDate date) {
    return DateFormats.plausible(date);
  }
}
