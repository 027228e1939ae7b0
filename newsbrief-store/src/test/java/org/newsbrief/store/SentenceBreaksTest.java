package org.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
  private static final String TEXT =
      "Secretary of State John F. Kerry spoke. U.S. officials agreed.\nGen. Allen agreed. End";

  @Test
  void boundariesFollowTheBriefingsSentenceSplitter() {
    int second = TEXT.indexOf("U.S.");
    int third = TEXT.indexOf("Gen.");
    int fourth = TEXT.indexOf("End");
    assertThat(SentenceBreaks.boundaries(TEXT, 0))
        .containsExactly(0, second, third, fourth, TEXT.length());
    assertThat(SentenceBreaks.boundaries(TEXT, 7)).startsWith(7, second + 7);
    assertThat(SentenceBreaks.boundaries("", 0)).containsExactly(0);
  }

  @Test
  void behavesAsABreakIterator() {
    BreakIterator it = new SentenceBreaks();
    it.setText(TEXT);
    int second = TEXT.indexOf("U.S.");
    assertThat(it.first()).isZero();
    assertThat(it.next()).isEqualTo(second);
    assertThat(it.current()).isEqualTo(second);
    assertThat(it.following(TEXT.indexOf("F."))).isEqualTo(second);
    assertThat(it.preceding(second)).isZero();
    assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(it.last()).isEqualTo(TEXT.length());
    assertThat(it.next()).isEqualTo(BreakIterator.DONE);
    assertThat(it.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
  }
}
