package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

/**
 * Lists a quotation that several articles repeat once, with all its sources: quotations are the
 * same when their words are (case, punctuation and quotation marks aside), or when one holds the
 * other and the shorter has at least {@value #MIN_CONTAINED_WORDS} words. The first occurrence
 * stays, in article order; its speaker gives way to a repeat's speaker only when that one is linked
 * to an entity and the first is not.
 */
public final class RepeatedQuotes {
  static final int MIN_CONTAINED_WORDS = 6;

  private RepeatedQuotes() {}

  /** {@code quotes} with repeats folded into their first occurrence. */
  public static List<Quote> merged(List<Quote> quotes) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      String key = key(quotes.get(i).text());
      keys.add(key);
      Integer home = null;
      for (Integer first : groups.keySet()) {
        if (same(keys.get(first), key)) {
          home = first;
          break;
        }
      }
      groups.computeIfAbsent(home == null ? i : home, k -> new ArrayList<>()).add(i);
    }
    List<Quote> out = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      Quote first = quotes.get(group.get(0));
      Set<String> sources = new LinkedHashSet<>();
      Speaker speaker = first.speaker();
      for (int i : group) {
        Quote q = quotes.get(i);
        sources.addAll(q.sources());
        if (speaker.entity() == null && q.speaker().entity() != null) {
          speaker = q.speaker();
        }
      }
      out.add(
          new Quote(
              first.text(),
              first.direct(),
              speaker,
              first.article(),
              first.sentence(),
              List.copyOf(sources)));
    }
    return out;
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.split(" ").length >= MIN_CONTAINED_WORDS && longer.contains(shorter);
  }

  /** The words of a quotation, lower-cased, without punctuation. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
