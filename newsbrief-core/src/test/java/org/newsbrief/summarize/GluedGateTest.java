package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GluedGateTest {
  private static final Map<String, Integer> GRAMS =
      Map.of("text size - +", 600, "size - + reset", 600, "- + reset politico", 300);
  private static final Map<String, int[]> STATS =
      Map.of(
          "text size - +", new int[] {600, 0, 900, 800, 0},
          "size - + reset", new int[] {600, 0, 900, 0, 0},
          "- + reset politico", new int[] {300, 3, 400, 0, 350});
  private static final String GLUED =
      "Obama speaks in ohio. Text size - + reset politico The president told a crowd on monday"
          + " that jobs were coming back.";

  /** A gate whose chance of reuse falls with the run's length only: weights {b, 0.., -1}. */
  private static GluedGate gate(double bias, double cut) {
    double[] w = new double[GluedGate.FEATURES];
    w[0] = bias;
    w[GluedGate.FEATURES - 1] = -1;
    return new GluedGate(STATS, Map.of("reset", 0.001), w, cut);
  }

  private static GluedFurniture gated(double bias, double cut) {
    return new GluedFurniture(GRAMS, Set.of(), gate(bias, cut));
  }

  @Test
  void cutsARunOnlyWhenItsChanceOfReuseIsAtMostTheCut() {
    assertThat(gated(0, 0.5).cut(GLUED))
        .isEqualTo(
            "Obama speaks in ohio. The president told a crowd on monday that jobs were coming back.");
    assertThat(gated(5, 0.5).cut(GLUED)).isSameAs(GLUED);
  }

  @Test
  void describesARunByItsGramsAndWords() {
    List<Furniture.Token> tokens = Furniture.tokens("Text size - + reset politico");
    double[] x = GluedGate.features(tokens, 0, 6, gate(0, 0.5).counts());
    assertThat(x[0]).isEqualTo(1);
    assertThat(x[1]).isCloseTo(Math.log(300), offset(1e-9));
    assertThat(x[2]).isCloseTo(Math.log(3.5 / 301), offset(1e-9));
    assertThat(x[3]).isCloseTo(800 / 900.0, offset(1e-9));
    assertThat(x[4]).isCloseTo(350 / 400.0, offset(1e-9));
    assertThat(x[5]).isCloseTo(0.5, offset(1e-9));
    assertThat(x[6]).isCloseTo(Math.log(0.001), offset(1e-9));
    assertThat(x[7]).isCloseTo(Math.log(6), offset(1e-9));
  }

  @Test
  void writesAndReadsTheGate() throws IOException {
    StringWriter out = new StringWriter();
    gated(0, 0.5).write(out);
    GluedFurniture read = GluedFurniture.read(new StringReader(out.toString()));
    StringWriter again = new StringWriter();
    read.write(again);
    assertThat(again.toString()).isEqualTo(out.toString()).contains("gate\t0.5\t");
    assertThat(read.cut(GLUED)).isEqualTo(gated(0, 0.5).cut(GLUED));
  }

  @Test
  void examplesLeaveTheirOwnStoryOutAndAreLabelledByItsSummary() {
    GluedCounts counts = new GluedCounts();
    List<List<String>> stories = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      stories.add(List.of("Story " + i + " leads. Text size - + reset then story " + i + " goes."));
      counts.add(stories.get(i), i == 0 ? "Text size matters." : "Story " + i + " leads.");
    }
    stories.forEach(s -> counts.name(s, 2));
    GluedExamples examples = new GluedExamples(counts, 5, 0.5, 2);
    List<GluedExamples.Row> first = examples.of(stories.get(0), "Text size matters.");
    assertThat(first).hasSize(1);
    assertThat(first.get(0).harm()).isTrue();
    assertThat(first.get(0).x()[1]).isCloseTo(Math.log(5), offset(1e-9));
    List<GluedExamples.Row> second = examples.of(stories.get(1), "Story 1 leads.");
    assertThat(second).hasSize(1);
    assertThat(second.get(0).harm()).isFalse();
    assertThat(new GluedExamples(counts, 6, 0.5, 2).of(stories.get(1), "Story 1 leads.")).isEmpty();
  }
}
