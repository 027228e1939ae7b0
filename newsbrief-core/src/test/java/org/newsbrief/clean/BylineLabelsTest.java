package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineLabelsTest {
  @Test
  void labelWordsAreWholeWordsInAnyCase() {
    assertThat(BylineLabels.hasLabelWord("Written BY Ana")).isTrue();
    assertThat(BylineLabels.hasLabelWord("(von Ana Lima)")).isTrue();
    assertThat(BylineLabels.hasLabelWord("Autor: Ana")).isTrue();
    assertThat(BylineLabels.hasLabelWord("Quelle")).isTrue();
    assertThat(BylineLabels.hasLabelWord("bylines and standby texts")).isFalse();
    assertThat(BylineLabels.hasLabelWord("2by 3von")).isFalse();
    assertThat(BylineLabels.hasLabelWord("éby")).isFalse();
  }

  @Test
  void theLineAfterALabelIsTakenFromAShortElementOnly() {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse(
            "<p id='a'>Text: Eva Fox</p><p id='b'>By " + "word ".repeat(200) + "</p>");
    assertThat(BylineLabels.labelLine(doc.getElementById("a"))).isEqualTo("Eva Fox");
    assertThat(BylineLabels.labelLine(doc.getElementById("b"))).isNull();
  }

  @Test
  void pluralAndFeminineLabelsAndAColonAfterByAreRead() {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse(
            "<p id='a'>Autoren Eva Fox und Ana Lima</p><p id='b'><strong>Autorin: Eva Fox</strong>"
                + "</p><p id='c'><em>Written by: <a href='/x'>Ana Lima</a></em></p>");
    assertThat(BylineLabels.hasLabelWord("Autorin: Eva")).isTrue();
    assertThat(BylineLabels.hasLabelWord("Autoren Eva")).isTrue();
    assertThat(BylineLabels.labelLine(doc.getElementById("a"))).isEqualTo("Eva Fox und Ana Lima");
    assertThat(BylineLabels.labelLine(doc.getElementById("b"))).isEqualTo("Eva Fox");
    assertThat(BylineLabels.labelLine(doc.getElementById("c"))).isEqualTo("Ana Lima");
  }

  /** The word scan before it skipped whole words: the reference the scan must agree with. */
  private static boolean charByChar(String s) {
    java.util.List<String> words =
        java.util.List.of(
            "by",
            "von",
            "par",
            "por",
            "door",
            "przez",
            "autor",
            "autorin",
            "autoren",
            "auteur",
            "author",
            "text",
            "redaktion",
            "quelle");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && "bvpdatrqBVPDATRQ".indexOf(c) < 0
          || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      int end = i + 1;
      while (end < s.length() && end - i <= 9 && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      if (end - i <= 9 && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
        for (String w : words) {
          if (w.length() == end - i && s.regionMatches(true, i, w, 0, w.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void theWordScanAgreesWithACharByCharScanOnRandomTexts() {
    java.util.Random random = new java.util.Random(19);
    String[] pieces = {
      "by",
      "BY",
      "von",
      "Autorin",
      "autoren",
      "quelle",
      "Text",
      "aut",
      "or",
      "x",
      "é",
      "1",
      "İ",
      "ı",
      "«",
      " ",
      " ",
      ",",
      ":",
      "-",
      "\u00A0",
      "redaktionen"
    };
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(BylineLabels.hasLabelWord(s)).as(s).isEqualTo(charByChar(s));
      found += charByChar(s) ? 1 : 0;
    }
    assertThat(found).isGreaterThan(2_000);
    assertThat(found).isLessThan(18_000);
  }
}
