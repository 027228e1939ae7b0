package org.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.Problem;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;

class RenderersTest {
  private static final String HOSTILE =
      "<script>alert('x')</script><img src=x onerror=alert(1)> <a href=\"javascript:evil()\">k</a>";

  private final Briefing briefing =
      Briefing.ofSummary(
          List.of(
              new Article("a1", "one.txt", "Title " + HOSTILE, "Outlet & Co", null, List.of("x")),
              new Article(
                  "b2", "two.txt", "Second", null, LocalDate.of(2014, 12, 4), List.of("y"))),
          List.of(new SummarySentence("Said " + HOSTILE + " today.", List.of("a1", "b2"))),
          List.of(new Problem("bad.bin", "file is binary, not text")));

  @Test
  void htmlEscapesEveryPieceOfArticleText() {
    String html = BriefingFormat.HTML.renderer().render(briefing);

    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .doesNotContain("<a href=\"javascript");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("Outlet &amp; Co");
    assertThat(html).contains("href=\"#article-a1\"").contains("id=\"article-b2\"");
    assertThat(html).doesNotContain("src=\"http").doesNotContain("<link");
  }

  @Test
  void jsonFollowsTheSchema() throws Exception {
    JsonNode json = new ObjectMapper().readTree(BriefingFormat.JSON.renderer().render(briefing));

    assertThat(json.get("articles")).hasSize(2);
    assertThat(json.at("/articles/0/outlet").asText()).isEqualTo("Outlet & Co");
    assertThat(json.at("/articles/0/published").asText()).isEqualTo("unknown");
    assertThat(json.at("/articles/1/outlet").asText()).isEqualTo("unknown");
    assertThat(json.at("/articles/1/published").asText()).isEqualTo("2014-12-04");
    assertThat(json.at("/summary/0/sources/1").asText()).isEqualTo("b2");
    assertThat(json.at("/problems/0/input").asText()).isEqualTo("bad.bin");
  }

  @Test
  void markdownCitesByNumberAndEscapesMarkup() {
    String md = BriefingFormat.MD.renderer().render(briefing);

    assertThat(md).contains("today. [1][2]");
    assertThat(md).contains("\\<script\\>");
    assertThat(md).contains("## Inputs not briefed");
    assertThat(md).contains("2. **Second**: outlet unknown, 2014-12-04");
  }

  @Test
  void sourcesShowTheBylineEscapedAndJsonCarriesKnownMetadataOnly() {
    Article credited =
        new Article(
            "c3",
            "three.html",
            "Third",
            "Outlet",
            null,
            List.of("z"),
            "<b>Jane</b> & Roe",
            "https://example.org/third",
            "en");
    Briefing b =
        Briefing.ofSummary(
            List.of(credited, briefing.articles().get(1)),
            List.of(new SummarySentence("Said today.", List.of("c3"))),
            List.of());

    String html = BriefingFormat.HTML.renderer().render(b);
    String md = BriefingFormat.MD.renderer().render(b);
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(BriefingFormat.JSON.renderer().render(b));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }

    assertThat(html)
        .contains("<bdi>by &lt;b&gt;Jane&lt;/b&gt; &amp; Roe, </bdi><bdi>Outlet</bdi>")
        .doesNotContain("<b>");
    assertThat(md).contains("1. **Third**: by \\<b\\>Jane\\</b\\> & Roe, Outlet");
    assertThat(md).contains("2. **Second**: outlet unknown");
    assertThat(json.at("/articles/0/byline").asText()).isEqualTo("<b>Jane</b> & Roe");
    assertThat(json.at("/articles/0/url").asText()).isEqualTo("https://example.org/third");
    assertThat(json.at("/articles/0/language").asText()).isEqualTo("en");
    assertThat(json.get("articles").get(1).has("byline")).isFalse();
    assertThat(json.get("articles").get(1).has("url")).isFalse();
  }

  @Test
  void aCaptureDateIsShownAsWhatItIsNeverAsThePublicationDate() throws Exception {
    Article captured =
        new Article(
            "c9",
            "crawl.warc#2",
            "Captured",
            null,
            null,
            List.of("z"),
            null,
            null,
            null,
            new ContainerDate(LocalDate.of(2014, 12, 4), ContainerDate.Kind.CAPTURED));
    Briefing b = Briefing.ofSummary(List.of(captured), List.of(), List.of());

    JsonNode json = new ObjectMapper().readTree(BriefingFormat.JSON.renderer().render(b));
    String md = BriefingFormat.MD.renderer().render(b);

    assertThat(json.at("/articles/0/published").asText()).isEqualTo("unknown");
    assertThat(json.at("/articles/0/container_date/date").asText()).isEqualTo("2014-12-04");
    assertThat(json.at("/articles/0/container_date/kind").asText()).isEqualTo("capture date");
    assertThat(md).contains("date unknown, capture date 2014-12-04");
    assertThat(BriefingFormat.HTML.renderer().render(b))
        .contains("date unknown, capture date 2014-12-04");
  }

  private final Briefing syndicated =
      new Briefing(
          List.of(
              new Article("a1", "ap.txt", "Fire contained", "AP", null, List.of("x")),
              new Article("b2", "cnn.txt", "Fire out", "CNN", null, List.of("x y")),
              new Article("c3", "blog.txt", "Fire", null, null, List.of("x y z")),
              new Article("d4", "times.txt", "Ashes", "The Times", null, List.of("w"))),
          List.of(new Syndication("c3", List.of("a1", "b2", "c3"), List.of("AP", "CNN"))),
          List.of(new SummarySentence("Crews contained it.", List.of("a1", "b2", "c3"))),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  @Test
  void jsonListsSyndicatedCopies() throws Exception {
    JsonNode json = new ObjectMapper().readTree(BriefingFormat.JSON.renderer().render(syndicated));

    assertThat(json.at("/syndication/0/canonical").asText()).isEqualTo("c3");
    assertThat(json.at("/syndication/0/articles")).hasSize(3);
    assertThat(json.at("/syndication/0/outlets/1").asText()).isEqualTo("CNN");
    JsonNode plain = new ObjectMapper().readTree(BriefingFormat.JSON.renderer().render(briefing));
    assertThat(plain.get("syndication").isArray()).isTrue();
    assertThat(plain.get("syndication")).isEmpty();
  }

  @Test
  void markdownAndHtmlSayWhereElseACopyRan() {
    String md = BriefingFormat.MD.renderer().render(syndicated);
    String html = BriefingFormat.HTML.renderer().render(syndicated);

    assertThat(md).contains("(`ap.txt`); also ran in: CNN \\[2\\], outlet unknown \\[3\\]\n");
    assertThat(md).contains("4. **Ashes**: The Times, date unknown (`times.txt`)\n");
    assertThat(html).contains("also ran in: AP [1], CNN [2]</bdi></span>");
  }
}
