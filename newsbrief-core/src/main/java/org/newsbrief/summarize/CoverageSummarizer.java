package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

/**
 * An extractive summarizer that chooses the sentences a reference summary is expected to share the
 * most words and word pairs with. The {@link CoverageModel} (trained on news stories with human
 * summaries) predicts how often a summary would use each n-gram of the articles' openings ({@link
 * StoryWindow}); sentences are taken greedily by the expected matches they add per square root of
 * their length ({@link ExpectedCoverage}), the first from an article's opening sentence so the
 * summary leads with the event. A sentence that repeats one already chosen (more than half its
 * content words) is skipped; one that does not read alone ("He said...") or that shares no content
 * word with another article is discounted; and the summary stops early when the next sentence would
 * add less per word than the summary holds, so it does not pad to the word limit. The result is
 * ordered by article date and position, each sentence citing every article that states it.
 */
public final class CoverageSummarizer implements Summarizer {
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 80;
  private static final double DANGLING = 0.85;
  private static final double OFF_TOPIC = 0.7;
  private static final double MAX_OVERLAP = 0.5;
  private static final double STOP_RATIO = 0.9;
  private static final double EXPECTED_LENGTH = 0.74;
  private static final double OVERSHOOT = 1.15;
  private final CoverageModel model;

  /** The summarizer with the shipped model. */
  public CoverageSummarizer() {
    this(CoverageModel.shipped());
  }

  /** A summarizer with {@code model}. */
  public CoverageSummarizer(CoverageModel model) {
    this.model = model;
  }

  /** A window sentence with what choosing needs to know about it. */
  private record Candidate(
      StoryWindow.Placed placed,
      LocalDate date,
      int length,
      double prior,
      Map<String, Integer> grams,
      Set<String> content) {}

  @Override
  public List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, List<Syndication> syndication, int words, int sentences) {
    if (words <= 0 || sentences < 0) {
      throw new IllegalArgumentException("bad length: " + words + " words, " + sentences);
    }
    List<AnalyzedArticle> independent = Syndication.independent(articles, syndication);
    List<List<StoryWindow.Placed>> window = StoryWindow.of(independent, words);
    Map<String, Double> expected = new HashMap<>(model.expected(NgramFeatures.of(window, 1), 1));
    expected.putAll(model.expected(NgramFeatures.of(window, 2), 2));
    List<Candidate> chosen =
        choose(
            candidates(window, independent),
            new ExpectedCoverage(expected),
            words,
            sentences == 0 ? Integer.MAX_VALUE : sentences);
    chosen.sort(
        Comparator.comparing(Candidate::date)
            .thenComparingInt(c -> c.placed().article())
            .thenComparingInt(c -> c.placed().sentence().index()));
    Citations citations = new Citations(articles);
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      String text = c.placed().sentence().text();
      List<String> sources = citations.sourcesOf(text);
      summary.add(
          new SummarySentence(
              text, sources.isEmpty() ? List.of(c.placed().sentence().article()) : sources));
    }
    return Corroboration.of(summary, articles, syndication, ConceptWeights.of(independent));
  }

  private static List<Candidate> candidates(
      List<List<StoryWindow.Placed>> window, List<AnalyzedArticle> articles) {
    List<Set<String>> contentByArticle = new ArrayList<>();
    for (List<StoryWindow.Placed> article : window) {
      Set<String> content = new HashSet<>();
      article.forEach(p -> content.addAll(p.tokens()));
      content.removeAll(SummaryTokens.STOP);
      contentByArticle.add(content);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (List<StoryWindow.Placed> article : window) {
      for (StoryWindow.Placed p : article) {
        String text = p.sentence().text();
        int length = SummaryTokens.words(text);
        if (length < MIN_WORDS || length > MAX_WORDS) {
          continue;
        }
        LocalDate published = articles.get(p.article()).article().published();
        Set<String> content = new HashSet<>(p.tokens());
        content.removeAll(SummaryTokens.STOP);
        double prior = CentroidSummarizer.readsAlone(text) ? 1 : DANGLING;
        if (window.size() > 1 && !sharedElsewhere(content, p.article(), contentByArticle)) {
          prior *= OFF_TOPIC;
        }
        candidates.add(
            new Candidate(
                p,
                published == null ? LocalDate.MAX : published,
                length,
                prior,
                SummaryTokens.grams(p.tokens()),
                content));
      }
    }
    return candidates;
  }

  /** Whether another article's window uses one of {@code content}. */
  private static boolean sharedElsewhere(
      Set<String> content, int article, List<Set<String>> contentByArticle) {
    for (int a = 0; a < contentByArticle.size(); a++) {
      if (a != article && content.stream().anyMatch(contentByArticle.get(a)::contains)) {
        return true;
      }
    }
    return false;
  }

  private static List<Candidate> choose(
      List<Candidate> pool, ExpectedCoverage coverage, int budget, int maxSentences) {
    List<Candidate> chosen = new ArrayList<>();
    boolean anyOpening = pool.stream().anyMatch(c -> c.placed().sentence().index() == 0);
    double matched = 0;
    int total = 0;
    while (!pool.isEmpty() && total < budget && chosen.size() < maxSentences) {
      Candidate best = pool.get(0);
      double bestValue = Double.NEGATIVE_INFINITY;
      double bestGain = 0;
      for (Candidate c : pool) {
        if (chosen.isEmpty() && anyOpening && c.placed().sentence().index() != 0) {
          continue;
        }
        double gain = coverage.gain(c.grams());
        double value = gain / Math.sqrt(c.length()) * c.prior();
        if (value > bestValue) {
          bestValue = value;
          best = c;
          bestGain = gain;
        }
      }
      pool.remove(best);
      if (repeats(best, chosen)) {
        continue;
      }
      double expectedLength = total + EXPECTED_LENGTH * budget;
      if (!chosen.isEmpty() && bestGain / best.length() < STOP_RATIO * matched / expectedLength) {
        break;
      }
      if (!chosen.isEmpty() && total + best.length() > budget * OVERSHOOT) {
        continue;
      }
      chosen.add(best);
      coverage.add(best.grams());
      matched += bestGain;
      total += best.length();
    }
    return chosen;
  }

  /** Whether more than half the content words of {@code c} are in one chosen sentence. */
  private static boolean repeats(Candidate c, List<Candidate> chosen) {
    if (c.content().isEmpty()) {
      return false;
    }
    for (Candidate other : chosen) {
      long shared = c.content().stream().filter(other.content()::contains).count();
      if (shared > MAX_OVERLAP * c.content().size()) {
        return true;
      }
    }
    return false;
  }
}
