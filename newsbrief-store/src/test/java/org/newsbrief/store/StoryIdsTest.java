package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryIdsTest {
  @Test
  void aStoryKeepsItsIdWhileItGrows() {
    Map<String, String> ids =
        StoryIds.assign(Map.of("a", "S", "b", "S"), List.of(List.of("a", "b", "c")), Set.of("S"));
    assertThat(ids).containsEntry("a", "S").containsEntry("b", "S").containsEntry("c", "S");
  }

  @Test
  void onASplitTheIdGoesWithMostOfTheArticles() {
    Map<String, String> ids =
        StoryIds.assign(
            Map.of("a", "S", "b", "S", "c", "S", "d", "S"),
            List.of(List.of("a"), List.of("b", "c", "d")),
            Set.of("S"));
    assertThat(ids.get("b")).isEqualTo("S");
    assertThat(ids.get("d")).isEqualTo("S");
    assertThat(ids.get("a")).isEqualTo("a");
  }

  @Test
  void onAMergeTheBiggerPartNamesTheStoryAndTheOtherIdIsNotReused() {
    Map<String, String> ids =
        StoryIds.assign(
            Map.of("a", "S1", "b", "S1", "c", "S1", "d", "S2", "e", "S2"),
            List.of(List.of("d", "e", "a", "b", "c"), List.of("f")),
            Set.of("S1", "S2"));
    assertThat(Set.copyOf(ids.values())).containsExactlyInAnyOrder("S1", "f");
  }

  @Test
  void aTieGoesToTheStoryThatStartedFirstAndFreshNamesAvoidIdsInUse() {
    Map<String, String> ids =
        StoryIds.assign(
            Map.of("a", "S", "b", "S"), List.of(List.of("a"), List.of("b")), Set.of("S", "b"));
    assertThat(ids.get("a")).isEqualTo("S");
    assertThat(ids.get("b")).isEqualTo("b-2");
  }
}
