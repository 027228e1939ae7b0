package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
  private static long sequence;

  private static ArticleFeatures article(String id, Map<String, Double> terms) {
    return new ArticleFeatures(
        id, id, null, TermWeights.normalise(terms), null, Set.of(), sequence++);
  }

  /** A story of two Waitrose fires in different towns, members interleaved. */
  private static ActiveStory twoFires(StoryIndex index) {
    ActiveStory s = new ActiveStory("s-l1", 0, true);
    s.reset(
        List.of(
            article("l1", Map.of("fire", 1.0, "waitrose", 1.0, "leeds", 1.5)),
            article("w1", Map.of("fire", 1.0, "waitrose", 1.0, "wells", 1.5)),
            article("l2", Map.of("fire", 1.0, "waitrose", 0.8, "leeds", 1.2, "reed", 0.5)),
            article("w2", Map.of("fire", 0.8, "waitrose", 1.0, "wells", 1.2, "holt", 0.5)),
            article("l3", Map.of("fire", 1.0, "leeds", 1.0, "reed", 1.0))));
    index.update(s);
    return s;
  }

  private static List<String> ids(ActiveStory s) {
    return s.members().stream().map(ArticleFeatures::id).toList();
  }

  @Test
  void bisectsAStoryIntoItsTwoEventsTheFirstMembersHalfFirst() {
    ActiveStory[] halves = StorySplitter.bisect(twoFires(new StoryIndex()));

    assertThat(halves).isNotNull().hasSize(2);
    assertThat(ids(halves[0])).containsExactly("l1", "l2", "l3");
    assertThat(ids(halves[1])).containsExactly("w1", "w2");
    assertThat(halves[0].id).isEqualTo("s-l1");
    assertThat(halves[1].id).isEqualTo("s-w1-split");
  }

  @Test
  void storiesBelowTheMinimumSizeAreNotBisected() {
    ActiveStory s = new ActiveStory("s-a", 0, true);
    s.reset(List.of(article("a", Map.of("x", 1.0)), article("b", Map.of("y", 1.0))));

    assertThat(StorySplitter.bisect(s)).isNull();
  }

  @Test
  void splitsOnlyWhenTheHalvesScoreBelowTheCutoff() {
    StoryIndex index = new StoryIndex();
    ActiveStory kept = twoFires(index);
    List<ActiveStory> none = new StorySplitter(index, (x, y) -> 0.9, 0.5).split(List.of(kept));

    assertThat(none).isEmpty();
    assertThat(kept.size()).isEqualTo(5);

    List<ActiveStory> added =
        new StorySplitter(index, (x, y) -> x.centroidCosine(y) > 0.9 ? 1 : 0, 0.5)
            .split(List.of(kept));

    assertThat(added).hasSize(1);
    assertThat(ids(kept)).containsExactly("l1", "l2", "l3");
    assertThat(ids(added.get(0))).containsExactly("w1", "w2");
    assertThat(index.candidates(Map.of("wells", 1.0))).containsExactly(added.get(0));
    assertThat(index.candidates(Map.of("leeds", 1.0))).containsExactly(kept);
  }

  @Test
  void theClustererSplitsAtFinishOnlyWithSplitWeightsThatSaySo() {
    String joinAll = "join.bias\t10\n";
    String[][] articles = {
      {
        "l1",
        "Fire at Waitrose in Leeds",
        "Fire crews fought a blaze at the Waitrose store in Leeds."
      },
      {
        "w1",
        "Fire at Waitrose in Wells",
        "Fire crews fought a blaze at the Waitrose store in Wells."
      },
      {"l2", "Leeds Waitrose fire", "Chief Dale Reed said the Leeds Waitrose fire was out."},
      {"w2", "Wells Waitrose fire", "Manager Anna Holt said the Wells Waitrose fire was out."},
      {"l3", "Leeds store reopens", "The Leeds Waitrose store reopens, Dale Reed said."}
    };
    assertThat(finished(PairModel.parse(joinAll), articles)).hasSize(1);
    assertThat(finished(PairModel.parse(joinAll + "split.bias\t10\n"), articles)).hasSize(1);
    assertThat(finished(PairModel.parse(joinAll + "split.bias\t-10\n"), articles)).hasSize(2);
  }

  private static List<org.newsbrief.model.Story> finished(PairModel model, String[][] articles) {
    StoryClusterer clusterer =
        new StoryClusterer(StoryOptions.defaults().withRegroup(0), null, model);
    for (String[] a : articles) {
      clusterer.add(a[0], a[1], null, a[1] + "\n\n" + a[2]);
    }
    return clusterer.finish();
  }
}
