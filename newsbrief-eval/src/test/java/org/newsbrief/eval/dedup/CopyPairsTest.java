package org.newsbrief.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyPairsTest {
  @Test
  void scoresThePairsInsideGroupsInEitherOrder() {
    Set<String> predicted = CopyPairs.within(List.of(List.of("a", "b", "c"), List.of("d", "e")));
    Set<String> gold = Set.of(CopyPairs.pair("b", "a"), CopyPairs.pair("e", "d"), "x\ty");

    Map<String, Double> m = CopyPairs.score(predicted, gold);

    assertThat(predicted).hasSize(4);
    assertThat(m.get("precision")).isEqualTo(0.5);
    assertThat(m.get("recall")).isEqualTo(2 / 3.0);
  }

  @Test
  void theBundledLabelsListCopiesAsUnorderedPairs() throws Exception {
    Set<String> copies = CopyPairs.labelledCopies();

    assertThat(copies).hasSize(91);
    assertThat(copies).allSatisfy(p -> assertThat(p.split("\t")[0]).isLessThan(p.split("\t")[1]));
  }

  @Test
  void theExhaustiveReferenceJoinsCopiesTransitivelyAndNothingElse() {
    String wire = "firefighters on tuesday contained a wildfire that had burned for nine days";
    List<List<String>> groups =
        ExhaustiveResemblance.groups(
            Map.of(
                "a",
                wire,
                "b",
                wire + " officials said",
                "c",
                "oil prices fell sharply in asian trading on monday morning"),
            0.5);

    assertThat(groups)
        .singleElement()
        .satisfies(g -> assertThat(g).containsExactlyInAnyOrder("a", "b"));
  }
}
