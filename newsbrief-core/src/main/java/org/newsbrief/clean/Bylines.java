package org.newsbrief.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
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
  private static final Evaluator MARKUP = QueryParser.parse("[itemprop=author], [rel=author]");
  private static final Evaluator BYLINE_CLASS =
      QueryParser.parse("[class*=byline], [class*=author-name], [class*=author_name], .author");
  private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por)[:\\s]\\s*");
  private static final Pattern CUT =
      Pattern.compile("\\s*(?:[|•·—–/]|\\s-\\s|\\d|\\b(?i:updated|published|posted|on)\\b).*$");
  private static final Pattern NAME_LIKE =
      Pattern.compile(
          "^[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’\\-]*(?:,?\\s+(?:and\\s+|&\\s+)?[\\p{L}\\p{M}.'’\\-]+){0,11}$");
  private static final int MAX_CHARS = 100;
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[,;&|/]|\\s(?:and|und|et|y|e|en|i|og|och)\\s)\\s*");

  private Bylines() {}

  static @Nullable String of(Document doc, JsonLd jsonLd, Map<String, String> metas) {
    List<String> people = jsonLd.authors();
    if (!people.isEmpty()) {
      String joined = clean(String.join(", ", people));
      if (joined != null) {
        return joined;
      }
    }
    for (String name : META_NAMES) {
      String value = metas.get(name);
      String cleaned = value == null || value.contains("://") ? null : clean(value);
      if (cleaned != null) {
        return cleaned;
      }
    }
    String found = fromElements(doc, MARKUP);
    if (found == null) {
      found = fromElements(doc, BYLINE_CLASS);
    }
    return found != null ? found : byLine(doc);
  }

  private static @Nullable String fromElements(Document doc, Evaluator query) {
    int tried = 0;
    for (Element e : doc.select(query)) {
      String found = fromElement(e);
      if (found != null || ++tried == 5) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable String fromElement(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    Element name = e.selectFirst("[itemprop=name]");
    if (name != null && name.hasAttr("content")) {
      return clean(name.attr("content"));
    }
    if (name != null) {
      return clean(name.text());
    }
    return clean(e.hasAttr("content") ? e.attr("content") : e.text());
  }

  /** The first short text starting "By " whose element holds little else. */
  private static @Nullable String byLine(Document doc) {
    String[] found = {null};
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t && startsWithBy(t.getWholeText())) {
              Element parent = t.parent();
              String text = parent == null ? t.text() : parent.text();
              if (text.length() <= MAX_CHARS && text.strip().startsWith(t.text().strip())) {
                found[0] = clean(text);
              }
            }
            return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
          }
        },
        doc.body());
    return found[0];
  }

  /** A cheap first test, before the text node is normalised: does it open with a "by" word? */
  private static boolean startsWithBy(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()
        || "BbVvPp".indexOf(text.charAt(i)) < 0
        || text.length() - i > MAX_CHARS) {
      return false;
    }
    return BY.matcher(text.substring(i)).lookingAt();
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

  /** The names in {@code raw}, or null when what is left does not read as names. */
  static @Nullable String clean(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    s = BY.matcher(s).replaceFirst("");
    s = CUT.matcher(s).replaceFirst("").replaceAll("[\\s,;:]+$", "").strip();
    if (s.isEmpty() || s.length() > MAX_CHARS || s.contains("@") || s.contains("www.")) {
      return null;
    }
    return NAME_LIKE.matcher(s).matches() ? s : null;
  }
}
