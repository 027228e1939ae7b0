package org.newsbrief.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Sentence;

/**
 * Finds the sentence of an article that a briefing cites, so that a citation can link to it: the
 * sentence with the same text, else one containing the text (or contained in it), else the one
 * sharing most words, if it shares at least half of them.
 */
final class SentenceAnchors {
  private SentenceAnchors() {}

  static @Nullable Integer find(List<Sentence> sentences, String cited) {
    String key = normalise(cited);
    for (Sentence s : sentences) {
      if (normalise(s.text()).equals(key)) {
        return s.index();
      }
    }
    for (Sentence s : sentences) {
      String text = normalise(s.text());
      if (text.length() >= 20 && (text.contains(key) || key.contains(text))) {
        return s.index();
      }
    }
    Set<String> words = words(key);
    Integer best = null;
    double bestOverlap = 0.5;
    for (Sentence s : sentences) {
      Set<String> other = words(normalise(s.text()));
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(other);
      double overlap = words.isEmpty() ? 0 : (double) shared.size() / words.size();
      if (overlap >= bestOverlap) {
        bestOverlap = overlap;
        best = s.index();
      }
    }
    return best;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }
}
