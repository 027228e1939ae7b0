package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {
  /** Groups of three candidates; the right one has the largest first feature, plus noise. */
  private static List<ConditionalLogit.Group> groups(long seed, int n) {
    Random random = new Random(seed);
    List<ConditionalLogit.Group> out = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      List<double[]> rows = new ArrayList<>();
      boolean[] right = new boolean[3];
      int best = 0;
      for (int i = 0; i < 3; i++) {
        rows.add(new double[] {1, random.nextDouble(), random.nextDouble()});
        if (rows.get(i)[1] > rows.get(best)[1]) {
          best = i;
        }
      }
      right[best] = true;
      out.add(new ConditionalLogit.Group(rows, right));
    }
    return out;
  }

  @Test
  void learnsToRankTheRightCandidateFirst() {
    double[] w = ConditionalLogit.fit(groups(7, 300), 3, 0.1);
    assertThat(w[1]).isGreaterThan(5);
    assertThat(Math.abs(w[2])).isLessThan(w[1] / 4);
    int right = 0;
    List<ConditionalLogit.Group> held = groups(8, 200);
    for (ConditionalLogit.Group g : held) {
      int top = 0;
      for (int i = 1; i < 3; i++) {
        if (ConditionalLogit.dot(w, g.rows().get(i)) > ConditionalLogit.dot(w, g.rows().get(top))) {
          top = i;
        }
      }
      right += g.right()[top] ? 1 : 0;
    }
    assertThat(right).isGreaterThan(190);
  }

  @Test
  void aHeavierPenaltyShrinksTheWeights() {
    List<ConditionalLogit.Group> data = groups(9, 200);
    assertThat(ConditionalLogit.fit(data, 3, 100)[1])
        .isLessThan(ConditionalLogit.fit(data, 3, 0.1)[1]);
  }
}
