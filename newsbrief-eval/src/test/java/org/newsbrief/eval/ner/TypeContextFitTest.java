package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.entity.TypeContext;

class TypeContextFitTest {
  /** Documents where firms end in "Corp" and are "it", people follow "Mr." and are "he". */
  private static List<ConllCorpus.Document> docs() throws IOException {
    List<String> lines = new ArrayList<>();
    String[] firms = {"Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"};
    String[] people = {"Smith", "Jones", "Brown", "Green", "White", "Black"};
    for (int i = 0; i < firms.length; i++) {
      lines.add("-DOCSTART- -X- -X- O");
      lines.add("");
      for (String t :
          List.of(
              firms[i] + " B-ORG",
              "Corp I-ORG",
              "said O",
              "it O",
              "grew O",
              ". O",
              "",
              "Mr. O",
              people[i] + " B-PER",
              "said O",
              "he O",
              "left O",
              ". O",
              "")) {
        lines.add(t.isEmpty() ? "" : t.replace(" ", " X X "));
      }
    }
    return ConllCorpus.parse(lines, "synthetic").documents();
  }

  @Test
  void oneExamplePerNamePerDocument() throws IOException {
    List<TypeContextFit.Example> examples = TypeContextFit.examples(docs());
    assertThat(examples).hasSize(12);
    assertThat(examples.get(0).type()).isEqualTo(TypeContext.TYPES.indexOf("ORG"));
    assertThat(examples.get(1).type()).isEqualTo(TypeContext.TYPES.indexOf("PER"));
  }

  @Test
  void learnsContextThatCarriesToUnseenNames() throws IOException {
    List<TypeContextFit.Example> examples = TypeContextFit.examples(docs());
    TypeContext model = TypeContextFit.fit(examples, 1e-4, 20, 1, 0.0);
    assertThat(TypeContextFit.accuracy(model, examples)).isEqualTo(1.0);
    double firm =
        model.logProbability(
            "Zeta Corp",
            List.of(java.util.Map.entry("Zeta Corp", "Zeta Corp said it grew .")),
            "ORG");
    double person =
        model.logProbability(
            "Zeta Corp",
            List.of(java.util.Map.entry("Zeta Corp", "Zeta Corp said it grew .")),
            "PER");
    assertThat(firm).isGreaterThan(person);
  }
}
