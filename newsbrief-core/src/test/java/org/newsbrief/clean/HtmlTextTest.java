package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static final String PARAGRAPH =
      "Officials in Washington said on Monday that the talks, which began last year, would go"
          + " on, and that both sides expected progress, though neither gave details.";

  @Test
  void keepsTheArticleAndDropsFurnitureAroundIt() {
    String html =
        "<html><body><form id='aspnetForm'><div class='site-header'><a href='/'>Home</a></div>"
            + "<div class='main-story'><h1>Talks go on</h1><p>"
            + PARAGRAPH
            + "</p><p>"
            + PARAGRAPH.replace("Monday", "Tuesday")
            + "</p></div>"
            + "<div class='sidebar related'><p>Read this other story, it is great, really.</p></div>"
            + "<div class='comments'><p>I disagree with this article, strongly, very much.</p>"
            + "</div></form></body></html>";

    HtmlText.Page page = HtmlText.read(html);

    assertThat(String.join("\n", page.lines())).contains("said on Monday").contains("on Tuesday");
    assertThat(String.join("\n", page.lines()))
        .doesNotContain("other story")
        .doesNotContain("I disagree");
  }

  @Test
  void readsParagraphsWrittenAsDivs() {
    String html =
        "<html><body><div class='nav'><a href='/a'>A</a> <a href='/b'>B</a></div>"
            + "<div class='article-body'><div class='para'>"
            + PARAGRAPH
            + "</div>"
            + "<div class='para'>"
            + PARAGRAPH.replace("Washington", "Tehran")
            + "</div></div>"
            + "</body></html>";

    HtmlText.Page page = HtmlText.read(html);

    assertThat(page.lines()).filteredOn(l -> !l.isBlank()).hasSize(2);
    assertThat(page.lines().get(2)).contains("Tehran");
  }
}
