package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every byline a page may give, for {@link BylineModel} to rank: the JSON-LD article's authors
 * (organisations too), author meta tags, author markup, elements whose class or id names a byline,
 * author-page links, short lines holding a byline label ("By", "von", "Autor:", "Text:"), and
 * script keys when nothing else gave a candidate (reading every script is costly). Each source's
 * text gives up to two values: the people's names {@link BylineNames} reads in it, and the text
 * only trimmed (which keeps organisations, staff labels and handles). Equal values from several
 * sources are one candidate, whose features say where it was found and what it looks like.
 */
final class BylineCandidates {
  /** The sources, in feature order after the bias. */
  static final List<String> SOURCES =
      List.of(
          "jsonld",
          "jsonld_org",
          "meta",
          "markup",
          "script",
          "byline_class",
          "author_link",
          "label_line",
          "signature");

  private static final List<String> META_NAMES =
      List.of(
          "author",
          "article:author",
          "byl",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "shareaholic:article_author_name");
  private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)by|von|par|aut|verfasst");
  private static final int MAX_JOINED = 6;

  /** A byline is read from the first 200 characters of a source's text (a long one is costly). */
  private static final int MAX_RAW = 200;

  private final Map<String, Found> found = new LinkedHashMap<>();
  private final Map<String, Read> reads = new java.util.HashMap<>();

  private BylineCandidates() {}

  /** The candidate: its value and its features, in {@link BylineFeatures#NAMES} order. */
  record Candidate(String value, double[] features) {}

  /**
   * The candidates of {@code page}, whose elements {@code scan} read (with their texts); {@code
   * rules} is the rule-based byline (a feature).
   */
  static List<Candidate> of(
      PageElements page,
      JsonLd jsonLd,
      Map<String, String> metas,
      @Nullable String rules,
      BylineElements.Scan scan) {
    BylineCandidates c = new BylineCandidates();
    List<String> people = jsonLd.authors();
    List<String> all = jsonLd.authorsAndOrganisations();
    for (String author : all) {
      c.add(author, people.contains(author) ? 0 : 1, true, 0);
    }
    if (people.size() > 1) {
      c.add(String.join(", ", people), 0, true, 0);
    }
    for (String name : META_NAMES) {
      c.add(metas.get(name), 2, true, 0);
    }
    String label = metas.get("twitter:label1");
    if (label != null && WRITTEN_BY.matcher(label).find()) {
      c.add(metas.get("twitter:data1"), 2, true, 0);
    }
    for (BylineElements.Hit hit : scan.hits()) {
      c.add(hit.raw(), hit.source(), hit.markup(), hit.position());
    }
    if (c.found.isEmpty()) {
      for (String raw : ScriptAuthors.raw(page)) {
        c.add(raw, 4, true, 0);
      }
    }
    c.joinSeveral();
    BylineFeatures features = BylineFeatures.of(page, metas, scan.h1());
    features.candidates(c.found.values().stream().map(f -> f.value).toList());
    List<Candidate> out = new ArrayList<>();
    String rulesKey = rules == null ? "" : key(rules);
    int order = 0;
    for (Map.Entry<String, Found> e : c.found.entrySet()) {
      Found f = e.getValue();
      out.add(new Candidate(f.value, features.of(f, e.getKey().equals(rulesKey), order++)));
    }
    return out;
  }

  /** For each element source that found several people, one candidate naming them all. */
  private void joinSeveral() {
    for (int source = 3; source < SOURCES.size(); source++) {
      java.util.Set<String> people = new java.util.LinkedHashSet<>();
      int first = Integer.MAX_VALUE;
      for (Found f : found.values()) {
        if (f.sources[source] && f.strict) {
          people.addAll(Bylines.names(f.value));
          first = Math.min(first, f.position);
        }
      }
      if (people.size() > 1 && people.size() <= MAX_JOINED) {
        put(String.join(", ", people), source, true, false, first);
      }
    }
  }

  /** Adds the values {@code whole} gives, found by {@code source} at element {@code position}. */
  void add(@Nullable String whole, int source, boolean markup, int position) {
    if (whole == null || whole.isBlank()) {
      return;
    }
    String raw = whole.length() > MAX_RAW ? whole.substring(0, MAX_RAW) : whole;
    Read read = reads.computeIfAbsent((markup ? "m" : "t") + raw, k -> Read.of(raw, markup));
    if (!read.people.isEmpty()) {
      put(String.join(", ", read.people), source, true, read.labelled, position);
    }
    if (read.trimmed != null) {
      put(read.trimmed, source, false, read.labelled, position);
    }
  }

  /** What {@link BylineNames} reads in one text (a page gives the same text from many sources). */
  private record Read(boolean labelled, List<String> people, @Nullable String trimmed) {
    static Read of(String raw, boolean markup) {
      return new Read(
          BylineNames.hasLabel(raw), BylineNames.of(raw, markup), BylineNames.trimmed(raw));
    }
  }

  private void put(String value, int source, boolean strict, boolean labelled, int position) {
    Found f = found.computeIfAbsent(key(value), k -> new Found(value, position));
    f.sources[source] = true;
    f.strict |= strict;
    f.labelled |= labelled;
  }

  /** The set of names, case-folded: two values naming the same people are one candidate. */
  static String key(String value) {
    return String.join("|", new TreeSet<>(Bylines.names(value.toLowerCase(Locale.ROOT))));
  }

  /** One value's evidence so far: where it was found and how. */
  static final class Found {
    final String value;
    final int position;
    final boolean[] sources = new boolean[SOURCES.size()];
    boolean strict;
    boolean labelled;

    Found(String value, int position) {
      this.value = value;
      this.position = position;
    }
  }
}
