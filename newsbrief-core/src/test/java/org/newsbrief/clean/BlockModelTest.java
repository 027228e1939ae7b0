package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockModelTest {
  private static final String PARAGRAPH =
      "Officials in Washington said on Monday that the talks, which began last year, would go"
          + " on, and that both sides expected progress, though neither gave details.";
  private static final String PAGE =
      "<html><body><div class='site-header'><a href='/'>Home</a></div>"
          + "<div class='main-story'><h1>Talks go on</h1><p>"
          + PARAGRAPH
          + "</p><ul><li>A list item of the story, which readers need.</li></ul><p>"
          + PARAGRAPH.replace("Monday", "Tuesday")
          + "</p></div>"
          + "<div class='box'><p>Read this other story, it is great, really.</p>"
          + "<p><a href='/x'>A link to elsewhere on the site</a></p></div></body></html>";
  private static final String DIVS =
      "<html><body><div class='article-body'><div>"
          + PARAGRAPH
          + "</div><div>"
          + PARAGRAPH.replace("Monday", "Friday")
          + "</div></div><div>Footer text of the site, copyright and so on.</div></body></html>";

  /** A model that keeps a block exactly when the rules keep it. */
  private static BlockModel rulesOnly() {
    double[] w = new double[BlockModel.featureNames().size()];
    w[0] = -1;
    w[BlockModel.featureNames().indexOf("kept")] = 2;
    return BlockModel.of(w);
  }

  @Test
  void aModelThatFollowsTheRulesGivesTheRulesLines() {
    for (String html : List.of(PAGE, DIVS, "<html><body><p>Short.</p></body></html>")) {
      assertThat(HtmlText.read(html, null, rulesOnly(), null).lines())
          .isEqualTo(HtmlText.read(html, null, null, null).lines());
    }
  }

  @Test
  void aModelCanKeepBlocksTheRulesLeaveOut() {
    double[] keepAll = new double[BlockModel.featureNames().size()];
    keepAll[0] = 1;

    List<String> lines = HtmlText.read(PAGE, null, BlockModel.of(keepAll), null).lines();

    assertThat(HtmlText.read(PAGE, null, null, null).lines())
        .doesNotContain("Read this other story, it is great, really.");
    assertThat(lines).contains("Read this other story, it is great, really.", PARAGRAPH);
  }

  @Test
  void candidatesCarryOneValuePerFeature() {
    List<BlockModel.PageBlock> blocks = BlockModel.candidates(PAGE);

    assertThat(blocks).extracting(BlockModel.PageBlock::text).contains(PARAGRAPH, "Talks go on");
    assertThat(blocks)
        .allSatisfy(b -> assertThat(b.features()).hasSize(BlockModel.featureNames().size()));
  }

  @Test
  void refusesWeightsOfTheWrongLengthAndWritesOneLinePerFeature() throws Exception {
    assertThatThrownBy(() -> BlockModel.of(new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
    StringWriter out = new StringWriter();
    BlockModel.of(new double[BlockModel.featureNames().size()]).write(out);
    assertThat(out.toString().lines().filter(l -> !l.startsWith("#")))
        .hasSize(BlockModel.featureNames().size());
  }
}
