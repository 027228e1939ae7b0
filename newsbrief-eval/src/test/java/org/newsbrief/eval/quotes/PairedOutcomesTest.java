package org.newsbrief.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedOutcomesTest {
  @Test
  void signTestMatchesTheBinomialTail() {
    // n = 10, k = 2: 2 * (1 + 10 + 45) / 1024
    assertEquals(112.0 / 1024, PairedOutcomes.signTest(8, 2), 1e-12);
    assertEquals(112.0 / 1024, PairedOutcomes.signTest(2, 8), 1e-12);
    // n = 5, k = 0: 2 / 32
    assertEquals(0.0625, PairedOutcomes.signTest(5, 0), 1e-12);
    // a tie is capped at 1, and no discordant pair gives 1
    assertEquals(1.0, PairedOutcomes.signTest(3, 3), 1e-12);
    assertEquals(1.0, PairedOutcomes.signTest(0, 0), 1e-12);
    // n = 1000 does not underflow: 2 * P(X <= 400), X ~ Bin(1000, 0.5), about 2.7e-10
    double p = PairedOutcomes.signTest(600, 400);
    assertEquals(2.7e-10, p, 0.3e-10);
  }

  @Test
  void negativeCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PairedOutcomes.signTest(-1, 2));
  }

  @Test
  void figuresCountDiscordantQuotesPresentUnderBoth() {
    Map<String, Map<String, Boolean>> outcomes =
        Map.of(
            "",
            Map.of("a@1", true, "a@2", false, "a@3", false, "a@4", false, "b@1", true),
            "_x",
            Map.of("a@1", true, "a@2", true, "a@3", true, "a@4", true, "b@1", false, "c@9", true));
    Map<String, Double> f = PairedOutcomes.figures(outcomes);
    assertEquals(5.0, f.get("count_paired_x"), 0);
    assertEquals(3.0, f.get("count_paired_better_x"), 0);
    assertEquals(1.0, f.get("count_paired_worse_x"), 0);
    // n = 4, k = 1: 2 * (1 + 4) / 16
    assertEquals(0.625, f.get("sign_p_x"), 1e-12);
    assertEquals(4, f.size());
  }
}
