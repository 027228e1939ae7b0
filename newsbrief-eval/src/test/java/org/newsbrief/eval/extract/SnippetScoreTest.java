package org.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {
  @Test
  void countsSnippetsAsTrafilaturaDoesAndAFailedPageAsACompleteMiss() {
    SnippetScore score = new SnippetScore();
    score.add(
        List.of("main  text", "missing"), List.of("Impressum", "menu"), "the main\ntext\nmenu");
    assertThat(score.counts()).isEqualTo("1\t1\t1\t1");
    score.add(List.of("a", "b"), List.of("c"), null);
    assertThat(score.counts()).isEqualTo("1\t1\t3\t2");
    assertThat(score.metrics().get("f1")).isEqualTo(2.0 / (2 + 1 + 3));
    assertThat(score.metrics().get("accuracy")).isEqualTo(3.0 / 7);
  }

  @Test
  void bylinesMatchAsSetsOfNamesAfterNormalising() {
    assertThat(BylineMatch.same("Jane Doe, John Roe", "By John Roe and Jane Doe")).isTrue();
    assertThat(BylineMatch.same("JANE DOE", "Jane Doe")).isTrue();
    assertThat(BylineMatch.same("Jane Doe", "Jane Doe, John Roe")).isFalse();
    assertThat(BylineMatch.same(null, "Jane Doe")).isFalse();
    assertThat(BylineMatch.names("Von A | B / C ; D & E und F et G"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
  }
}
