package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class VisibleDatesTest {
  private static LocalDate published(String body) {
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    return PublishedDates.of(doc, JsonLd.of(doc), PageMetadata.metas(doc), null);
  }

  @Test
  void readsTheDateShownInADateElementButNotAnUpdateLine() {
    assertThat(
            published(
                "<h1>Titel</h1><p class='info'>Aktualisiert: 30.12.2016</p>"
                    + "<span class='post-date'>26/10/2015</span><p>Text des Artikels hier.</p>"))
        .isEqualTo(LocalDate.of(2015, 10, 26));
  }

  @Test
  void readsTheDateWrittenAfterTheHeadline() {
    assertThat(
            published(
                "<p>Menu 1.1.2001</p><h1>Warm war es</h1><p>10. Juni 2018 22:00</p>"
                    + "<p>Ein langer Text folgt hier.</p>"))
        .isEqualTo(LocalDate.of(2018, 6, 10));
  }

  /**
   * The date after the headline, read node by node, is the first date of those nodes' texts joined
   * by " | " (the way it was read before), on random pages of dates, numbers, month names, update
   * lines and long texts, in and out of nested elements.
   */
  @Test
  void readingNodeByNodeFindsTheFirstDateOfTheJoinedText() {
    java.util.Random random = new java.util.Random(19);
    String[] pieces = {
      "4.12.2014",
      "2014-12-04",
      "12/04/2014",
      "4. Dezember 2014",
      "December 4th, 2014",
      "Dec",
      "4",
      "2014",
      "2099-01-01",
      "31.02.2015",
      "Updated 3 May 2016",
      "Aktualisiert: 1.2.2017",
      "de",
      "marzo",
      "15 de marzo de 2016",
      "|",
      "-",
      ".",
      "Text",
      "ein Satz",
      "x".repeat(700),
      "Mai 2015 ",
      "3 ",
      " 12.",
      "2013/5/6",
    };
    String[] tags = {"p", "span", "div", "b"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder html = new StringBuilder("<html><body>");
      html.append(random.nextBoolean() ? "<p>1.1.2001</p>" : "");
      html.append("<h1>").append(pieces[random.nextInt(pieces.length)]).append("</h1>");
      int nodes = random.nextInt(12);
      for (int i = 0; i < nodes; i++) {
        String tag = tags[random.nextInt(tags.length)];
        html.append('<').append(tag).append('>');
        for (int k = random.nextInt(3); k >= 0; k--) {
          html.append(pieces[random.nextInt(pieces.length)]);
          html.append(random.nextBoolean() ? " " : "<i>")
              .append(random.nextBoolean() ? "" : "</i>");
        }
        html.append("</").append(tag).append('>');
      }
      Document doc = Jsoup.parse(html.append("</body></html>").toString());
      assertThat(VisibleDates.afterHeadline(PageElements.of(doc)))
          .as(html.toString())
          .isEqualTo(joined(doc));
    }
  }

  /** The date after the headline as it was read before: every text joined, then searched. */
  private static java.time.@org.jspecify.annotations.Nullable LocalDate joined(Document doc) {
    org.jsoup.nodes.Element h1 = doc.selectFirst("h1");
    StringBuilder text = new StringBuilder();
    boolean on = false;
    for (org.jsoup.nodes.Node n : all(doc)) {
      on = on || n == h1;
      if (on && n instanceof org.jsoup.nodes.TextNode t && text.length() <= 1500) {
        if (!VisibleDates.updated(t.text())) {
          text.append(t.text()).append(" | ");
        }
      }
    }
    return DateFormats.first(text.toString());
  }

  private static java.util.List<org.jsoup.nodes.Node> all(Document doc) {
    java.util.List<org.jsoup.nodes.Node> nodes = new java.util.ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> nodes.add(node), doc.body());
    return nodes;
  }
}
