package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Examples for the split weights of a {@link PairModel}: the features of the two halves {@link
 * StorySplitter#bisect} finds in a story, positive when the halves' majority gold stories agree
 * (the story should stay whole).
 */
final class SplitTraining {
  private SplitTraining() {}

  /**
   * {@code model} with split weights fitted on the open stories of {@code orders} random orders of
   * {@code articles} streamed and refined with it (unchanged when the examples are all of one
   * label).
   */
  static PairModel fit(
      List<PairTraining.LabelledArticle> articles,
      StoryOptions options,
      int orders,
      Map<String, String> gold,
      PairModel model) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int seed = 0; seed < orders; seed++) {
      StoryClusterer clusterer = new StoryClusterer(options.withRegroup(0), null, model);
      PairTraining.shuffled(articles, 3_000L + seed)
          .forEach(a -> clusterer.add(a.id(), a.title(), a.published(), a.text()));
      clusterer.refineOpen();
      examples(clusterer.open(), gold, x, y);
    }
    return y.contains(false) && y.contains(true) ? model.withSplit(PairModel.fit(x, y)) : model;
  }

  /** An example for every story of {@code open} the splitter can bisect. */
  static void examples(
      Iterable<ActiveStory> open, Map<String, String> gold, List<double[]> x, List<Boolean> y) {
    for (ActiveStory story : open) {
      ActiveStory[] halves = StorySplitter.bisect(story);
      if (halves != null) {
        x.add(PairFeatures.stories(halves[0], halves[1]));
        y.add(
            PairTraining.majority(halves[0], gold).equals(PairTraining.majority(halves[1], gold)));
      }
    }
  }
}
