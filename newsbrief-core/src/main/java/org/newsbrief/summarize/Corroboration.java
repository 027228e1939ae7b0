package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SummarySentence;

/**
 * Which articles state each summary sentence's fact, in its words or others: an article supports a
 * sentence when one of its sentences shares words carrying at least half the rarity weight of the
 * shorter of the two (words every article uses count least). Independent outlets are counted by
 * outlet name; an article whose outlet is unknown counts as its own.
 */
final class Corroboration {
  private static final double MIN_SHARED = 0.5;

  private Corroboration() {}

  static List<SummarySentence> of(
      List<SummarySentence> summary, List<AnalyzedArticle> articles, ConceptWeights weights) {
    List<SummarySentence> out = new ArrayList<>();
    for (SummarySentence s : summary) {
      Set<String> terms = stems(s.text());
      Set<String> support = new LinkedHashSet<>(s.sources());
      for (AnalyzedArticle a : articles) {
        if (support.contains(a.article().id())) {
          continue;
        }
        for (Sentence other : a.sentences()) {
          if (shared(terms, stems(other.text()), weights) >= MIN_SHARED) {
            support.add(a.article().id());
            break;
          }
        }
      }
      out.add(
          new SummarySentence(
              s.text(), s.sources(), List.copyOf(support), outlets(support, articles)));
    }
    return out;
  }

  private static int outlets(Set<String> support, List<AnalyzedArticle> articles) {
    Set<String> outlets = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      if (support.contains(a.article().id())) {
        String outlet = a.article().outlet();
        outlets.add(outlet == null ? "#" + a.article().id() : outlet.toLowerCase(Locale.ROOT));
      }
    }
    return Math.max(1, outlets.size());
  }

  private static double shared(Set<String> a, Set<String> b, ConceptWeights weights) {
    double shared = 0;
    for (String t : a) {
      if (b.contains(t)) {
        shared += weights.rarity(t);
      }
    }
    double smaller = Math.min(weights.rarity(a), weights.rarity(b));
    return smaller == 0 ? 0 : shared / smaller;
  }

  /** Content words with common suffixes cut, so "discussions" meets "discussing". */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String w : Tokens.contentWords(text)) {
      stems.add(w.replaceAll("(ions?|ing|ed|es|s)$", ""));
    }
    return stems;
  }
}
