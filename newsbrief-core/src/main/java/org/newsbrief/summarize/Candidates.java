package org.newsbrief.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.AnalyzedArticle;

/**
 * The window sentences a summary may choose (6 to 80 words, not a fragment, a whole sentence, of a
 * news sentence's {@link SentenceForm}), each with what choosing needs to know about it and its
 * {@link SentenceFeatures} for the {@link SentenceScorer}. Shared by the summarizer and by {@link
 * SentenceTraining}, so the scorer learns on the very candidates it will score.
 */
final class Candidates {
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 80;
  private static final double QUESTION = 0.85;
  private static final double TOPIC_SHARE = 1 / 3.0;

  private Candidates() {}

  /** A window sentence with what choosing needs to know about it. */
  record Candidate(
      StoryWindow.Placed placed,
      LocalDate date,
      int length,
      double prior,
      boolean alone,
      int shared,
      boolean needsAntecedent,
      Map<String, Integer> grams,
      Set<String> content,
      Set<String> facts,
      double[] features) {}

  /**
   * The candidates of {@code window} (of {@code articles}), with the reference counts {@code
   * expected} of its n-grams; {@code leftOut} as in {@link LexicalPriors} (training only); a
   * sentence {@code form} does not keep is no candidate.
   */
  static List<Candidate> of(
      List<List<StoryWindow.Placed>> window,
      List<AnalyzedArticle> articles,
      Map<String, Double> expected,
      LexicalPriors priors,
      @Nullable Map<String, Integer> leftOut,
      SentenceForm form) {
    Map<String, Integer> sentencesWith = new HashMap<>();
    int sentenceCount = 0;
    for (List<StoryWindow.Placed> article : window) {
      for (StoryWindow.Placed p : article) {
        new HashSet<>(p.tokens()).forEach(t -> sentencesWith.merge(t, 1, Integer::sum));
        sentenceCount++;
      }
    }
    double topic = Math.max(2, TOPIC_SHARE * sentenceCount);
    SentenceFeatures.Story story = SentenceFeatures.Story.of(window, priors, leftOut);
    ExpectedCoverage coverage = new ExpectedCoverage(expected);
    List<Candidate> candidates = new ArrayList<>();
    for (List<StoryWindow.Placed> article : window) {
      String previous = "";
      for (StoryWindow.Placed p : article) {
        String text = p.text();
        int length = SummaryTokens.words(text);
        boolean skip =
            length < MIN_WORDS
                || length > MAX_WORDS
                || Readability.fragment(p.sentence().text(), text)
                || Readability.notWhole(text, previous)
                || !form.keeps(text, priors);
        previous = p.sentence().text();
        if (skip) {
          continue;
        }
        LocalDate published = articles.get(p.article()).article().published();
        Set<String> content = new HashSet<>(p.tokens());
        content.removeAll(SummaryTokens.STOP);
        boolean question = Readability.question(text);
        boolean alone = window.size() > 1 && !story.sharedElsewhere(content, p.article());
        double prior = question ? QUESTION : 1;
        boolean needsAntecedent = Readability.needsAntecedent(text);
        Map<String, Integer> grams = SummaryTokens.grams(p.tokens());
        double[] features =
            story.features(
                p, length, coverage.gain(grams), content, needsAntecedent, question, alone);
        candidates.add(
            new Candidate(
                p,
                published == null ? LocalDate.MAX : published,
                length,
                prior,
                alone,
                window.size() > 1 ? story.sharedWords(content, p.article()) : Integer.MAX_VALUE,
                needsAntecedent,
                grams,
                content,
                facts(content, sentencesWith, topic),
                features));
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
}
