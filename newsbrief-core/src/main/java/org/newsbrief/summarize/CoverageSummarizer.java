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
 * most words and word pairs with. The {@link CoverageModel} (trained on 44,912 Multi-News stories,
 * with {@link LexicalPriors} of what their human summaries kept) predicts how often a summary would
 * use each n-gram of the articles' openings ({@link StoryWindow}, datelines, bylines and stamps cut
 * by {@link Preamble}); sentences are taken greedily by the expected matches they add per square
 * root of their length ({@link ExpectedCoverage}), the first from an article's opening sentence. A
 * sentence that repeats a chosen one (three or more and 40% of the shorter one's content words
 * beside the story's topic words, or more than half its own) is skipped; a fragment never chosen;
 * one opening with a pronoun or connective only after the sentence before it in its article ({@link
 * Readability}); one sharing no content word with another article is discounted; and the summary
 * stops when the next sentence would add less per word than the summary holds. The result is
 * ordered by article date and position, each sentence citing every article that states it.
 */
public final class CoverageSummarizer implements Summarizer {
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 80;
  private static final double QUESTION = 0.85;
  private static final double OFF_TOPIC = 0.7;
  private static final double MAX_OVERLAP = 0.5;
  private static final int SAME_FACT_WORDS = 3;
  private static final double SAME_FACT_SHARE = 0.4;
  private static final double TOPIC_SHARE = 1 / 3.0;
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
      boolean needsAntecedent,
      Map<String, Integer> grams,
      Set<String> content,
      Set<String> facts) {}

  @Override
  public List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, List<Syndication> syndication, int words, int sentences) {
    if (words <= 0 || sentences < 0) {
      throw new IllegalArgumentException("bad length: " + words + " words, " + sentences);
    }
    List<AnalyzedArticle> independent = Syndication.independent(articles, syndication);
    List<List<StoryWindow.Placed>> window = StoryWindow.of(independent, words);
    Map<String, Double> expected = new HashMap<>(model.expected(window, 1));
    expected.putAll(model.expected(window, 2));
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
      String text = c.placed().text();
      List<String> sources = citations.sourcesOf(text);
      summary.add(
          new SummarySentence(
              Readability.capitalised(text),
              sources.isEmpty() ? List.of(c.placed().sentence().article()) : sources));
    }
    return Corroboration.of(summary, articles, syndication, ConceptWeights.of(independent));
  }

  private static List<Candidate> candidates(
      List<List<StoryWindow.Placed>> window, List<AnalyzedArticle> articles) {
    Map<String, Integer> sentencesWith = new HashMap<>();
    int sentenceCount = 0;
    for (List<StoryWindow.Placed> article : window) {
      for (StoryWindow.Placed p : article) {
        new HashSet<>(p.tokens()).forEach(t -> sentencesWith.merge(t, 1, Integer::sum));
        sentenceCount++;
      }
    }
    double topic = Math.max(2, TOPIC_SHARE * sentenceCount);
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
        String text = p.text();
        int length = SummaryTokens.words(text);
        if (length < MIN_WORDS
            || length > MAX_WORDS
            || Readability.fragment(p.sentence().text(), text)) {
          continue;
        }
        LocalDate published = articles.get(p.article()).article().published();
        Set<String> content = new HashSet<>(p.tokens());
        content.removeAll(SummaryTokens.STOP);
        double prior = Readability.question(text) ? QUESTION : 1;
        if (window.size() > 1 && !sharedElsewhere(content, p.article(), contentByArticle)) {
          prior *= OFF_TOPIC;
        }
        candidates.add(
            new Candidate(
                p,
                published == null ? LocalDate.MAX : published,
                length,
                prior,
                Readability.needsAntecedent(text),
                SummaryTokens.grams(p.tokens()),
                content,
                facts(content, sentencesWith, topic)));
      }
    }
    return candidates;
  }

  /** The words of {@code content} that are not the story's topic (in many of its sentences). */
  private static Set<String> facts(
      Set<String> content, Map<String, Integer> sentencesWith, double topic) {
    Set<String> facts = new HashSet<>();
    content.forEach(
        w -> {
          if (sentencesWith.getOrDefault(w, 0) <= topic) {
            facts.add(w);
          }
        });
    return facts;
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
    boolean anyOpening =
        pool.stream().anyMatch(c -> c.placed().sentence().index() == 0 && !c.needsAntecedent());
    double matched = 0;
    int total = 0;
    while (!pool.isEmpty() && total < budget && chosen.size() < maxSentences) {
      Candidate best = pool.get(0);
      double bestValue = Double.NEGATIVE_INFINITY;
      double bestGain = 0;
      for (Candidate c : pool) {
        if (chosen.isEmpty() && anyOpening && c.placed().sentence().index() != 0
            || c.needsAntecedent() && !antecedentChosen(c, chosen)) {
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
      if (bestValue == Double.NEGATIVE_INFINITY) {
        break;
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

  /** Whether the sentence before {@code c} in its article is chosen. */
  private static boolean antecedentChosen(Candidate c, List<Candidate> chosen) {
    int article = c.placed().article();
    int index = c.placed().sentence().index();
    for (Candidate other : chosen) {
      if (other.placed().article() == article && other.placed().sentence().index() == index - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code c} states the fact of a chosen sentence: more than half its content words are in
   * it, or at least three and 40% of the shorter one's content words that are not the story's topic
   * (words in more than a third of the window's sentences, which every sentence repeats).
   */
  private static boolean repeats(Candidate c, List<Candidate> chosen) {
    if (c.content().isEmpty()) {
      return false;
    }
    for (Candidate other : chosen) {
      long shared = c.content().stream().filter(other.content()::contains).count();
      long sharedFacts = c.facts().stream().filter(other.facts()::contains).count();
      int shorter = Math.min(c.facts().size(), other.facts().size());
      if (shared > MAX_OVERLAP * c.content().size()
          || sharedFacts >= SAME_FACT_WORDS && sharedFacts >= SAME_FACT_SHARE * shorter) {
        return true;
      }
    }
    return false;
  }
}
