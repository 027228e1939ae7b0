package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementTextsTest {
  @Test
  void givesEachElementsTextAndReadsItOnce() {
    Element body = Jsoup.parse("<div id=a><p>One <b>two</b></p><p>three</p></div>").body();
    Element div = body.getElementById("a");
    ElementTexts texts = new ElementTexts();

    assertThat(texts.of(div)).isEqualTo(div.text()).isEqualTo("One two three");
    div.appendElement("p").text("four");
    assertThat(texts.of(div)).isEqualTo("One two three");
  }

  @Test
  void measuresTheShareOfLinkText() {
    Element body =
        Jsoup.parse(
                "<p id=half><a href=x>abcde</a>fghij</p><p id=none>no links</p>"
                    + "<p id=empty></p><ul id=menu><li><a href=y>Home</a></li></ul>")
            .body();
    ElementTexts texts = new ElementTexts();

    assertThat(texts.linkDensity(body.getElementById("half"))).isEqualTo(0.5);
    assertThat(texts.linkDensity(body.getElementById("none"))).isZero();
    assertThat(texts.linkDensity(body.getElementById("empty"))).isZero();
    assertThat(texts.linkDensity(body.getElementById("menu"))).isEqualTo(1.0);
  }
}
