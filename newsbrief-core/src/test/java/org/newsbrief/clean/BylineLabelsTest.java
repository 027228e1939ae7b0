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
}
