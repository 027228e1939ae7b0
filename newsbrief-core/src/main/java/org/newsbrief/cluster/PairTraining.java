package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Fits a {@link PairModel} on gold-labelled articles. Each seeded random order is streamed with the
 * gold stories standing in for the clusterer's (as in Miranda et al. 2018): every article is
 * compared with the candidates the inverted index finds among the stories so far, each comparison
 * is one example (positive when the candidate is the article's gold story), then the article joins
 * its gold story. The features are those the clusterer computes online.
 */
public final class PairTraining {
  private PairTraining() {}

  /**
   * A training article.
   *
   * @param id the article id
   * @param title the headline
   * @param published the publication date, when known
   * @param text headline and body
   * @param story the gold story
   */
  public record LabelledArticle(
      String id, String title, @Nullable LocalDate published, String text, String story) {}

  /** A model fitted on {@code articles} streamed in {@code orders} random orders. */
  public static PairModel fit(
      List<LabelledArticle> articles,
      StoryOptions options,
      int orders,
      double cutoff,
      boolean joins) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int seed = 0; seed < orders; seed++) {
      List<LabelledArticle> order = new ArrayList<>(articles);
      Collections.shuffle(order, new Random(1_000L + seed));
      examples(order, options, x, y);
    }
    PairModel join = PairModel.fit(x, y).withCutoff(cutoff).withJoins(joins);
    StoryOptions keeping =
        options.refinePasses() > 0
            ? options
            : options.withRefinement(StoryOptions.DEFAULT_REFINE_PASSES);
    Map<String, String> gold = new HashMap<>();
    articles.forEach(a -> gold.put(a.id(), a.story()));
    List<double[]> mx = new ArrayList<>();
    List<Boolean> my = new ArrayList<>();
    for (int seed = 0; seed < orders; seed++) {
      StoryClusterer clusterer = new StoryClusterer(keeping, null, join);
      shuffled(articles, 2_000L + seed)
          .forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
      mergeExamples(clusterer, options, gold, mx, my);
    }
    return SplitTraining.fit(
        articles, keeping, orders, gold, join.withMerge(PairModel.fit(mx, my)));
  }

  static List<LabelledArticle> shuffled(List<LabelledArticle> articles, long seed) {
    List<LabelledArticle> order = new ArrayList<>(articles);
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /**
   * Adds an example for every pair of open stories the index puts together, positive when their
   * members' majority gold stories agree.
   */
  static void mergeExamples(
      StoryClusterer clusterer,
      StoryOptions options,
      Map<String, String> gold,
      List<double[]> x,
      List<Boolean> y) {
    for (ActiveStory a : clusterer.open()) {
      for (ActiveStory b : clusterer.index().candidates(a.termSums())) {
        if (a.id.compareTo(b.id) < 0) {
          x.add(PairFeatures.stories(a, b));
          y.add(majority(a, gold).equals(majority(b, gold)));
        }
      }
    }
  }

  static String majority(ActiveStory story, Map<String, String> gold) {
    Map<String, Integer> counts = new HashMap<>();
    story.members().forEach(m -> counts.merge(gold.getOrDefault(m.id(), ""), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  /** Adds the examples of one stream to {@code x} and {@code y}. */
  static void examples(
      List<LabelledArticle> stream, StoryOptions options, List<double[]> x, List<Boolean> y) {
    TermWeights weights = new TermWeights();
    StoryIndex index = new StoryIndex();
    Map<String, ActiveStory> stories = new HashMap<>();
    long sequence = 0;
    for (LabelledArticle l : stream) {
      ArticleFeatures a =
          weights.article(l.id(), l.title(), l.published(), l.text(), null, sequence++, true);
      ActiveStory own = stories.get(l.story());
      for (ActiveStory candidate : index.candidates(a.terms())) {
        x.add(PairFeatures.of(a, candidate));
        y.add(candidate == own);
      }
      ActiveStory story = stories.computeIfAbsent(l.story(), s -> new ActiveStory(s, 0, false));
      story.join(a);
      index.update(story);
    }
  }
}
