package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The features {@link BylineModel} reads of a byline candidate, in {@link #NAMES} order: where it
 * was found (one per source of {@link BylineCandidates}, and how many), whether a strict names-only
 * reading or a byline label gave it, what it looks like (organisation, number of names, one word,
 * case, length), whether the rules chose it, its order and place in the page, whether it follows
 * the {@code h1} closely, and whether it is part of the site's name.
 */
final class BylineFeatures {
  /** The feature names, in the order of {@link #of}; the first is the bias. */
  static final List<String> NAMES = names();

  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—:»·•]+\\s+");
  private static final int NEAR_H1 = 100;

  private final int elements;
  private final int h1;
  private final List<String> siteNames;
  private java.util.Set<String> spaced = java.util.Set.of();
  private java.util.Set<String> unspaced = java.util.Set.of();

  private BylineFeatures(int elements, int h1, List<String> siteNames) {
    this.elements = Math.max(1, elements);
    this.h1 = h1;
    this.siteNames = siteNames;
  }

  /** The features of candidates on {@code page}, whose first {@code h1} is element {@code h1}. */
  static BylineFeatures of(PageElements page, Map<String, String> metas, int h1) {
    return new BylineFeatures(page.all().size(), h1, siteNames(page, metas));
  }

  /**
   * Notes the page's candidate values, for {@link #handlePair}: a handle ("edilson.la.rosa",
   * "arianschlichenmayer") and the name it spells ("Edilson La Rosa") are both often candidates.
   */
  void candidates(java.util.Collection<String> values) {
    java.util.Set<String> withSpace = new java.util.HashSet<>();
    java.util.Set<String> without = new java.util.HashSet<>();
    for (String v : values) {
      (v.strip().indexOf(' ') < 0 ? without : withSpace).add(letters(v));
    }
    spaced = withSpace;
    unspaced = without;
  }

  /**
   * 1 when {@code v} is a name spelled with spaces whose letters another candidate gives as one
   * word (a handle), -1 when {@code v} is that handle, else 0.
   */
  private double handlePair(String v) {
    String l = letters(v);
    if (l.length() < 4) {
      return 0;
    }
    boolean oneWord = v.strip().indexOf(' ') < 0;
    return oneWord ? (spaced.contains(l) ? -1 : 0) : (unspaced.contains(l) ? 1 : 0);
  }

  /** The letters of {@code v}, lower-cased. */
  private static String letters(String v) {
    StringBuilder b = new StringBuilder(v.length());
    v.codePoints()
        .filter(Character::isLetter)
        .forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
    return b.toString();
  }

  /**
   * The features of {@code f}: {@code rules} whether it is the rule-based byline, {@code order} its
   * place among the candidates.
   */
  double[] of(BylineCandidates.Found f, boolean rules, int order) {
    double[] x = new double[NAMES.size()];
    int k = 0;
    x[k++] = 1;
    int count = 0;
    for (boolean s : f.sources) {
      x[k++] = s ? 1 : 0;
      count += s ? 1 : 0;
    }
    String v = f.value;
    x[k++] = Math.log1p(count);
    x[k++] = f.strict ? 1 : 0;
    x[k++] = BylineNames.isOrganisation(v) ? 1 : 0;
    x[k++] = f.labelled ? 1 : 0;
    x[k++] = Math.min(4, Bylines.names(v).size()) / 4.0;
    x[k++] = v.indexOf(' ') < 0 ? 1 : 0;
    x[k++] = v.equals(v.toUpperCase(Locale.ROOT)) ? 1 : 0;
    x[k++] = Character.isLowerCase(v.charAt(0)) ? 1 : 0;
    x[k++] = Math.min(v.length(), 80) / 40.0;
    x[k++] = rules ? 1 : 0;
    x[k++] = Math.min(order, 10) / 10.0;
    x[k++] = f.position / (double) elements;
    x[k++] = h1 >= 0 && f.position > h1 && f.position - h1 < NEAR_H1 ? 1 : 0;
    String lower = v.toLowerCase(Locale.ROOT);
    x[k++] = lower.length() >= 3 && siteNames.stream().anyMatch(s -> s.contains(lower)) ? 1 : 0;
    x[k++] = handlePair(v);
    return x;
  }

  /**
   * The site's names, lower-cased: {@code og:site_name}, {@code application-name} and the first and
   * last part of a title split by " | ", " - " or the like.
   */
  private static List<String> siteNames(PageElements page, Map<String, String> metas) {
    List<String> names = new ArrayList<>();
    for (String key : List.of("og:site_name", "application-name")) {
      String v = metas.get(key);
      if (v != null && v.length() >= 3) {
        names.add(v.toLowerCase(Locale.ROOT).strip());
      }
    }
    String[] parts = TITLE_PARTS.split(page.document().title());
    if (parts.length > 1) {
      names.add(parts[0].toLowerCase(Locale.ROOT).strip());
      names.add(parts[parts.length - 1].toLowerCase(Locale.ROOT).strip());
    }
    return names;
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("bias"));
    n.addAll(BylineCandidates.SOURCES);
    n.addAll(
        List.of(
            "sources",
            "strict",
            "organisation",
            "labelled",
            "names",
            "single_word",
            "upper_case",
            "lower_case",
            "length",
            "rules",
            "order",
            "position",
            "near_h1",
            "site_name",
            "handle_pair"));
    return List.copyOf(n);
  }
}
