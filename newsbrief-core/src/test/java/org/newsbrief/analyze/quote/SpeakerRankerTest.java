package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerRankerTest {
  private static double[] weights(String feature, double w) {
    double[] x = new double[SpeakerRanker.featureNames().size()];
    x[SpeakerRanker.featureNames().indexOf(feature)] = w;
    return x;
  }

  @Test
  void writesAndReadsItsWeights() throws IOException {
    SpeakerRanker r = new SpeakerRanker(weights("verb_follows", 2.5));
    StringWriter out = new StringWriter();
    r.write(out);
    SpeakerRanker back = SpeakerRanker.read(new StringReader(out.toString()));
    double[] x = weights("verb_follows", 1);
    assertThat(back.score(x)).isEqualTo(2.5);
  }

  @Test
  void rejectsAModelWithAMissingWeight() {
    assertThatThrownBy(() -> SpeakerRanker.read(new StringReader("bias 1\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void picksTheCandidateTheWeightsFavour() {
    String text = "“We will not coordinate,” Harf said, as Kerry listened.";
    QuoteChoice choice = QuoteFinder.rules().choices(text).get(0);
    assertThat(choice.candidates()).extracting(SpeakerCandidate::text).contains("Harf", "Kerry");
    SpeakerRanker nearVerb = new SpeakerRanker(weights("verb_follows", 1));
    assertThat(choice.candidates().get(nearVerb.best(choice)).text()).isEqualTo("Harf");
    SpeakerRanker far = new SpeakerRanker(weights("log_gap", 1));
    assertThat(choice.candidates().get(far.best(choice)).text()).isEqualTo("Kerry");
    assertThat(
            new SpeakerRanker(weights("bias", 1))
                .best(new QuoteChoice(choice.rules(), List.of(), List.of())))
        .isEqualTo(-1);
  }

  @Test
  void marksTheMediumOfALayeredSourceAndAFartherSpeechSubject() {
    String text = "Khamenei said, according to FARS, “The same demand was made.”";
    QuoteChoice choice = QuoteFinder.rules().choices(text).get(0);
    int according = SpeakerRanker.featureNames().indexOf("according_beside_speaker");
    assertThat(feature(choice, "FARS", according)).isEqualTo(1);
    assertThat(feature(choice, "Khamenei", according)).isZero();
    String relayed =
        "The agency says the deputy minister Amir-Abdollahian told a lawmaker that “it is wise.”";
    QuoteChoice outer = QuoteFinder.rules().choices(relayed).get(0);
    int nearer = SpeakerRanker.featureNames().indexOf("nearer_speaker_between");
    assertThat(feature(outer, "agency", nearer)).isEqualTo(1);
    assertThat(feature(outer, "Amir-Abdollahian", nearer)).isZero();
  }

  private static double feature(QuoteChoice choice, String word, int at) {
    for (int i = 0; i < choice.candidates().size(); i++) {
      if (choice.candidates().get(i).text().contains(word)) {
        return choice.features().get(i)[at];
      }
    }
    throw new AssertionError("no candidate " + word + " in " + choice.candidates());
  }
}
