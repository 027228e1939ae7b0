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
import org.newsbrief.model.Syndication;

/**
 * An unsupervised extractive summarizer that covers the story's concepts. A concept is a content
 * word or a pair of neighbouring content words; its weight grows with how many articles use it and
 * how often. Sentences are chosen greedily by the weight of the concepts they add that are not yet
 * covered, per word, with a bonus for leading sentences and a discount for articles already used
 * (source balance) and for sentences that open with an unresolved reference ("He", "But"). A
 * sentence that repeats a chosen one is skipped (no repeated facts). The copies of a syndicated
 * text are weighed and chosen from once, through the group's canonical copy, but every copy that
 * contains a chosen sentence is cited. The result is ordered by article date and position.
 */
public final class CentroidSummarizer implements Summarizer {
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 80;
  private static final double MAX_OVERLAP = 0.5;
  private static final double SOURCE_DISCOUNT = 0.9;
  private static final double DANGLING_PENALTY = 0.85;
  private static final double LEAD_BONUS = 0.3;
  private static final Pattern DANGLING_START =
      Pattern.compile(
          "^(He|She|It|They|This|That|These|Those|His|Her|Their|Its|But|And|However|Also|Still)\\b.*");

  @Override
  public List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, List<Syndication> syndication, int words, int sentences) {
    if (words <= 0 || sentences < 0) {
      throw new IllegalArgumentException("bad length: " + words + " words, " + sentences);
    }
    List<AnalyzedArticle> independent = Syndication.independent(articles, syndication);
    ConceptWeights weights = ConceptWeights.of(independent);
    List<Candidate> candidates = candidates(independent, weights);
    List<Candidate> chosen =
        choose(candidates, words, sentences == 0 ? Integer.MAX_VALUE : sentences, weights);
    chosen.sort(readingOrder());
    Citations citations = new Citations(articles);
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      List<String> sources = citations.sourcesOf(c.sentence().text());
      summary.add(
          new SummarySentence(
              c.sentence().text(), sources.isEmpty() ? List.of(c.sentence().article()) : sources));
    }
    return Corroboration.of(summary, articles, syndication, weights);
  }

  /** A sentence with what ranking needs to know about it. */
  private record Candidate(
      Sentence sentence,
      int articleOrder,
      LocalDate date,
      Set<String> terms,
      Set<String> concepts,
      int length,
      double prior) {}

  private static List<Candidate> candidates(
      List<AnalyzedArticle> articles, ConceptWeights weights) {
    List<Candidate> candidates = new ArrayList<>();
    for (int order = 0; order < articles.size(); order++) {
      AnalyzedArticle a = articles.get(order);
      LocalDate published = a.article().published();
      LocalDate date = published == null ? LocalDate.MAX : published;
      int count = a.sentences().size();
      for (Sentence s : a.sentences()) {
        int length = Tokens.words(s.text()).size();
        if (length < MIN_WORDS || length > MAX_WORDS) {
          continue;
        }
        double prior = 1 + LEAD_BONUS * (1 - s.index() / (double) Math.max(count, 1));
        if (!readsAlone(s.text())) {
          prior *= DANGLING_PENALTY;
        }
        Set<String> terms = new HashSet<>(Tokens.contentWords(s.text()));
        candidates.add(
            new Candidate(s, order, date, terms, ConceptWeights.concepts(s.text()), length, prior));
      }
    }
    return candidates;
  }

  /** Whether a sentence reads on its own: no question, capital start, no dangling opener. */
  static boolean readsAlone(String text) {
    return !text.endsWith("?")
        && Character.isUpperCase(text.codePointAt(0))
        && !DANGLING_START.matcher(text).matches();
  }

  private static List<Candidate> choose(
      List<Candidate> candidates, int budget, int maxSentences, ConceptWeights weights) {
    List<Candidate> pool = new ArrayList<>(candidates);
    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    Map<Integer, Integer> perArticle = new HashMap<>();
    int total = 0;
    while (!pool.isEmpty() && total < budget && chosen.size() < maxSentences) {
      Candidate best = pool.get(0);
      double bestValue = Double.NEGATIVE_INFINITY;
      for (Candidate c : pool) {
        double gain = 0;
        for (String concept : c.concepts()) {
          if (!covered.contains(concept)) {
            gain += weights.weight(concept);
          }
        }
        double value =
            gain
                / Math.sqrt(c.length())
                * c.prior()
                * Math.sqrt(weights.centrality(c.terms()))
                * Math.pow(SOURCE_DISCOUNT, perArticle.getOrDefault(c.articleOrder(), 0));
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      pool.remove(best);
      boolean overshoots = total + best.length() > budget * 1.15 && !chosen.isEmpty();
      if (overshoots || overlapsChosen(best, chosen, weights)) {
        continue;
      }
      chosen.add(best);
      covered.addAll(best.concepts());
      perArticle.merge(best.articleOrder(), 1, Integer::sum);
      total += best.length();
    }
    return chosen;
  }

  /**
   * Two sentences repeat a fact when the words they share carry more than half the weight of the
   * shorter one, weighting each word by its rarity across the articles (words every article uses,
   * such as the story's main actors, count least).
   */
  private static boolean overlapsChosen(
      Candidate c, List<Candidate> chosen, ConceptWeights weights) {
    for (Candidate other : chosen) {
      double shared = 0;
      for (String t : c.terms()) {
        if (other.terms().contains(t)) {
          shared += weights.rarity(t);
        }
      }
      double smaller = Math.min(weights.rarity(c.terms()), weights.rarity(other.terms()));
      if (smaller > 0 && shared / smaller > MAX_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  private static Comparator<Candidate> readingOrder() {
    return Comparator.comparing(Candidate::date)
        .thenComparingInt(Candidate::articleOrder)
        .thenComparingInt(c -> c.sentence().index());
  }
}
