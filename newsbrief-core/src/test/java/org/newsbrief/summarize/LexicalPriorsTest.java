package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexicalPriorsTest {
  /** 100 stories: "quake" summarized in 9 of 10, "crawl" in 0 of 50, "rare" in 1 of 2. */
  private static LexicalPriors priors() {
    Map<String, int[]> counts = new HashMap<>();
    counts.put("quake", new int[] {10, 9});
    counts.put("crawl", new int[] {50, 0});
    counts.put("rare", new int[] {2, 1});
    counts.put("the", new int[] {100, 60});
    counts.put("the quake", new int[] {8, 7});
    return CoverageTraining.priors(counts, 100, 4, 3);
  }

  @Test
  void wordsSummariesKeepScoreAboveWordsTheyDrop() {
    LexicalPriors p = priors();
    assertThat(p.features("quake", null)[0]).isGreaterThan(0);
    assertThat(p.features("crawl", null)[0]).isLessThan(0);
    assertThat(p.features("quake", null)[0]).isGreaterThan(p.features("the", null)[0]);
  }

  @Test
  void unknownAndTooRareNgramsScoreZero() {
    LexicalPriors p = priors();
    assertThat(p.features("zebra", null)).containsExactly(0, 0);
    assertThat(p.features("rare", null)).containsExactly(0, 0);
  }

  @Test
  void leavingAStoryOutTakesItsOwnCountsAway() {
    LexicalPriors p = priors();
    double with = p.features("quake", null)[0];
    double without = p.features("quake", Map.of("quake", 2))[0];
    // 8 of 9 instead of 9 of 10: less evidence, a smaller log-odds
    assertThat(without).isLessThan(with);
    // a story whose reference did not use the word: one unused story fewer, a higher log-odds
    assertThat(p.features("crawl", Map.of())[0]).isGreaterThan(p.features("crawl", null)[0]);
  }

  @Test
  void writesAndReadsTheSameTableWithoutTheRareOnes() throws IOException {
    StringWriter text = new StringWriter();
    priors().write(text);
    LexicalPriors read = LexicalPriors.read(new StringReader(text.toString()));

    assertThat(read.size()).isEqualTo(4);
    assertThat(read.features("the quake", null)[0])
        .isCloseTo(priors().features("the quake", null)[0], within(1e-12));
    assertThat(text.toString()).doesNotContain("rare");
  }

  @Test
  void rejectsATableWithoutItsSettings() {
    assertThatThrownBy(() -> LexicalPriors.read(new StringReader("quake\t10\t9\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("stories");
  }

  @Test
  void readsKeysBeyondAsciiFromTheirBytesAsFromTheirChars() throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    counts.put("café", new int[] {10, 9});
    counts.put("zürich blast", new int[] {20, 2});
    counts.put("quake", new int[] {30, 3});
    StringWriter text = new StringWriter();
    CoverageTraining.priors(counts, 100, 4, 3).write(text);
    LexicalPriors read =
        LexicalPriors.read(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(read.size()).isEqualTo(3);
    for (String key : counts.keySet()) {
      assertThat(read.features(key, null)[0])
          .isCloseTo(
              CoverageTraining.priors(counts, 100, 4, 3).features(key, null)[0], within(1e-12))
          .isNotZero();
    }
    assertThat(PriorsText.hash("café".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 5))
        .isEqualTo(HashedCounts.hash("café", 0, 4));
  }

  @Test
  void namesTheLineThatIsNotATableLine() {
    assertThatThrownBy(() -> LexicalPriors.read(new StringReader("stories 100\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("stories 100");
    assertThatThrownBy(() -> LexicalPriors.read(new StringReader("quake\t1x\t9\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a count: 1x");
  }
}
