package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceFormTest {
  private static final String PLAIN =
      "The minister said on Tuesday that the talks would resume in Geneva next week.";
  private static final String FURNITURE =
      "Text size | reset | email | share @newsdesk http://example.com/story #news";

  /** A model that only counts web marks against a sentence. */
  private static SentenceForm webMarksCount(double cut) {
    double[] w = new double[FormFeatures.NAMES.size()];
    w[0] = 1;
    w[FormFeatures.NAMES.indexOf("web_marks")] = -1;
    w[FormFeatures.NAMES.indexOf("address")] = -2;
    return new SentenceForm(w, cut);
  }

  @Test
  void featuresHaveOneValuePerName() {
    assertThat(FormFeatures.of(PLAIN, LexicalPriors.none())).hasSize(FormFeatures.NAMES.size());
  }

  @Test
  void webMarksAndAddressesAreSeen() {
    double[] plain = FormFeatures.of(PLAIN, LexicalPriors.none());
    double[] furniture = FormFeatures.of(FURNITURE, LexicalPriors.none());
    int web = FormFeatures.NAMES.indexOf("web_marks");
    int address = FormFeatures.NAMES.indexOf("address");
    assertThat(plain[web]).isZero();
    assertThat(furniture[web]).isEqualTo(5);
    assertThat(plain[address]).isZero();
    assertThat(furniture[address]).isEqualTo(1);
    assertThat(plain[FormFeatures.NAMES.indexOf("ends_full_stop")]).isEqualTo(1);
  }

  @Test
  void rarelyKeptPairsLowerThePairPrior() {
    LexicalPriors priors =
        new LexicalPriors(
            Map.of(
                "text size",
                LexicalPriors.pack(900, 1),
                "the minister",
                LexicalPriors.pack(900, 300)),
            1000,
            0.3,
            0.1,
            1,
            1);
    int min = FormFeatures.NAMES.indexOf("min_pair_prior");
    assertThat(FormFeatures.of(FURNITURE, priors)[min])
        .isLessThan(FormFeatures.of(PLAIN, priors)[min]);
  }

  @Test
  void theCutRefusesLowScoresOnly() {
    SentenceForm model = webMarksCount(0);
    assertThat(model.keeps(PLAIN, LexicalPriors.none())).isTrue();
    assertThat(model.keeps(FURNITURE, LexicalPriors.none())).isFalse();
    assertThat(SentenceForm.none().keeps(FURNITURE, LexicalPriors.none())).isTrue();
  }

  @Test
  void readsWhatItWrites() throws IOException {
    SentenceForm model = webMarksCount(-1.5);
    StringWriter out = new StringWriter();
    model.write(out);

    SentenceForm read = SentenceForm.read(new StringReader(out.toString()));

    assertThat(read.cut()).isEqualTo(-1.5);
    for (String s : List.of(PLAIN, FURNITURE)) {
      assertThat(read.score(s, LexicalPriors.none()))
          .isEqualTo(model.score(s, LexicalPriors.none()));
    }
  }

  @Test
  void aModelWithoutItsCutIsRefused() {
    assertThatThrownBy(() -> SentenceForm.read(new StringReader("form.bias 1\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void trainingSeparatesSummarySentencesFromFurniture() {
    FormTraining.Rows rows = new FormTraining.Rows();
    for (int i = 0; i < 20; i++) {
      rows.x.add(FormFeatures.of(PLAIN, LexicalPriors.none()));
      rows.y.add(1.0);
      rows.story.add(i);
      rows.key.add("plain " + i);
      rows.x.add(FormFeatures.of(FURNITURE, LexicalPriors.none()));
      rows.y.add(0.0);
      rows.story.add(i);
      rows.key.add(i < 10 ? "furniture" : "news " + i);
    }
    assertThat(rows.boilerplate(3)).isEqualTo(10);
    SentenceForm fitted = FormTraining.fit(rows, 1, 0);
    assertThat(fitted.score(PLAIN, LexicalPriors.none()))
        .isGreaterThan(fitted.score(FURNITURE, LexicalPriors.none()));
    assertThat(rows.fold(5, 0, true).size()).isEqualTo(8);
    assertThat(rows.fold(5, 0, false).size()).isEqualTo(32);
  }
}
