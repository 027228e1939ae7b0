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
}
