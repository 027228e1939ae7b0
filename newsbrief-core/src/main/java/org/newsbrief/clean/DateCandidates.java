package org.newsbrief.clean;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Every publication date a page may give, for a ranker to weigh: the article meta tags, the JSON-LD
 * {@code datePublished}, the other date meta tags, the day a UTC stamp names before it is moved
 * into the page's zone, {@code <time>} elements, dates in scripts' JSON, a date shown in an element
 * named like a date, the URL's date, the date after the headline, the declared modification date,
 * and (only when nothing else gave one) the first date anywhere. Equal dates are one candidate,
 * whose features say where it was found and how it sits among the others.
 */
final class DateCandidates {
  private static final List<String> SOURCES =
      List.of(
          "meta_article",
          "jsonld",
          "meta_other",
          "utc_day",
          "time",
          "script",
          "named",
          "url",
          "after_headline",
          "modified",
          "anywhere");

  static final List<String> NAMES = names();
  private static final int MAX_TIMES = 3;

  private final Map<LocalDate, boolean[]> found = new LinkedHashMap<>();

  private DateCandidates() {}

  /** A candidate date and its features, in {@link #NAMES} order. */
  record Candidate(LocalDate date, double[] features) {}

  /**
   * The candidates of {@code page}; {@code rules} is the rules' date (a feature). The dates shown
   * in named elements and after the headline (the costly sources) are read only when nothing is
   * declared, unless {@code alwaysShown}.
   */
  static List<Candidate> of(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String pageUrl,
      @Nullable String canonical,
      @Nullable LocalDate rules,
      boolean alwaysShown) {
    DateCandidates c = new DateCandidates();
    Supplier<java.time.@Nullable ZoneOffset> zone = PageZone.lazily(page);
    for (int i = 0; i < DateMetaNames.PUBLISHED.size(); i++) {
      c.stamp(metas.get(DateMetaNames.PUBLISHED.get(i)), i < 3 ? 0 : 2, zone);
    }
    c.stamp(jsonLd.articleField("datePublished"), 1, zone);
    int times = 0;
    for (Element time : PublishedDates.timeElements(page)) {
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      if (c.put(PublishedDates.parse(value), 4) && ++times == MAX_TIMES) {
        break;
      }
    }
    for (int i = 0; i < page.scripts().size(); i++) {
      Matcher m = PublishedDates.SCRIPT_DATE.find(page.scriptText(i));
      c.put(m != null ? PublishedDates.parse(m.group(1)) : null, 5);
    }
    boolean declared = !c.found.isEmpty();
    if (alwaysShown || !declared) {
      c.put(VisibleDates.named(page), 6);
    }
    c.put(UrlDates.of(pageUrl), 7);
    c.put(UrlDates.of(canonical), 7);
    if (alwaysShown || !declared) {
      c.put(VisibleDates.afterHeadline(page), 8);
    }
    c.put(PublishedDates.modified(jsonLd, metas), 9);
    if (c.found.isEmpty()) {
      c.put(VisibleDates.anywhere(page), 10);
    }
    return c.candidates(rules, PublishedDates.modified(jsonLd, metas));
  }

  /**
   * Whether the page's cheap declared dates (date meta tags, the JSON-LD {@code datePublished},
   * {@code <time>} elements, the URL's date, the declared modification date) name two days or more:
   * only then is ranking worth reading the shown dates (the rules' date stands otherwise).
   */
  static boolean disagree(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String pageUrl,
      @Nullable String canonical) {
    java.util.Set<LocalDate> days = new java.util.HashSet<>();
    for (String name : DateMetaNames.PUBLISHED) {
      addDay(days, PublishedDates.parse(metas.get(name)));
    }
    addDay(days, PublishedDates.parse(jsonLd.articleField("datePublished")));
    addDay(days, PublishedDates.modified(jsonLd, metas));
    addDay(days, UrlDates.of(pageUrl));
    addDay(days, UrlDates.of(canonical));
    int times = 0;
    for (Element time : PublishedDates.timeElements(page)) {
      if (days.size() > 1 || times++ == MAX_TIMES) {
        break;
      }
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      addDay(days, PublishedDates.parse(value));
    }
    return days.size() > 1;
  }

  private static void addDay(java.util.Set<LocalDate> days, @Nullable LocalDate day) {
    if (day != null) {
      days.add(day);
    }
  }

  /** A declared stamp: its day in the page's zone, and the day it names when that differs. */
  private void stamp(
      @Nullable String value, int source, Supplier<java.time.@Nullable ZoneOffset> zone) {
    LocalDate zoned = PublishedDates.inZone(value, zone);
    put(zoned, source);
    LocalDate named = PublishedDates.parse(value);
    if (named != null && !named.equals(zoned)) {
      put(named, 3);
    }
  }

  private boolean put(@Nullable LocalDate date, int source) {
    if (date == null) {
      return false;
    }
    found.computeIfAbsent(date, d -> new boolean[SOURCES.size()])[source] = true;
    return true;
  }

  private List<Candidate> candidates(@Nullable LocalDate rules, @Nullable LocalDate modified) {
    LocalDate earliest = found.keySet().stream().min(LocalDate::compareTo).orElse(null);
    LocalDate latest = found.keySet().stream().max(LocalDate::compareTo).orElse(null);
    List<Candidate> out = new ArrayList<>();
    int order = 0;
    for (Map.Entry<LocalDate, boolean[]> e : found.entrySet()) {
      LocalDate d = e.getKey();
      double[] x = new double[NAMES.size()];
      int k = 0;
      x[k++] = 1;
      int count = 0;
      for (boolean s : e.getValue()) {
        x[k++] = s ? 1 : 0;
        count += s ? 1 : 0;
      }
      x[k++] = Math.log1p(count);
      x[k++] = d.equals(rules) ? 1 : 0;
      x[k++] = d.equals(earliest) && found.size() > 1 ? 1 : 0;
      x[k++] = d.equals(latest) && found.size() > 1 ? 1 : 0;
      x[k++] = found.size() == 1 ? 1 : 0;
      x[k++] = earliest == null ? 0 : Math.log1p(ChronoUnit.DAYS.between(earliest, d)) / 5;
      x[k++] = latest == null ? 0 : Math.log1p(ChronoUnit.DAYS.between(d, latest)) / 5;
      x[k++] = modified != null && d.isAfter(modified) ? 1 : 0;
      x[k++] = Math.min(order++, 5) / 5.0;
      out.add(new Candidate(d, x));
    }
    return out;
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("bias"));
    n.addAll(SOURCES);
    n.addAll(
        List.of(
            "sources",
            "rules",
            "earliest",
            "latest",
            "only",
            "days_after_earliest",
            "days_before_latest",
            "after_modified",
            "order"));
    return List.copyOf(n);
  }
}
