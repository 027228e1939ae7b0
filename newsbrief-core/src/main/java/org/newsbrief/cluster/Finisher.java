package org.newsbrief.cluster;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The refinement of the open stories at finish: stories merge (by the learned merge model when
 * there is one, else by centroid cosine), members move to the story they fit best (see {@link
 * StoryRefiner}; by the learned join model when it decides joins, else the cosine rule), then
 * stories whose two halves the learned split model keeps apart are split (see {@link
 * StorySplitter}), and last the stories are gathered into coarse groups that are re-clustered with
 * weights local to each group (see {@link LocalRegrouper}), by the linkage the model stores or else
 * the hand-set one.
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
    beforeRegrouping(open);
    if (options.regroups()) {
      regroup(open, index, regrouping());
    }
  }

  /**
   * The linkage stored with the model (fitted and chosen by {@code newsbrief train cluster}) when
   * it has one, else the hand-set linkage at the options' threshold.
   */
  Regrouping regrouping() {
    PairModel m = model;
    Regrouping fitted = m == null ? null : m.regrouping();
    return fitted != null ? fitted : Regrouping.of(options.regroup());
  }

  /** The merges, moves and split of {@link #run}, without the regrouping. */
  void beforeRegrouping(Map<String, ActiveStory> open) {
    StoryRefiner refiner = refiner();
    merge(refiner, open).forEach(s -> open.remove(s.id));
    refiner.refine(open.values(), options.refinePasses()).forEach(s -> open.remove(s.id));
    split(open);
  }

  /**
   * Gathers the open stories into coarse groups (centroid cosine at least {@link
   * Regrouping#groupCosine()}: a group may hold several events of a topic, or even several topics)
   * and re-clusters each group with weights local to it ({@link LocalRegrouper}), opening a story
   * for each piece after the first.
   */
  static void regroup(Map<String, ActiveStory> open, StoryIndex index, Regrouping settings) {
    gather(open, index, settings.groupCosine());
    LocalRegrouper regrouper = new LocalRegrouper(settings);
    for (ActiveStory story : List.copyOf(open.values())) {
      List<List<ArticleFeatures>> pieces = regrouper.pieces(story.members());
      if (pieces.size() < 2) {
        continue;
      }
      story.reset(pieces.get(0));
      index.update(story);
      for (List<ArticleFeatures> piece : pieces.subList(1, pieces.size())) {
        ActiveStory added = StorySplitter.half("s-" + piece.get(0).id() + "-part", piece);
        index.update(added);
        open.put(added.id, added);
      }
    }
  }

  /** Merges the stories of {@code open} into coarse groups at centroid cosine {@code minimum}. */
  static void gather(Map<String, ActiveStory> open, StoryIndex index, double minimum) {
    new StoryRefiner(index, 1, (a, story) -> 0)
        .merge(
            open.values(),
            (x, y) -> x.size() + y.size() > LocalRegrouper.MAX_MEMBERS ? 0 : x.centroidCosine(y),
            minimum,
            MERGE_ROUNDS)
        .forEach(s -> open.remove(s.id));
  }

  /**
   * Copies of the stories of {@code open} (same ids and members) with an index of their own, for
   * trying several regroupings of one finished stream.
   */
  static Map<String, ActiveStory> copies(Iterable<ActiveStory> open, StoryIndex index) {
    Map<String, ActiveStory> out = new java.util.LinkedHashMap<>();
    for (ActiveStory story : open) {
      ActiveStory copy = StorySplitter.half(story.id, story.members());
      index.update(copy);
      out.put(copy.id, copy);
    }
    return out;
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
