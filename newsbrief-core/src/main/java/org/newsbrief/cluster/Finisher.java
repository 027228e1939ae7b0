package org.newsbrief.cluster;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The refinement of the open stories at finish: stories merge (by the learned merge model when
 * there is one, else by centroid cosine), members move to the story they fit best (see {@link
 * StoryRefiner}; by the learned join model when it decides joins, else the cosine rule), then
 * stories whose two halves the learned split model keeps apart are split (see {@link
 * StorySplitter}).
 */
final class Finisher {
  /**
   * Without a merge model, open stories whose centroids' cosine reaches this merge (tuned on the
   * ECB+ stories dev half: 0.5 over-merges; it also helps the Multi-News stream).
   */
  private static final double MERGE = 0.55;

  /** At most this many rounds of merges at finish. */
  private static final int MERGE_ROUNDS = 10;

  private final StoryOptions options;
  private final StoryIndex index;
  private final @Nullable PairModel model;

  Finisher(StoryOptions options, StoryIndex index, @Nullable PairModel model) {
    this.options = options;
    this.index = index;
    this.model = model;
  }

  /** Refines {@code open} in place: drops the stories emptied, adds the stories split off. */
  void run(Map<String, ActiveStory> open) {
    StoryRefiner refiner = refiner();
    merge(refiner, open).forEach(s -> open.remove(s.id));
    refiner.refine(open.values(), options.refinePasses()).forEach(s -> open.remove(s.id));
    split(open);
  }

  private double time(ArticleFeatures a, ActiveStory story) {
    return options.timeFactor(story.gapDays(a.published()));
  }

  private double time(ActiveStory x, ActiveStory y) {
    return options.timeFactor(PairFeatures.gapDays(x, y));
  }

  /** Moves members by the learned join model when it decides joins, else by the cosine rule. */
  private StoryRefiner refiner() {
    PairModel m = model;
    if (m == null || !m.joins()) {
      return new StoryRefiner(
          index, options.threshold(), (a, story) -> story.termCosine(a.terms()) * time(a, story));
    }
    return new StoryRefiner(
        index,
        m.cutoff(),
        (a, story) -> m.probability(PairFeatures.of(a, story)) * time(a, story),
        (a, story) -> m.probability(PairFeatures.without(a, story)) * time(a, story));
  }

  /** Merges by the learned merge model when there is one, else by centroid cosine. */
  private List<ActiveStory> merge(StoryRefiner refiner, Map<String, ActiveStory> open) {
    PairModel m = model;
    if (m == null || !m.merges()) {
      return refiner.merge(open.values(), MERGE, MERGE_ROUNDS);
    }
    return refiner.merge(
        open.values(),
        (x, y) -> m.mergeProbability(PairFeatures.stories(x, y)) * time(x, y),
        PairModel.DEFAULT_CUTOFF,
        MERGE_ROUNDS);
  }

  /** Splits the stories whose halves the learned split model keeps apart. */
  private void split(Map<String, ActiveStory> open) {
    PairModel m = model;
    if (m == null || !m.splits()) {
      return;
    }
    new StorySplitter(
            index,
            (x, y) -> m.splitProbability(PairFeatures.stories(x, y)) * time(x, y),
            PairModel.DEFAULT_CUTOFF)
        .split(open.values())
        .forEach(s -> open.put(s.id, s));
  }
}
