package org.newsbrief.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The publication date a page declares, most trusted source first: article meta tags, the JSON-LD
 * article's {@code datePublished}, Dublin Core and analytics meta tags, the first {@code <time
 * datetime>} (or {@code pubdate}) element, and last a date in the page's URL ({@code /2014/12/04/},
 * {@code /2014/dec/04/}, {@code /20141204/}, {@code 2014-12-04}). The date is the one the page
 * writes, before any time-zone shift; years outside 1990–2099 are refused.
 */
final class PublishedDates {
  static final ScriptKeys SCRIPT_DATE =
      ScriptKeys.of(
          "(?:datePublished|published_?[aA]t|publishedFirst|publishDate|publish_date|pubDate"
              + "|date_published|firstPublished|first_published_at|dateCreated)",
          "\\s*:\\s*\"([^\"]{6,40})\"",
          "date",
          "pub",
          "first");
  private static final Pattern LEADING_YMD =
      Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[^\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[^\\d])");

  private PublishedDates() {}

  static @Nullable LocalDate of(
      Document doc, JsonLd jsonLd, Map<String, String> metas, @Nullable String pageUrl) {
    return of(PageElements.of(doc), jsonLd, metas, pageUrl, null);
  }

  /**
   * The publication date, most trusted source first: declared (meta tags, JSON-LD, {@code <time>},
   * dates in scripts' JSON), then shown ({@link VisibleDates#named}), then the URL the page was
   * read from or names as its own, then a date after the headline, then the declared modification
   * date, then any date the page shows.
   */
  static @Nullable LocalDate of(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String pageUrl,
      @Nullable String canonical) {
    LocalDate date = declared(page, jsonLd, metas);
    if (date == null) {
      date = VisibleDates.named(page);
    }
    if (date == null) {
      date = UrlDates.of(pageUrl);
    }
    if (date == null) {
      date = UrlDates.of(canonical);
    }
    if (date == null) {
      date = VisibleDates.afterHeadline(page);
    }
    if (date == null) {
      date = modified(jsonLd, metas);
    }
    return date != null ? date : VisibleDates.anywhere(page);
  }

  private static @Nullable LocalDate declared(
      PageElements page, JsonLd jsonLd, Map<String, String> metas) {
    java.util.function.Supplier<java.time.@Nullable ZoneOffset> zone = PageZone.lazily(page);
    LocalDate date = null;
    for (int i = 0; i < 3 && date == null; i++) {
      date = inZone(metas.get(DateMetaNames.PUBLISHED.get(i)), zone);
    }
    if (date == null) {
      date = inZone(jsonLd.articleField("datePublished"), zone);
    }
    for (int i = 3; i < DateMetaNames.PUBLISHED.size() && date == null; i++) {
      date = inZone(metas.get(DateMetaNames.PUBLISHED.get(i)), zone);
    }
    if (date == null) {
      for (Element time : PublishedDates.timeElements(page)) {
        date = parse(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        if (date != null) {
          break;
        }
      }
    }
    for (int i = 0; i < page.scripts().size() && date == null; i++) {
      Matcher m = SCRIPT_DATE.find(page.scriptText(i));
      date = m != null ? parse(m.group(1)) : null;
    }
    return date;
  }

  /** The page's {@link #isTimeElement} elements, found once a page (rules and ranker ask). */
  static List<Element> timeElements(PageElements page) {
    return page.matchingOnce("PublishedDates.timeElements", PublishedDates::isTimeElement);
  }

  /**
   * CSS {@code [itemprop=datePublished], time[pubdate], [itemprop=dateCreated], time[datetime]} (an
   * element without attributes is none of them; {@code attr} gives "" for a missing one).
   */
  static boolean isTimeElement(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    boolean time = e.normalName().equals("time");
    if (time && (e.hasAttr("pubdate") || e.hasAttr("datetime"))) {
      return true;
    }
    String itemprop = e.attr("itemprop");
    return "datePublished".equalsIgnoreCase(itemprop) || "dateCreated".equalsIgnoreCase(itemprop);
  }

  /** The last-modified date the page declares in its meta tags or JSON-LD. */
  static @Nullable LocalDate modified(JsonLd jsonLd, Map<String, String> metas) {
    LocalDate date = parse(jsonLd.articleField("dateModified"));
    for (int i = 0; i < DateMetaNames.MODIFIED.size() && date == null; i++) {
      date = parse(metas.get(DateMetaNames.MODIFIED.get(i).toLowerCase(java.util.Locale.ROOT)));
    }
    return date;
  }

  /** {@link #parse}, with a UTC time moved into the page's own zone first. */
  static @Nullable LocalDate inZone(
      @Nullable String value, java.util.function.Supplier<java.time.@Nullable ZoneOffset> zone) {
    LocalDate local =
        PageZone.isUtc(value) ? plausible(PageZone.localDay(value, zone.get())) : null;
    return local != null ? local : parse(value);
  }

  /** A date written as an ISO date or date-time, a compact 20141204, RFC 1123 or "Dec 4, 2014". */
  static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    LocalDate date = UrlDates.ymd(LEADING_YMD.matcher(v));
    if (date == null) {
      date = UrlDates.ymd(COMPACT.matcher(v));
    }
    if (date == null) {
      try {
        date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeException e) {
        date = DateLines.parse(v).map(DateLines.DateLine::date).orElse(null);
        date = date != null ? date : DateFormats.first(v);
      }
    }
    return plausible(date);
  }

  private static @Nullable LocalDate plausible(@Nullable LocalDate date) {
    return DateFormats.plausible(date);
  }
}
