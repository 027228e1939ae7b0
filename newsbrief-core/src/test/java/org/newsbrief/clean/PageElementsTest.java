package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageElementsTest {
  private static final String HTML =
      "<html><head><meta name=a content=b><script>var x = 1;</script>"
          + "<script type='application/LD+JSON'>{}</script></head><body class=page>"
          + "<h1>Title</h1><p>One <time datetime='2020-01-02'>Jan 2</time></p>"
          + "<div class='Post-Author'><span class=fn>Ann Lee</span></div>"
          + "<a rel=' author '>Bob</a><span itemprop=AUTHOR role=Navigation>Cy</span><abbr title='x'>y</abbr><script>var y;</script>"
          + "<footer><p>end</p></footer></body></html>";

  @Test
  void listsTheElementsAsJsoupDoes() {
    Document doc = Jsoup.parse(HTML);
    PageElements page = PageElements.of(doc);
    assertThat(page.all()).containsExactlyElementsOf(doc.getAllElements());
    assertThat(page.inBody()).containsExactlyElementsOf(doc.body().getAllElements());
    assertThat(page.metas()).containsExactlyElementsOf(doc.getElementsByTag("meta"));
    assertThat(page.scripts()).containsExactlyElementsOf(doc.getElementsByTag("script"));
    assertThat(page.times()).containsExactlyElementsOf(doc.getElementsByTag("time"));
    assertThat(page.first("h1")).isSameAs(doc.selectFirst("h1"));
    assertThat(page.scriptText(0)).isEqualTo("var x = 1;");
  }

  @Test
  void predicatesAgreeWithTheCssQueriesTheyReplace() {
    Document doc = Jsoup.parse(HTML);
    PageElements page = PageElements.of(doc);
    assertThat(page.matching(e -> PageElements.attrIs(e, "type", "application/ld+json")))
        .containsExactlyElementsOf(doc.select("[type=application/ld+json]"));
    assertThat(page.matching(e -> PageElements.attrIs(e, "rel", "author")))
        .containsExactlyElementsOf(doc.select("[rel=author]"));
    assertThat(page.matching(e -> PageElements.attrIs(e, "itemprop", "author")))
        .containsExactlyElementsOf(doc.select("[itemprop=author]"))
        .hasSize(1);
    assertThat(page.matching(e -> PageElements.attrIs(e, "role", "navigation")))
        .containsExactlyElementsOf(doc.select("[role=navigation]"));
    assertThat(page.matching(e -> e.hasClass("fn") && PageElements.ancestorHasClass(e, "page")))
        .containsExactlyElementsOf(doc.select(".page .fn"));
  }

  @Test
  void bodyListEndsWhereTheBodyEnds() {
    Document doc = Jsoup.parse("<html><body><p>a</p></body></html><!-- after -->");
    assertThat(PageElements.of(doc).inBody())
        .containsExactlyElementsOf(doc.body().getAllElements());
  }
}
