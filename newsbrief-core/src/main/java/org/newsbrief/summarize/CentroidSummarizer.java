package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SummarySentence;

/**
 * An unsupervised extractive summarizer. A sentence is salient when its content words are shared by
 * many of the articles (the story's centroid) and it comes early in its article. Sentences are
 * chosen greedily, skipping any that overlap a chosen one (no repeated facts) and discounting
 * articles already used (source balance), then ordered by article date and position.
 */
public final class CentroidSummarizer implements Summarizer {
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 70;
  private static final double MAX_OVERLAP = 0.5;
  private static final double MIN_RELATIVE_SCORE = 0.5;
  private static final double SOURCE_DISCOUNT = 0.8;
  private static final Pattern DANGLING_START =
      Pattern.compile(
          "^(He|She|It|They|This|That|These|Those|His|Her|Their|Its|But|And|However|Also|Still)\\b.*");

  @Override
  public List<SummarySentence> summarize(List<AnalyzedArticle> articles, int words) {
    if (words <= 0) {
      throw new IllegalArgumentException("words must be positive: " + words);
    }
    Map<String, Integer> documentFrequency = documentFrequency(articles);
    Map<String, Double> rarity = new HashMap<>();
    documentFrequency.forEach(
        (t, df) -> rarity.put(t, Math.log(1 + articles.size() / (double) df)));
    List<Candidate> candidates = candidates(articles, documentFrequency);
    List<Candidate> chosen = choose(candidates, words, rarity);
    chosen.sort(readingOrder());
    Citations citations = new Citations(articles);
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      List<String> sources = citations.sourcesOf(c.sentence().text());
      summary.add(
          new SummarySentence(
              c.sentence().text(), sources.isEmpty() ? List.of(c.sentence().article()) : sources));
    }
    return summary;
  }

  /** A sentence with what ranking needs to know about it. */
  private record Candidate(
      Sentence sentence,
      int articleOrder,
      LocalDate date,
      Set<String> terms,
      int length,
      double score) {}

  private static Map<String, Integer> documentFrequency(List<AnalyzedArticle> articles) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        seen.addAll(Tokens.contentWords(s.text()));
      }
      seen.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    return documentFrequency;
  }

  private static List<Candidate> candidates(
      List<AnalyzedArticle> articles, Map<String, Integer> documentFrequency) {
    double n = articles.size();
    List<Candidate> candidates = new ArrayList<>();
    for (int order = 0; order < articles.size(); order++) {
      AnalyzedArticle a = articles.get(order);
      LocalDate date = a.article().published() == null ? LocalDate.MAX : a.article().published();
      for (Sentence s : a.sentences()) {
        int length = Tokens.words(s.text()).size();
        if (!eligible(s.text(), length)) {
          continue;
        }
        Set<String> terms = new HashSet<>(Tokens.contentWords(s.text()));
        double centrality = 0;
        for (String t : terms) {
          int df = documentFrequency.getOrDefault(t, 1);
          centrality += df > 1 ? df / n : 0.2 / n;
        }
        double score =
            centrality / Math.sqrt(Math.max(terms.size(), 1)) + 0.15 / (1 + s.paragraph());
        candidates.add(new Candidate(s, order, date, terms, length, score));
      }
    }
    return candidates;
  }

  private static boolean eligible(String text, int length) {
    return length >= MIN_WORDS
        && length <= MAX_WORDS
        && !text.endsWith("?")
        && Character.isUpperCase(text.codePointAt(0))
        && !DANGLING_START.matcher(text).matches();
  }

  private static List<Candidate> choose(
      List<Candidate> candidates, int budget, Map<String, Double> rarity) {
    double top = candidates.stream().mapToDouble(Candidate::score).max().orElse(0);
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.score() >= top * MIN_RELATIVE_SCORE) {
        pool.add(c);
      }
    }
    List<Candidate> chosen = new ArrayList<>();
    Map<Integer, Integer> perArticle = new HashMap<>();
    int total = 0;
    while (!pool.isEmpty() && total < budget * 0.9) {
      Candidate best = pool.get(0);
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Candidate c : pool) {
        double value =
            c.score() * Math.pow(SOURCE_DISCOUNT, perArticle.getOrDefault(c.articleOrder(), 0));
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      pool.remove(best);
      if (total + best.length() > budget * 1.15 || overlapsChosen(best, chosen, rarity)) {
        continue;
      }
      chosen.add(best);
      perArticle.merge(best.articleOrder(), 1, Integer::sum);
      total += best.length();
    }
    return chosen;
  }

  /**
   * Two sentences repeat a fact when the words they share carry at least half the weight of the
   * shorter one, weighting each word by its rarity across the articles (words every article uses,
   * such as the story's main actors, count least).
   */
  private static boolean overlapsChosen(
      Candidate c, List<Candidate> chosen, Map<String, Double> rarity) {
    for (Candidate other : chosen) {
      double shared = 0;
      for (String t : c.terms()) {
        if (other.terms().contains(t)) {
          shared += rarity.getOrDefault(t, 1.0);
        }
      }
      double smaller = Math.min(weight(c.terms(), rarity), weight(other.terms(), rarity));
      if (smaller > 0 && shared / smaller > MAX_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  private static double weight(Set<String> terms, Map<String, Double> rarity) {
    double sum = 0;
    for (String t : terms) {
      sum += rarity.getOrDefault(t, 1.0);
    }
    return sum;
  }

  private static Comparator<Candidate> readingOrder() {
    return Comparator.comparing(Candidate::date)
        .thenComparingInt(Candidate::articleOrder)
        .thenComparingInt(c -> c.sentence().index());
  }
}
