package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylineSignaturesTest {
  private static final String TEXT = "<p>A first long paragraph.</p><p>A second one.</p>";

  @Test
  void theFirstLineOfTheLastParagraphOfARunIsTheSignature() {
    Document doc = Jsoup.parse("<div>" + TEXT + "<p id='s'>Eva Fox<br>10. Mai 2017</p></div>");
    assertThat(BylineSignatures.line(doc.getElementById("s"))).isEqualTo("Eva Fox");
  }

  @Test
  void aCopyrightSignGoesWithItsYear() {
    Document doc = Jsoup.parse("<div>" + TEXT + "<p id='s'>© 2019 Eva Fox</p><h3>x</h3></div>");
    assertThat(BylineSignatures.line(doc.getElementById("s"))).isEqualTo("Eva Fox");
  }

  @Test
  void noSignatureBeforeAnotherParagraphAfterTooFewOrInALongParagraph() {
    Document doc =
        Jsoup.parse(
            "<div id='a'>"
                + TEXT
                + "<p id='s'>Eva Fox</p><p>More.</p></div><div><p>One.</p><p id='t'>Eva Fox</p>"
                + "</div><div>"
                + TEXT
                + "<p id='u'>"
                + "word ".repeat(40)
                + "</p></div>");
    assertThat(BylineSignatures.line(doc.getElementById("s"))).isNull();
    assertThat(BylineSignatures.line(doc.getElementById("t"))).isNull();
    assertThat(BylineSignatures.line(doc.getElementById("u"))).isNull();
  }
}
