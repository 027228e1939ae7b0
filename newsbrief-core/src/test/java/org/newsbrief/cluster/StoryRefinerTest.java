package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryRefinerTest {
  private static long sequence;

  private static ArticleFeatures article(String id, Map<String, Double> terms) {
    return new ArticleFeatures(
        id, id, null, TermWeights.normalise(terms), null, Set.of(), sequence++);
  }

  private static ActiveStory story(StoryIndex index, String id, ArticleFeatures... members) {
    ActiveStory s = new ActiveStory(id, 0, true);
    s.reset(List.of(members));
    index.update(s);
    return s;
  }

  private static StoryRefiner refiner(StoryIndex index) {
    return new StoryRefiner(index, 0.3, (a, s) -> s.termCosine(a.terms()));
  }

  @Test
  void aMemberJoinedEarlyMovesToTheStoryItFitsBetter() {
    StoryIndex index = new StoryIndex();
    ArticleFeatures quake1 = article("q1", Map.of("quake", 1.0, "chile", 1.0));
    ArticleFeatures quake2 = article("q2", Map.of("quake", 1.0, "chile", 1.0, "iquique", 1.0));
    ArticleFeatures fire1 = article("f1", Map.of("fire", 1.0, "store", 1.0));
    ArticleFeatures fire2 = article("f2", Map.of("fire", 1.0, "store", 1.0, "quake", 0.2));
    ArticleFeatures quake3 = article("q3", Map.of("quake", 1.0, "chile", 0.5));
    ArticleFeatures fire3 = article("f3", Map.of("fire", 1.0, "store", 0.5));
    ActiveStory quakes = story(index, "s-q", quake1, fire2, quake3);
    ActiveStory fires = story(index, "s-f", fire1, quake2, fire3);

    List<ActiveStory> emptied = refiner(index).refine(List.of(quakes, fires), 3);

    assertThat(emptied).isEmpty();
    assertThat(quakes.members()).extracting(ArticleFeatures::id).containsExactly("q1", "q2", "q3");
    assertThat(fires.members()).extracting(ArticleFeatures::id).containsExactly("f1", "f2", "f3");
  }

  @Test
  void membersBelowTheThresholdEverywhereStayPut() {
    StoryIndex index = new StoryIndex();
    ActiveStory a = story(index, "s-a", article("a", Map.of("quake", 1.0)));
    ActiveStory b = story(index, "s-b", article("b", Map.of("fire", 1.0)));

    assertThat(refiner(index).refine(List.of(a, b), 3)).isEmpty();
    assertThat(a.size()).isEqualTo(1);
    assertThat(b.size()).isEqualTo(1);
  }

  @Test
  void storiesWithCloseCentroidsMergeIntoTheEarlierOne() {
    StoryIndex index = new StoryIndex();
    ActiveStory first =
        story(index, "s-z", article("a", Map.of("quake", 1.0, "chile", 1.0, "iquique", 0.5)));
    ActiveStory second =
        story(index, "s-a", article("b", Map.of("quake", 1.0, "chile", 1.0, "power", 0.5)));
    ActiveStory other = story(index, "s-o", article("c", Map.of("fire", 1.0, "store", 1.0)));

    List<ActiveStory> gone = refiner(index).merge(List.of(first, second, other), 0.55, 10);

    assertThat(gone).containsExactly(second);
    assertThat(first.members()).extracting(ArticleFeatures::id).containsExactly("a", "b");
    assertThat(other.size()).isEqualTo(1);
    assertThat(index.candidates(Map.of("power", 1.0))).containsExactly(first);
  }

  @Test
  void leaveOneOutCosineIgnoresTheMemberItself() {
    ActiveStory s = new ActiveStory("s", 0, true);
    ArticleFeatures a = article("a", Map.of("quake", 1.0));
    ArticleFeatures b = article("b", Map.of("fire", 1.0));
    s.reset(List.of(a));
    assertThat(s.termCosineWithout(a.terms())).isZero();
    s.reset(List.of(a, b));
    assertThat(s.termCosineWithout(a.terms())).isZero();
    assertThat(s.termCosine(a.terms())).isGreaterThan(0.5);
  }
}
