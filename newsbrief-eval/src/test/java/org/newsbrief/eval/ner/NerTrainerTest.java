package org.newsbrief.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.entity.NerModel;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.analyze.entity.NerTagger;
import org.newsbrief.analyze.entity.WordClusters;

class NerTrainerTest {
  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    String[][] people = {{"Ann", "Lee"}, {"Bob", "Stone"}, {"Cat", "Moss"}, {"Dan", "Reed"}};
    String[] places = {"Oslo", "Lima", "Rome", "Kiev"};
    for (int k = 0; k < 16; k++) {
      String[] p = people[k % 4];
      lines.add("-DOCSTART- -X- O O");
      lines.add("");
      lines.add(p[0] + " X X I-PER");
      lines.add(p[1] + " X X I-PER");
      lines.add("flew X X O");
      lines.add("to X X O");
      lines.add(places[(k + 1) % 4] + " X X I-LOC");
      lines.add(". X X O");
      lines.add("");
    }
    return lines;
  }

  @Test
  void learnsTheNamesItWasTrainedOnAndWritesAModelThatReadsBack() throws IOException {
    List<ConllCorpus.Document> docs = ConllCorpus.parse(lines(), "toy").documents();
    NerTrainer.Result result =
        NerTrainer.train(
            docs,
            docs,
            WordClusters.empty(),
            4,
            0.5,
            7,
            2,
            new PrintStream(new ByteArrayOutputStream()));
    assertThat(result.dev().get("f1")).isEqualTo(1.0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NerModel.write(result.weights(), 0f, bytes);
    NerTagger tagger =
        new NerTagger(
            NerModel.read(new ByteArrayInputStream(bytes.toByteArray())), WordClusters.empty());
    List<List<NerSpan>> spans =
        tagger.tag(List.of(List.of("Cat", "Moss", "flew", "to", "Oslo", ".")));
    assertThat(spans.get(0)).containsExactly(new NerSpan(0, 2, "PER"), new NerSpan(4, 5, "LOC"));
    assertThat(NerEvaluation.score(tagger::tag, docs)).containsEntry("f1", 1.0);
    assertThat(Map.copyOf(result.weights())).isNotEmpty();
  }
}
