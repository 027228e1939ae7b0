package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineElementsTest {
  @Test
  void oneScanListsAuthorMarkupBylineClassesAndLabelLines() {
    PageElements page =
        PageElements.of(
            Jsoup.parse(
                "<body><h1>T</h1><span itemprop='author'>Ana Lima</span>"
                    + "<div class='Post-Byline'>Bo Chen</div><p class='vcard'><b class='FN'>Cy"
                    + " Dee</b></p><p>Text: Eva Fox</p><p>stand by me</p></body>"));
    BylineElements.Scan texts = BylineElements.scan(page, true);
    assertThat(texts.markup()).extracting(e -> e.text()).containsExactly("Ana Lima", "Cy Dee");
    assertThat(texts.bylineClass()).extracting(e -> e.text()).containsExactly("Bo Chen");
    assertThat(texts.hits()).extracting(BylineElements.Hit::raw).contains("Eva Fox");
    assertThat(texts.h1()).isGreaterThan(0);
    BylineElements.Scan rulesOnly = BylineElements.scan(page, false);
    assertThat(rulesOnly.hits()).isEmpty();
    assertThat(rulesOnly.markup()).hasSize(2);
  }

  @Test
  void classTokensAreWholeTokens() {
    assertThat(BylineMarkup.hasToken("vcard fn", "fn")).isTrue();
    assertThat(BylineMarkup.hasToken("fnord", "fn")).isFalse();
    assertThat(BylineMarkup.hasToken("x\tauthor-name", "author-name")).isTrue();
  }
}
