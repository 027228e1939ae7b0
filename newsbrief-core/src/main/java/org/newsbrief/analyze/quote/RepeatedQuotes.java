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
 * other, or, of about the same length (at least {@value #MIN_LENGTH_RATIO} of the longer's words),
 * shares at least {@value #MIN_SHARED_WORDS} of its distinct words with it (spelling, contractions
 * and a word or two differ between transcriptions), and the shorter has at least {@value
 * #MIN_CONTAINED_WORDS} words. The first occurrence stays, in article order; its speaker gives way
 * to a repeat's speaker only when that one is linked to an entity and the first is not.
 */
public final class RepeatedQuotes {
  static final int MIN_CONTAINED_WORDS = 6;
  static final double MIN_SHARED_WORDS = 0.75;
  static final double MIN_LENGTH_RATIO = 0.7;

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
              List.copyOf(sources),
              first.via()));
    }
    return out;
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.split(" ").length < MIN_CONTAINED_WORDS) {
      return false;
    }
    boolean alike = shorter.split(" ").length >= MIN_LENGTH_RATIO * longer.split(" ").length;
    return longer.contains(shorter) || alike && overlap(shorter, longer) >= MIN_SHARED_WORDS;
  }

  /**
   * The share of the shorter quotation's distinct words that the longer one also has: one quotation
   * as two articles transcribe it ("I am greatly honoured" / "I'm greatly honored").
   */
  static double overlap(String a, String b) {
    Set<String> x = new java.util.HashSet<>(List.of(a.split(" ")));
    Set<String> y = new java.util.HashSet<>(List.of(b.split(" ")));
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    long shared = small.stream().filter(large::contains).count();
    return small.isEmpty() ? 0 : shared / (double) small.size();
  }

  /** The words of a quotation, lower-cased, without punctuation. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
