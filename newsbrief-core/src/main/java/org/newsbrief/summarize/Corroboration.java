package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

/**
 * Which articles state each summary sentence's fact, in its words or others: an article supports a
 * sentence when one of its sentences shares words carrying at least 35% of the rarity weight of the
 * shorter of the two (chosen on hand labels, {@code docs/labels/summary-support-dev.tsv}) (words
 * every article uses count least). Independent sources are counted by outlet name, except that the
 * copies of one syndicated text count as one source whichever outlets ran them; an article whose
 * outlet is unknown and that copies nothing counts as its own.
 */
final class Corroboration {
  static final double MIN_SHARED = 0.35;
  private static final Pattern SUFFIX = Pattern.compile("(ions?|ing|ed|es|s)$");

  private Corroboration() {}

  static List<SummarySentence> of(
      List<SummarySentence> summary,
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      ConceptWeights weights) {
    return of(summary, articles, syndication, weights, MIN_SHARED);
  }

  /** As above, an article stating a sentence when they share {@code minShared} of its weight. */
  static List<SummarySentence> of(
      List<SummarySentence> summary,
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      ConceptWeights weights,
      double minShared) {
    List<List<Stemmed>> sentenceStems = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      sentenceStems.add(a.sentences().stream().map(x -> Stemmed.of(x.text(), weights)).toList());
    }
    Map<String, String> sourceOf = sources(articles, syndication);
    List<SummarySentence> out = new ArrayList<>();
    for (SummarySentence s : summary) {
      Stemmed terms = Stemmed.of(s.text(), weights);
      Set<String> support = new LinkedHashSet<>(s.sources());
      for (int i = 0; i < articles.size(); i++) {
        String id = articles.get(i).article().id();
        if (!support.contains(id) && statesAny(terms, sentenceStems.get(i), weights, minShared)) {
          support.add(id);
        }
      }
      Set<String> independent = new HashSet<>();
      support.forEach(id -> independent.add(sourceOf.getOrDefault(id, "#" + id)));
      out.add(
          new SummarySentence(
              s.text(), s.sources(), List.copyOf(support), Math.max(1, independent.size())));
    }
    return out;
  }

  /** A sentence's stems and their summed rarity, computed once per sentence. */
  private record Stemmed(Set<String> stems, double rarity) {
    static Stemmed of(String text, ConceptWeights weights) {
      Set<String> stems = Corroboration.stems(text);
      return new Stemmed(stems, weights.rarity(stems));
    }
  }

  private static boolean statesAny(
      Stemmed terms, List<Stemmed> sentences, ConceptWeights weights, double minShared) {
    for (Stemmed other : sentences) {
      if (shared(terms, other, weights) >= minShared) {
        return true;
      }
    }
    return false;
  }

  /** Each article's source: its syndication group, else its outlet, else itself. */
  private static Map<String, String> sources(
      List<AnalyzedArticle> articles, List<Syndication> syndication) {
    Map<String, String> sourceOf = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Article article = a.article();
      String outlet = article.outlet();
      sourceOf.put(
          article.id(),
          outlet == null ? "#" + article.id() : "outlet:" + outlet.toLowerCase(Locale.ROOT));
    }
    for (Syndication group : syndication) {
      group.articleIds().forEach(id -> sourceOf.put(id, "copy:" + group.canonicalArticleId()));
    }
    return sourceOf;
  }

  private static double shared(Stemmed a, Stemmed b, ConceptWeights weights) {
    double shared = 0;
    for (String t : a.stems()) {
      if (b.stems().contains(t)) {
        shared += weights.rarity(t);
      }
    }
    double smaller = Math.min(a.rarity(), b.rarity());
    return smaller == 0 ? 0 : shared / smaller;
  }

  /** Content words with common suffixes cut, so "discussions" meets "discussing". */
  static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String w : Tokens.contentWords(text)) {
      stems.add(SUFFIX.matcher(w).replaceAll(""));
    }
    return stems;
  }
}
