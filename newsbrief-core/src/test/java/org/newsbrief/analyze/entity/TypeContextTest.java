package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TypeContextTest {
  private static final List<String> SENTENCE =
      List.of("Shares", "of", "Acme", "Inc", "fell", "after", "it", "said", ".");

  @Test
  void readsTheWordsAroundEachMentionAndThePronounAfter() {
    List<TypeFeatures.At> at = TypeFeatures.find(List.of("Acme", "Inc"), SENTENCE);
    assertThat(at).containsExactly(new TypeFeatures.At(SENTENCE, 2, 4));
    Map<String, Double> x = TypeFeatures.of(List.of("Acme", "Inc"), at);
    assertThat(x)
        .containsEntry("last=inc", 1.0)
        .containsEntry("p1=of", 1.0)
        .containsEntry("n1=fell", 1.0)
        .containsEntry("pron=it", 1.0)
        .containsEntry("nw=2", 1.0)
        .doesNotContainKey("sentstart")
        .doesNotContainKey("pron=m");
  }

  @Test
  void averagesContextOverMentions() {
    List<String> other = List.of("Acme", "said", "he", "left", ".");
    List<TypeFeatures.At> at =
        List.of(new TypeFeatures.At(SENTENCE, 2, 3), new TypeFeatures.At(other, 0, 1));
    Map<String, Double> x = TypeFeatures.of(List.of("Acme"), at);
    assertThat(x)
        .containsEntry("pron=it", 0.5)
        .containsEntry("pron=m", 0.5)
        .containsEntry("sentstart", 0.5);
  }

  @Test
  void shapeCutsRunsToTwo() {
    assertThat(TypeFeatures.shape("McDonald's")).isEqualTo("XxXxx'x");
    assertThat(TypeFeatures.shape("IBM")).isEqualTo("XX");
  }

  @Test
  void hashIsStable() {
    assertThat(TypeFeatures.hash("w=acme")).isEqualTo(TypeFeatures.hash("w=acme"));
    assertThat(TypeFeatures.hash("w=acme")).isNotEqualTo(TypeFeatures.hash("w=acmf"));
  }

  @Test
  void weightsDecideTheTypeAndSurviveWritingAndReading() throws IOException {
    TypeContext model =
        new TypeContext(Map.of(TypeFeatures.hash("pron=it"), new float[] {-2f, 2f, 0f, 0f}));
    Map<String, Double> x =
        TypeFeatures.of(List.of("Acme"), List.of(new TypeFeatures.At(SENTENCE, 2, 3)));
    double[] p = model.probabilities(x);
    assertThat(p[1]).isGreaterThan(p[0]).isGreaterThan(p[2]);
    StringWriter out = new StringWriter();
    model.write(out);
    TypeContext back = TypeContext.read(new BufferedReader(new StringReader(out.toString())));
    assertThat(back.probabilities(x)[1]).isCloseTo(p[1], Offset.offset(1e-6));
    assertThat(
            model.logProbability(
                "Acme", List.of(Map.entry("Acme", "Shares of Acme fell after it said.")), "ORG"))
        .isCloseTo(Math.log(p[1] + 0.001), Offset.offset(1e-9));
  }

  @Test
  void noMentionFoundGivesZero() {
    TypeContext model =
        new TypeContext(Map.of(TypeFeatures.hash("bias"), new float[] {1f, 0f, 0f, 0f}));
    assertThat(model.logProbability("Acme", List.of(Map.entry("Acme", "Nothing here.")), "PER"))
        .isZero();
    assertThat(new TypeContext(Map.of()).present()).isFalse();
  }

  @Test
  void badLineIsRefused() {
    assertThatThrownBy(
            () -> TypeContext.read(new BufferedReader(new StringReader("00ff\t1.0\t2.0\n"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("00ff");
  }

  @Test
  void linesInAnyOrderReadAsTheSameModel() throws IOException {
    long it = TypeFeatures.hash("pron=it");
    long bias = TypeFeatures.hash("bias");
    String a = String.format(java.util.Locale.ROOT, "%016x\t-2.0\t2.0\t0.0\t0.0%n", it);
    String b = String.format(java.util.Locale.ROOT, "%016x\t1.0\t0.0\t0.0\t0.5%n", bias);
    TypeContext one = TypeContext.read(new BufferedReader(new StringReader(a + b)));
    TypeContext other = TypeContext.read(new BufferedReader(new StringReader(b + a + a)));
    Map<String, Double> x = Map.of("pron=it", 1.0, "bias", 1.0, "unseen", 1.0);
    assertThat(other.probabilities(x)).containsExactly(one.probabilities(x));
    assertThat(one.probabilities(x)[1]).isGreaterThan(one.probabilities(x)[0]);
  }
}
