package org.newsbrief.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page's own time zone: the UTC offset its timestamps carry most often, other than UTC itself
 * ({@code 2023-11-08T22:28:35-05:00} in its scripts, meta tags or {@code <time>} elements). A
 * publication time given in UTC ({@code 2023-11-09T03:28:35Z}) is moved into that zone before its
 * day is taken, so that a late-evening story keeps the day its readers saw.
 */
final class PageZone {
  private static final Pattern STAMP =
      Pattern.compile(
          "((?:19|20)\\d{2}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)"
              + "(Z|[+-]\\d{2}:?\\d{2})");

  /** Script text read for timestamps, at most: the zone is wanted fast, not exhaustively. */
  private static final int SCAN_CHARS = 50_000;

  private PageZone() {}

  /** {@link #of}, computed on first use only: most pages never need it. */
  static java.util.function.Supplier<@Nullable ZoneOffset> lazily(PageElements page) {
    return new java.util.function.Supplier<>() {
      private boolean done;
      private @Nullable ZoneOffset zone;

      @Override
      public @Nullable ZoneOffset get() {
        if (!done) {
          zone = of(page);
          done = true;
        }
        return zone;
      }
    };
  }

  /** Whether {@code value} is a timestamp in UTC ({@code Z} or {@code +00:00}). */
  static boolean isUtc(@Nullable String value) {
    if (value == null) {
      return false;
    }
    Matcher m = STAMP.matcher(value.strip());
    return m.lookingAt() && ZoneOffset.UTC.equals(offset(m.group(3)));
  }

  /** The most frequent non-UTC offset of the page's timestamps, or null when there is none. */
  static @Nullable ZoneOffset of(Document doc) {
    return of(PageElements.of(doc));
  }

  /** {@link #of(Document)} of the listed page. */
  static @Nullable ZoneOffset of(PageElements page) {
    Map<ZoneOffset, Integer> counts = new HashMap<>();
    for (Element meta : page.metas()) {
      if (meta.hasAttr("content")) {
        count(meta.hasAttr("datetime") ? meta.attr("datetime") : meta.attr("content"), counts);
      }
    }
    for (Element time : page.times()) {
      if (time.hasAttr("datetime")) {
        count(time.attr("datetime"), counts);
      }
    }
    int budget = SCAN_CHARS;
    for (int i = 0; i < page.scripts().size() && budget > 0; i++) {
      String data = page.scriptText(i);
      count(data.length() > budget ? data.substring(0, budget) : data, counts);
      budget -= data.length();
    }
    ZoneOffset best = null;
    int most = 0;
    for (Map.Entry<ZoneOffset, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * Counts the offsets of the stamps in {@code text}. A stamp's fifth character is its first
   * hyphen, so the pattern is tried only there: the same matches as {@code find()}, without trying
   * it at every position of a long script.
   */
  private static void count(String text, Map<ZoneOffset, Integer> counts) {
    Matcher m = STAMP.matcher(text);
    int from = 0;
    for (int dash = text.indexOf('-', 4); dash >= 0; dash = text.indexOf('-', dash + 1)) {
      int start = dash - 4;
      if (start < from || !m.region(start, text.length()).lookingAt()) {
        continue;
      }
      from = m.end();
      ZoneOffset offset = offset(m.group(3));
      if (offset != null && !offset.equals(ZoneOffset.UTC)) {
        counts.merge(offset, 1, Integer::sum);
      }
    }
  }

  /**
   * The day of a UTC timestamp in {@code zone}; null when {@code value} is not a UTC timestamp or
   * there is no zone.
   */
  static @Nullable LocalDate localDay(@Nullable String value, @Nullable ZoneOffset zone) {
    if (value == null || zone == null) {
      return null;
    }
    Matcher m = STAMP.matcher(value.strip());
    if (!m.lookingAt() || !ZoneOffset.UTC.equals(offset(m.group(3)))) {
      return null;
    }
    try {
      return OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + "Z")
          .withOffsetSameInstant(zone)
          .toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable ZoneOffset offset(String text) {
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    try {
      String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
      return ZoneOffset.of(t);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
