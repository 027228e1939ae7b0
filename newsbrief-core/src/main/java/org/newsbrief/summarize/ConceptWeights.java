package org.newsbrief.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;

/**
 * How much each concept of a story is worth. A concept is a content word or a pair of neighbouring
 * content words ("nuclear talks"). Its weight is the square root of its frequency across all
 * articles times the share of articles that use it, so that what several outlets report counts
 * most.
 */
final class ConceptWeights {
  private final Map<String, Double> weight;
  private final Map<String, Integer> documentFrequency;
  private final int articles;

  private ConceptWeights(
      Map<String, Double> weight, Map<String, Integer> documentFrequency, int articles) {
    this.weight = weight;
    this.documentFrequency = documentFrequency;
    this.articles = articles;
  }

  static ConceptWeights of(List<AnalyzedArticle> articles) {
    Map<String, Integer> frequency = new HashMap<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        for (String c : conceptList(s.text())) {
          frequency.merge(c, 1, Integer::sum);
          seen.add(c);
        }
      }
      seen.forEach(c -> documentFrequency.merge(c, 1, Integer::sum));
    }
    int n = Math.max(articles.size(), 1);
    Map<String, Double> weight = new HashMap<>();
    frequency.forEach(
        (c, f) -> {
          double share = documentFrequency.getOrDefault(c, 1) / (double) n;
          double w = Math.sqrt(f) * (0.5 + share);
          weight.put(c, c.indexOf(' ') >= 0 ? w * 0.5 : w);
        });
    return new ConceptWeights(weight, documentFrequency, n);
  }

  /** The concepts of one sentence. */
  static Set<String> concepts(String sentence) {
    return new HashSet<>(conceptList(sentence));
  }

  private static List<String> conceptList(String sentence) {
    List<String> words = Tokens.contentWords(sentence);
    List<String> concepts = new java.util.ArrayList<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      concepts.add(words.get(i) + " " + words.get(i + 1));
    }
    return concepts;
  }

  double weight(String concept) {
    return weight.getOrDefault(concept, 0.0);
  }

  /** The rarity of a word across articles: log(1 + n / df). */
  double rarity(String term) {
    return Math.log(1 + articles / (double) documentFrequency.getOrDefault(term, 1));
  }

  /** The mean share of articles that use each of {@code terms}: how central a sentence is. */
  double centrality(Set<String> terms) {
    if (terms.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String t : terms) {
      sum += documentFrequency.getOrDefault(t, 1) / (double) articles;
    }
    return sum / terms.size();
  }

  double rarity(Set<String> terms) {
    double sum = 0;
    for (String t : terms) {
      sum += rarity(t);
    }
    return sum;
  }
}
