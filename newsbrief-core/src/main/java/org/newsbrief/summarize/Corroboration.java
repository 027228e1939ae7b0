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
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

/**
 * Which articles state each summary sentence's fact, in its words or others ({@link SupportRule}:
 * shared rare words, or a close meaning by {@link WordVectors} with some words shared). Independent
 * sources are counted by outlet name, except that the copies of one syndicated text count as one
 * source whichever outlets ran them; an article whose outlet is unknown and that copies nothing
 * counts as its own.
 */
final class Corroboration {
  private static final Pattern SUFFIX = Pattern.compile("(ions?|ing|ed|es|s)$");

  private Corroboration() {}

  static List<SummarySentence> of(
      List<SummarySentence> summary,
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      ConceptWeights weights) {
    return of(summary, articles, syndication, weights, SupportRule.shipped());
  }

  /** As above, an article stating a sentence by {@code rule}. */
  static List<SummarySentence> of(
      List<SummarySentence> summary,
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      ConceptWeights weights,
      SupportRule rule) {
    List<List<Stemmed>> sentenceStems = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      sentenceStems.add(
          a.sentences().stream().map(x -> Stemmed.of(x.text(), weights, rule)).toList());
    }
    Map<String, String> sourceOf = sources(articles, syndication);
    List<SummarySentence> out = new ArrayList<>();
    for (SummarySentence s : summary) {
      SupportRule own = quotes(s.text()) ? SupportRule.wordsOnly(rule.minShared()) : rule;
      Stemmed terms = Stemmed.of(s.text(), weights, own);
      Set<String> support = new LinkedHashSet<>(s.sources());
      for (int i = 0; i < articles.size(); i++) {
        String id = articles.get(i).article().id();
        if (!support.contains(id) && statesAny(terms, sentenceStems.get(i), weights, rule)) {
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

  /** Fewest words between quotation marks that make a sentence a direct quotation. */
  private static final int QUOTED_WORDS = 4;

  private static final java.util.regex.Pattern QUOTATION =
      java.util.regex.Pattern.compile(
          "[\"“”]\\s*\\S+(?:\\s+\\S+){" + (QUOTED_WORDS - 1) + ",}?\\s*[\"“”]");

  /**
   * Whether {@code text} quotes at least {@value #QUOTED_WORDS} words directly. Such a sentence is
   * supported by its words only: meaning would credit every article that says something like it,
   * though only those that carry the quotation report that it was said.
   */
  static boolean quotes(String text) {
    return QUOTATION.matcher(text).find();
  }

  /** A sentence's stems, their summed rarity and its meaning, computed once per sentence. */
  private record Stemmed(Set<String> stems, double rarity, float @Nullable [] meaning) {
    static Stemmed of(String text, ConceptWeights weights, SupportRule rule) {
      Set<String> stems = Corroboration.stems(text);
      float[] meaning =
          rule.usesMeaning()
              ? rule.vectors().mean(Tokens.contentWords(text), weights::rarity)
              : null;
      return new Stemmed(stems, weights.rarity(stems), meaning);
    }
  }

  private static boolean statesAny(
      Stemmed terms, List<Stemmed> sentences, ConceptWeights weights, SupportRule rule) {
    for (Stemmed other : sentences) {
      double shared = shared(terms, other, weights);
      if (shared >= rule.minShared()) {
        return true;
      }
      float[] a = terms.meaning();
      float[] b = other.meaning();
      if (shared >= rule.floor()
          && a != null
          && b != null
          && WordVectors.cosine(a, b) >= rule.minCosine()) {
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
