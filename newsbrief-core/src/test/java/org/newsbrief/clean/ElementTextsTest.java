package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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
  void forgetsTheTextsAChangeTouched() {
    Element body =
        Jsoup.parse("<div id=a><p id=p>One <b>two</b></p><p id=q>three</p></div>").body();
    Element div = body.getElementById("a");
    Element p = body.getElementById("p");
    Element q = body.getElementById("q");
    ElementTexts texts = new ElementTexts();
    texts.of(div);
    texts.of(p);
    texts.of(q);

    p.getElementsByTag("b").get(0).remove();
    q.text("four");
    texts.changed(p);

    assertThat(texts.of(p)).isEqualTo("One");
    assertThat(texts.of(div)).as("an ancestor: read again").isEqualTo("One four");
    assertThat(texts.of(q)).as("not told: still the text read before").isEqualTo("three");
  }

  /**
   * The invariant the cleaner relies on: after furniture removal and div paragraphs, told through
   * one {@link ElementTexts}, every element's text is what jsoup reads afresh. Random nested pages
   * (seed printed on failure).
   */
  @Test
  void staysTrueThroughTheCleanersChanges() {
    String[] tags = {"div", "p", "span", "b", "nav", "aside", "pre", "section", "a", "br"};
    String[] classes = {"", " class=sidebar", " class=content", " id=share", ""};
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      StringBuilder html = new StringBuilder();
      randomNodes(random, tags, classes, html, 0);
      Element body = Jsoup.parse(html.toString()).body();
      ElementTexts texts = new ElementTexts();
      for (Element e : body.getAllElements()) {
        texts.of(e);
      }
      PageFurniture.dropFurniture(body, texts);
      DivParagraphs.divsToParagraphs(body, texts);
      PageFurniture.dropUnlikely(body, texts);
      for (Element e : body.getAllElements()) {
        assertThat(texts.of(e)).as("seed %d, %s", seed, e.cssSelector()).isEqualTo(e.text());
      }
    }
  }

  private static void randomNodes(
      Random random, String[] tags, String[] classes, StringBuilder html, int depth) {
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (depth > 5 || random.nextInt(3) == 0) {
        html.append(random.nextBoolean() ? " some words, here " : "a longer run of loose text ");
        continue;
      }
      String tag = tags[random.nextInt(tags.length)];
      html.append('<').append(tag).append(classes[random.nextInt(classes.length)]).append('>');
      if (!tag.equals("br")) {
        randomNodes(random, tags, classes, html, depth + 1);
        html.append("</").append(tag).append('>');
      }
    }
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
