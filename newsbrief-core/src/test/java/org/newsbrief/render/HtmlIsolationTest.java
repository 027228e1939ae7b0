package org.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Problem;
import org.newsbrief.model.SummarySentence;

/** Untrusted text in HTML output is bidi-isolated and carries no control characters. */
class HtmlIsolationTest {
  private static final String OVERRIDE = "\u202e";

  private final Briefing briefing =
      Briefing.ofSummary(
          List.of(
              new Article(
                  "a1",
                  "one.txt",
                  "Title " + OVERRIDE + "gnirts",
                  OVERRIDE + "Outlet",
                  null,
                  List.of("x"))),
          List.of(new SummarySentence("Said\u0000 " + OVERRIDE + "today\u0007.", List.of("a1"))),
          List.of(new Problem("bad" + OVERRIDE + ".txt", "file is empty")));

  @Test
  void everyBidiOverrideEndsInsideAnIsolate() {
    String html = BriefingFormat.HTML.renderer().render(briefing);

    Matcher m = Pattern.compile(OVERRIDE).matcher(html);
    int overrides = 0;
    while (m.find()) {
      overrides++;
      int open = html.lastIndexOf("<bdi>", m.start());
      int close = html.indexOf("</bdi>", m.start());
      assertThat(open).as("override at %d follows a <bdi>", m.start()).isGreaterThanOrEqualTo(0);
      assertThat(html.substring(open, m.start())).doesNotContain("</bdi>");
      assertThat(html.substring(m.end(), close)).doesNotContain("<").doesNotContain("\n");
    }
    assertThat(overrides).isEqualTo(4);
    assertThat(html).contains("<strong><bdi>Title " + OVERRIDE + "gnirts</bdi></strong>");
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() {
    String html = BriefingFormat.HTML.renderer().render(briefing);

    assertThat(html).doesNotContain("\u0000").doesNotContain("\u0007");
    assertThat(html).contains("Said\ufffd " + OVERRIDE + "today\ufffd.");
  }
}
