package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageZoneTest {
  private static final String HEAD =
      "<meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
          + "<script>var x = {\"date\":\"2023-11-08T22:28:35-05:00\"};</script>";

  @Test
  void movesAUtcPublicationTimeIntoThePagesOwnZone() {
    Document doc = Jsoup.parse("<html><head>" + HEAD + "</head><body><p>x</p></body></html>");
    assertThat(PageZone.of(doc)).isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(PageZone.localDay("2023-11-09T03:28:35Z", ZoneOffset.ofHours(-5)))
        .isEqualTo(LocalDate.of(2023, 11, 8));
    assertThat(PublishedDates.of(doc, JsonLd.of(doc), PageMetadata.metas(doc), null))
        .isEqualTo(LocalDate.of(2023, 11, 8));
  }

  @Test
  void keepsTheWrittenDayWhenThePageHasNoOtherZone() {
    Document doc =
        Jsoup.parse(
            "<html><head><meta property='article:published_time' content='2023-11-09T03:28:35Z'>"
                + "</head><body><p>x</p></body></html>");
    assertThat(PageZone.of(doc)).isNull();
    assertThat(PublishedDates.of(doc, JsonLd.of(doc), PageMetadata.metas(doc), null))
        .isEqualTo(LocalDate.of(2023, 11, 9));
  }
}
