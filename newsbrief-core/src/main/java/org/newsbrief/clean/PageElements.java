package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a page listed once, in document order, with its {@code <meta>}, {@code <script>}
 * and {@code <time>} elements apart: the metadata readers (dates, bylines, zone, JSON-LD) search
 * this list instead of walking the whole document again for each question. Valid only while the
 * document is not changed.
 */
final class PageElements {
  private final Document doc;
  private final List<Element> all;
  private final List<Element> metas = new ArrayList<>();
  private final List<Element> scripts = new ArrayList<>();
  private final List<Element> times = new ArrayList<>();
  private @Nullable List<Element> body;
  private @Nullable String @Nullable [] scriptTexts;
  private final java.util.Map<String, java.util.Optional<java.time.LocalDate>> dates =
      new java.util.HashMap<>();

  private PageElements(Document doc) {
    this.doc = doc;
    List<Element> elements = new ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            elements.add(e);
            switch (e.normalName()) {
              case "meta" -> metas.add(e);
              case "script" -> scripts.add(e);
              case "time" -> times.add(e);
              default -> {}
            }
          }
        },
        doc);
    this.all = elements;
  }

  /** Lists the elements of {@code doc}. */
  static PageElements of(Document doc) {
    return new PageElements(doc);
  }

  Document document() {
    return doc;
  }

  /** Every element, the document first. */
  List<Element> all() {
    return all;
  }

  List<Element> metas() {
    return metas;
  }

  List<Element> scripts() {
    return scripts;
  }

  /**
   * The text ({@link Element#data()}) of the {@code i}th of {@link #scripts()}, read once: dates,
   * bylines and the time zone all search the scripts.
   */
  String scriptText(int i) {
    if (scriptTexts == null) {
      scriptTexts = new String[scripts.size()];
    }
    String text = scriptTexts[i];
    if (text == null) {
      text = scripts.get(i).data();
      scriptTexts[i] = text;
    }
    return text;
  }

  /**
   * The date {@code read} finds on this page, read once under {@code key}: the date rules and the
   * date ranker ask the same questions of a page.
   */
  java.time.@Nullable LocalDate date(
      String key, java.util.function.Supplier<java.util.Optional<java.time.LocalDate>> read) {
    java.util.Optional<java.time.LocalDate> found = dates.get(key);
    if (found == null) {
      found = read.get();
      dates.put(key, found);
    }
    return found.orElse(null);
  }

  List<Element> times() {
    return times;
  }

  /** The body and the elements in it, as {@code doc.body().getAllElements()} lists them. */
  List<Element> inBody() {
    if (body == null) {
      Element b = doc.body();
      int start = all.indexOf(b);
      Element next = b;
      while (next != null && next.nextElementSibling() == null) {
        next = next.parent();
      }
      int end = next == null ? all.size() : all.indexOf(next.nextElementSibling());
      body = start < 0 || end < start ? b.getAllElements() : all.subList(start, end);
    }
    return body;
  }

  /** The first element named {@code tag} (e.g. "h1"), or null. */
  @Nullable Element first(String tag) {
    for (Element e : all) {
      if (e.normalName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private final java.util.Map<String, List<Element>> matched = new java.util.HashMap<>();

  /**
   * {@link #matching}, searched once a page under {@code key}: the date rules and the date ranker
   * look for the same elements.
   */
  List<Element> matchingOnce(String key, Predicate<Element> wanted) {
    return matched.computeIfAbsent(key, k -> matching(wanted));
  }

  /** The elements {@code wanted} accepts, in document order. */
  List<Element> matching(Predicate<Element> wanted) {
    List<Element> found = new ArrayList<>();
    for (Element e : all) {
      if (wanted.test(e)) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * Whether {@code e} has attribute {@code key} equal to {@code value} (CSS {@code [key=value]}).
   */
  static boolean attrIs(Element e, String key, String value) {
    return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key));
  }

  /** Whether an ancestor of {@code e} has the class {@code name} (CSS {@code .name e}). */
  static boolean ancestorHasClass(Element e, String name) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.hasClass(name)) {
        return true;
      }
    }
    return false;
  }
}
