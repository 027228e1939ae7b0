package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedeCutTest {
  /** "images" ends captions, "police" opens sentences; a boundary between them is favoured. */
  private static final Map<String, double[]> WORDS =
      Map.of("images", new double[] {-6, -0.5}, "police", new double[] {-0.5, -6});

  private static LedeCut model(double cut) {
    double[] w = {4, 2, 2, 0, 0, 0, 0, 0, 0, 0};
    return new LedeCut(Set.of("photo :"), WORDS, w, cut, false);
  }

  @Test
  void cutsALabelAndCaptionBeforeTheLede() {
    assertThat(
            model(0.5).cut("Photo : john smith / getty images police said on monday the man fled."))
        .isEqualTo("Police said on monday the man fled.");
  }

  @Test
  void keepsASentenceWithoutALabelOrWithoutAConfidentBoundary() {
    String plain = "John smith / getty images police said on monday the man fled.";
    assertThat(model(0.5).cut(plain)).isSameAs(plain);
    String labelled = "Photo : john smith / getty images police said on monday the man fled.";
    assertThat(model(0.99).cut(labelled)).isSameAs(labelled);
    assertThat(LedeCut.none().cut(labelled)).isSameAs(labelled);
  }

  @Test
  void readsWhatItWrites() throws IOException {
    StringWriter out = new StringWriter();
    model(0.6).write(out);
    LedeCut back = LedeCut.read(new StringReader(out.toString()));
    assertThat(back.size()).isEqualTo(1);
    String s = "Photo : john smith / getty images police said on monday the man fled.";
    assertThat(back.cut(s)).isEqualTo(model(0.6).cut(s));
    StringWriter again = new StringWriter();
    back.write(again);
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Test
  void learnsLabelsAndABoundaryFromStories() {
    LedeCounts counts = new LedeCounts();
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String caption = "Photo : agency " + i + " images.";
      articles.add(caption + " Police said " + i + " men were held on monday night.");
      counts.add(
          List.of(articles.get(i), "Officers said men were held on monday."),
          "Police said men were held.");
    }
    Set<String> labels = counts.labels(20, 0.01, 0.03, 1);
    assertThat(labels).contains("photo", "photo :").doesNotContain("police", "police said");
    LedeTraining training = new LedeTraining(labels, counts.wordOdds(1), 50);
    training.add(articles);
    assertThat(training.size()).isEqualTo(30);
    double[] w = training.fit(4, 1);
    List<double[]> best = training.heldOutBest(w, 4);
    assertThat(best).hasSize(8).allSatisfy(b -> assertThat(b[1]).isEqualTo(1));
    LedeCut cut = new LedeCut(labels, counts.wordOdds(1), w, 0.3, false);
    assertThat(cut.cut("Photo : agency 99 images police said two men were held on monday."))
        .isEqualTo("Police said two men were held on monday.");
  }

  @Test
  void choosesTheSmallestCutThatIsPreciseEnough() {
    List<double[]> best = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      best.add(new double[] {0.9, 1});
      best.add(new double[] {0.45, i % 2});
    }
    double[] steps = {0.3, 0.5, 0.7};
    assertThat(LedeTraining.chooseCut(best, 0.9, steps)).isEqualTo(0.5);
    assertThat(LedeTraining.chooseCut(best, 0.7, steps)).isEqualTo(0.3);
    assertThat(LedeTraining.chooseCut(List.of(new double[] {0.9, 0}), 0.9, steps)).isEqualTo(2);
  }
}
