package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageBreaksTest {
  @Test
  void cutsTheMarkerOpeningASentence() {
    assertThat(PageBreaks.cut("Story continued below the senator said no deal was near."))
        .isEqualTo("the senator said no deal was near.");
  }

  @Test
  void keepsTheLongerSentenceAroundAMarkerInside() {
    assertThat(
            PageBreaks.cut(
                "\" we can listen. \" story continued below but most of the students stayed"
                    + " with their backs turned."))
        .isEqualTo("but most of the students stayed with their backs turned.");
    assertThat(PageBreaks.cut("The vote was close on monday in the senate. Story continued below"))
        .isEqualTo("The vote was close on monday in the senate.");
  }

  @Test
  void leavesOtherSentencesAlone() {
    String s = "The story continued to unfold below the dam on monday.";
    assertThat(PageBreaks.cut(s)).isSameAs(s);
  }
}
