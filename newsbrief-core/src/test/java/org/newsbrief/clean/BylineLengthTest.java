package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BylineLengthTest {
  /** Pieces texts are made of: cut words, organisation words, digits, separators, letters. */
  private static final List<String> PIECES =
      List.of(
          "Anna",
          "Berg",
          "Mo",
          "mo",
          "on",
          "On",
          "sobre",
          "at",
          "Datum",
          "Tags",
          "Montag",
          "środa",
          "Środa",
          "publié",
          "é",
          "ß",
          "K",
          "ſ",
          "5",
          "-",
          " - ",
          "|",
          "/",
          "(",
          ".",
          ",",
          ";",
          ":",
          "'",
          "’",
          "&",
          "ag",
          "AP",
          "Press",
          "e.V.",
          "e. v",
          "x.com",
          ".de",
          "news",
          "Universität",
          "no author",
          "_",
          "\u2028",
          "\u00e9t",
          "Zeitung",
          "Sa",
          "so",
          " ",
          " ",
          " ",
          " ",
          " ",
          "Lorem",
          "ipsum",
          "dolor",
          "Connecticut",
          "Massachusetts");

  private static String text(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }

  @Test
  void cuttingFromTheFirstPossibleCutEqualsCuttingFromTheStart() {
    Random random = new Random(19);
    int longOnes = 0;
    for (int n = 0; n < 20_000; n++) {
      String s = text(random, 1 + random.nextInt(60));
      int from = BylineLength.cutFrom(s);
      String whole = BylineNames.CUT.matcher(s).replaceFirst("");
      assertThat(BylineLength.cut(s, BylineNames.CUT, from)).as(s).isEqualTo(whole);
      if (BylineLength.tooLong(s, from)) {
        longOnes++;
        String trimmed = BylineNames.TRIM_CUT.matcher(whole).replaceFirst("");
        assertThat(trimmed.replaceAll("[\\s,;:.\\-]+$", "").strip().length())
            .as(s)
            .isGreaterThan(BylineLength.MAX_CHARS);
      }
    }
    assertThat(longOnes).isPositive();
  }

  @Test
  void aLongTextOfPlainWordsIsRefusedAndACutWordIsSeen() {
    String plain = "Lorem ipsum dolor sit ".repeat(8);
    assertThat(BylineLength.tooLong(plain, BylineLength.cutFrom(plain))).isTrue();
    assertThat(BylineLength.cutFrom("Anna Berg on Monday")).isEqualTo(9);
    assertThat(BylineLength.cutFrom("Anna Bergon Monday")).isEqualTo(11);
    assertThat(BylineLength.cutFrom("Anna Berg Mo5")).isEqualTo(9);
    assertThat(BylineNames.of(plain, false)).isEmpty();
  }

  @Test
  void theOrganisationTestNeverMissesAMatch() {
    Random random = new Random(7);
    int refused = 0;
    for (int n = 0; n < 20_000; n++) {
      String s = text(random, 1 + random.nextInt(12));
      if (BylineNames.ORG.matcher(s).find()) {
        assertThat(BylineOrganisations.mayMatch(s)).as(s).isTrue();
      } else if (!BylineOrganisations.mayMatch(s)) {
        refused++;
      }
    }
    assertThat(refused).isPositive();
    assertThat(BylineOrganisations.mayMatch("Anna Berg")).isFalse();
    assertThat(BylineOrganisations.mayMatch("Anna Magazine")).isTrue();
    assertThat(BylineOrganisations.mayMatch("Anna Bagger")).isFalse();
  }
}
