package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsbrief.stance.Stance;

class Fnc1DataTest {
  static Path fixture() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(Fnc1DataTest.class.getResource("/stance/fnc1")).toURI());
  }

  @Test
  void readsPairsAndBodies() throws Exception {
    Fnc1Data data = Fnc1Data.read(fixture(), Integer.MAX_VALUE);
    assertThat(data.pairs).hasSize(40);
    assertThat(data.bodies).hasSize(10);
    assertThat(data.pairs.get(0))
        .isEqualTo(new Fnc1Data.Pair("Meteorite crashes in Managua", 0, Stance.AGREE));
    assertThat(data.bodies.get(0)).contains("\"quotes\"").contains("\n");
    assertThat(Fnc1Data.read(fixture(), 5).pairs).hasSize(5);
  }

  @Test
  void splitsByBodyWithoutSharingOne() throws Exception {
    Fnc1Data data = Fnc1Data.read(fixture(), Integer.MAX_VALUE);
    Set<Integer> dev = bodies(data.split("dev"));
    Set<Integer> train = bodies(data.split("train"));
    Set<Integer> tune = bodies(data.split("tune"));
    Set<Integer> fit = bodies(data.split("fit"));
    assertThat(dev).hasSize(2); // 20% of 10 bodies
    assertThat(train).hasSize(8).doesNotContainAnyElementsOf(dev);
    assertThat(tune).hasSize(2).isSubsetOf(train);
    assertThat(fit).hasSize(6).isSubsetOf(train).doesNotContainAnyElementsOf(tune);
    assertThat(data.split("dev").size() + data.split("train").size()).isEqualTo(40);
    assertThat(Fnc1Data.heldOut(new TreeSet<>(List.of(9, 3, 0, 6, 12, 15, 18, 21, 24, 27))))
        .isEqualTo(dev);
  }

  private static Set<Integer> bodies(List<Fnc1Data.Pair> pairs) {
    Set<Integer> ids = new HashSet<>();
    pairs.forEach(p -> ids.add(p.bodyId()));
    return ids;
  }
}
