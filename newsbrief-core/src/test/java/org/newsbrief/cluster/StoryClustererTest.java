package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryClustererTest {
  @Test
  void groupsArticlesAboutOneEventAndSeparatesAnother() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.DEFAULT_THRESHOLD);

    int a =
        clusterer.add(
            "Secretary Kerry said Iran and the United States discussed the Islamic"
                + " State on the sidelines of nuclear talks in Vienna.");
    int b =
        clusterer.add(
            "Iran denied that it discussed the Islamic State with the United States"
                + " in Vienna, where nuclear talks with Kerry continued.");
    int c =
        clusterer.add(
            "A magnitude 6.1 earthquake struck northern Chile on Tuesday, damaging"
                + " homes in Iquique and cutting power across the region.");
    int d =
        clusterer.add(
            "Rescuers in Iquique searched damaged homes after the Chile earthquake"
                + " cut power across the northern region.");

    assertThat(a).isEqualTo(b);
    assertThat(c).isEqualTo(d).isNotEqualTo(a);
    assertThat(clusterer.stories()).isEqualTo(2);
  }

  @Test
  void rejectsThresholdsOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> new StoryClusterer(0)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new StoryClusterer(1)).hasMessageContaining("threshold");
  }
}
