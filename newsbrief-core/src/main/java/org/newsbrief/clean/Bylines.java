package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The byline a page gives, most trusted source first: the JSON-LD article's people, the {@code
 * author} meta tags (not when they hold a profile URL), {@code rel=author} and {@code
 * itemprop=author} markup, elements whose class names a byline, and last a short "By …" line. Each
 * candidate is trimmed of "By", dates and separators, and refused when it does not read as names.
 */
final class Bylines {
  private static final List<String> META_NAMES =
      List.of("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator");
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[,;&|/]|\\s(?:and|und|et|y|e|en|i|og|och)\\s)\\s*");

  private Bylines() {}

  static @Nullable String of(PageElements page, JsonLd jsonLd, Map<String, String> metas) {
    return of(page, jsonLd, metas, BylineModel.shipped());
  }

  /**
   * The byline {@code model} chooses among the page's candidates; the rules' when it is null. The
   * model is not asked when the JSON-LD article names people ({@link #gated}): it gives the rules'
   * byline on 217 of the 218 such web-eval dev pages, and gathering the candidates (a pass over
   * every element and text) is the costliest part of reading a page's metadata.
   */
  static @Nullable String of(
      PageElements page, JsonLd jsonLd, Map<String, String> metas, @Nullable BylineModel model) {
    String declared = model == null ? declared(jsonLd, metas) : jsonLdPeople(jsonLd);
    if (declared != null) {
      return declared;
    }
    BylineElements.Scan scan = BylineElements.scan(page, model != null);
    String rules = rules(page, jsonLd, metas, scan);
    return model == null
        ? rules
        : model.choose(BylineCandidates.of(page, jsonLd, metas, rules, scan));
  }

  /** Whether the page's byline is the rules' without ranking: its JSON-LD article names people. */
  static boolean gated(JsonLd jsonLd) {
    return jsonLdPeople(jsonLd) != null;
  }

  /** The people the JSON-LD article names, as the rules give them, or null. */
  private static @Nullable String jsonLdPeople(JsonLd jsonLd) {
    return joined(jsonLdNames(jsonLd));
  }

  /** The rules' byline when the JSON-LD article or an author meta tag gives it, else null. */
  private static @Nullable String declared(JsonLd jsonLd, Map<String, String> metas) {
    List<String> names = jsonLdNames(jsonLd);
    for (int i = 0; i < META_NAMES.size() && names.isEmpty(); i++) {
      names.addAll(BylineNames.of(metas.get(META_NAMES.get(i)), true));
    }
    return joined(names);
  }

  private static List<String> jsonLdNames(JsonLd jsonLd) {
    List<String> names = new ArrayList<>();
    for (String person : jsonLd.authors()) {
      names.addAll(BylineNames.of(person, true));
    }
    return names;
  }

  private static @Nullable String joined(List<String> names) {
    return names.isEmpty() ? null : String.join(", ", new java.util.LinkedHashSet<>(names));
  }

  /** The first source's people, most trusted source first. */
  static @Nullable String rules(PageElements page, JsonLd jsonLd, Map<String, String> metas) {
    return rules(page, jsonLd, metas, BylineElements.scan(page, false));
  }

  /** As {@link #rules(PageElements, JsonLd, Map)}, with the page's elements already scanned. */
  static @Nullable String rules(
      PageElements page, JsonLd jsonLd, Map<String, String> metas, BylineElements.Scan scan) {
    List<String> names = jsonLdNames(jsonLd);
    for (int i = 0; i < META_NAMES.size() && names.isEmpty(); i++) {
      names.addAll(BylineNames.of(metas.get(META_NAMES.get(i)), true));
    }
    if (names.isEmpty()) {
      names.addAll(fromElements(scan.markup(), true));
    }
    if (names.isEmpty()) {
      names.addAll(ScriptAuthors.names(page));
    }
    if (names.isEmpty()) {
      names.addAll(fromElements(scan.bylineClass(), false));
    }
    if (names.isEmpty() && scan.byText()) {
      names.addAll(BylineNames.of(ByPrefixLines.first(page.document()), false));
    }
    return joined(names);
  }

  /** The names in up to five of {@code elements} outside comment threads. */
  private static List<String> fromElements(List<Element> elements, boolean markup) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    int tried = 0;
    for (Element e : elements) {
      if (inComments(e)) {
        continue;
      }
      names.addAll(fromElement(e, markup));
      if (++tried == 5 || !markup && !names.isEmpty()) {
        break;
      }
    }
    return new ArrayList<>(names);
  }

  static boolean inComments(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String names = (a.className() + " " + a.id()).toLowerCase(java.util.Locale.ROOT);
      if (names.contains("comment") || names.contains("reply")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> fromElement(Element e, boolean markup) {
    return BylineNames.of(elementText(e), markup || BylineMarkup.nameIn(e) != null);
  }

  /** The author text of an author element: its name element's, else its own (or content). */
  static String elementText(Element e) {
    Element name = BylineMarkup.nameIn(e);
    Element at = name == null ? e : name;
    return at.hasAttr("content") ? at.attr("content") : at.text();
  }

  /** The people a cleaned byline names, in order ("A, B and C" gives three names). */
  static List<String> names(@Nullable String byline) {
    if (byline == null) {
      return List.of();
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (String part : SEPARATORS.split(byline)) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return List.copyOf(names);
  }

  /** The names in {@code raw} joined by commas, or null when it names no person. */
  static @Nullable String clean(@Nullable String raw) {
    List<String> names = BylineNames.of(raw, true);
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
