package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineModelTest {
  private static final String PAGE =
      "<html><head><title>Talks go on | Daily Example</title>"
          + "<meta property='og:site_name' content='Daily Example'>"
          + "<meta name='author' content='Daily Example'>"
          + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
          + "[{\"@type\":\"Person\",\"name\":\"Ana Lima\"},{\"@type\":\"Person\",\"name\":"
          + "\"Bo Chen\"}]}</script></head><body><h1>Talks go on</h1>"
          + "<div class='byline'>By Ana Lima and Bo Chen</div>"
          + "<p>Officials said on Monday that the talks would go on.</p>"
          + "<div class='comments'><span class='author'>Troll Person</span></div>"
          + "<p>Text: Redaktion</p></body></html>";

  private static double[] weights(String name, double weight, double bias) {
    double[] w = new double[BylineModel.featureNames().size()];
    w[0] = bias;
    w[BylineModel.featureNames().indexOf(name)] = weight;
    return w;
  }

  private static double[] also(double[] w, String name, double weight) {
    w[BylineModel.featureNames().indexOf(name)] = weight;
    return w;
  }

  @Test
  void candidatesComeFromEverySourceButCommentThreads() {
    BylineModel.PageBylines page = BylineModel.candidates(PAGE);
    List<String> values = page.candidates().stream().map(BylineModel.PageByline::value).toList();
    assertThat(values).contains("Ana Lima, Bo Chen", "Daily Example", "Redaktion");
    assertThat(values).doesNotContain("Troll Person");
    assertThat(page.rules()).isEqualTo("Ana Lima, Bo Chen");
    for (BylineModel.PageByline c : page.candidates()) {
      assertThat(c.features()).hasSize(BylineModel.featureNames().size());
    }
  }

  @Test
  void choosesTheHighestScoringCandidateOrNoneBelowZero() {
    BylineModel.PageBylines gated = BylineModel.candidates(PAGE);
    BylineModel.PageBylines page = new BylineModel.PageBylines(gated.rules(), gated.candidates());
    assertThat(BylineModel.of(weights("site_name", 5, 0)).choose(page)).isEqualTo("Daily Example");
    assertThat(BylineModel.of(weights("rules", 5, 0)).choose(page)).isEqualTo("Ana Lima, Bo Chen");
    assertThat(BylineModel.of(also(weights("label_line", 5, -1), "rules", -10)).choose(page))
        .isEqualTo("Redaktion");
    assertThat(BylineModel.of(weights("rules", 0.5, -1)).choose(page)).isNull();
  }

  @Test
  void aPageWhoseJsonLdNamesPeopleKeepsTheRulesBylineWhateverTheWeights() {
    BylineModel.PageBylines page = BylineModel.candidates(PAGE);
    assertThat(page.gated()).isTrue();
    BylineModel siteName = BylineModel.of(weights("site_name", 5, 0));
    assertThat(siteName.choose(page)).isEqualTo("Ana Lima, Bo Chen");
    String withoutJsonLd = PAGE.replaceAll("(?s)<script.*?</script>", "");
    BylineModel.PageBylines ungated = BylineModel.candidates(withoutJsonLd);
    assertThat(ungated.gated()).isFalse();
    assertThat(siteName.choose(ungated)).isEqualTo("Daily Example");
  }

  @Test
  void writesItsWeightsAndRefusesTheWrongCount() throws Exception {
    StringWriter out = new StringWriter();
    BylineModel.of(weights("rules", 2, -1)).write(out);
    assertThat(out.toString()).contains("rules 2.000000", "bias -1.000000");
    assertThatThrownBy(() -> BylineModel.of(new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedModelReadsTheRulesBylineOfAPlainPage() {
    BylineModel shipped = BylineModel.shipped();
    assertThat(shipped).isNotNull();
    assertThat(shipped.choose(BylineModel.candidates(PAGE))).isEqualTo("Ana Lima, Bo Chen");
  }
}
