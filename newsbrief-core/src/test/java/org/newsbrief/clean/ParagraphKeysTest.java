package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParagraphKeysTest {
  @Test
  void keysIgnoreCaseQuotesAndRunsOfWhitespace() {
    assertThat(ParagraphKeys.key("  He said \u201cNo\u201d,\t\n  it's   OVER. "))
        .isEqualTo("he said no, its over.");
    assertThat(ParagraphKeys.key("a \" \n b")).isEqualTo("a b");
    assertThat(ParagraphKeys.key("\u2003x\u2003")).isEqualTo("x");
    assertThat(ParagraphKeys.key("")).isEmpty();
  }

  /** The char-by-char key agrees with lower-casing the whole string, for every UTF-16 unit. */
  @Test
  void keysLowerCaseEveryCharacterAsTheWholeStringWould() {
    for (int c = 0; c < 0x10000; c++) {
      for (String text :
          List.of("" + (char) c, "Ab" + (char) c + " x", "A " + (char) c + "\t\"Q")) {
        assertThat(ParagraphKeys.key(text)).as("U+%04X", c).isEqualTo(reference(text));
      }
    }
    for (String text : List.of("ΟΔΟΣ ΣΑΣ", "İstanbul", "\uD83D\uDE00 Hi  \u2003 \"X\"")) {
      assertThat(ParagraphKeys.key(text)).isEqualTo(reference(text));
    }
  }

  @Test
  void idsNameTheTextNotItsCaseOrSpacing() {
    assertThat(ParagraphKeys.id(List.of("One.", "Two.")))
        .hasSize(10)
        .isEqualTo(ParagraphKeys.id(List.of("ONE.", " Two. ")))
        .isNotEqualTo(ParagraphKeys.id(List.of("One.", "Three.")));
  }

  private static String reference(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean inSpace = false;
    for (char c : lower.toCharArray()) {
      if ("\"\u201C\u201D'\u2019".indexOf(c) >= 0) {
        continue;
      }
      boolean white = " \t\n\u000B\f\r".indexOf(c) >= 0;
      if (!white || !inSpace) {
        out.append(white ? ' ' : c);
      }
      inSpace = white;
    }
    return out.toString().strip();
  }
}
