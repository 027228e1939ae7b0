package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;

class CoverageModelTest {
  private static AnalyzedArticle article(String id, String... paragraphs) {
    return new Analyzer()
        .analyze(new Article(id, id, "t", null, LocalDate.of(2014, 12, 4), List.of(paragraphs)));
  }

  /** Stories whose summaries repeat what both articles say and nothing only one says. */
  private static List<CoverageTraining.Example> examples() {
    List<CoverageTraining.Example> examples = new ArrayList<>();
    String[] topics = {"flood", "strike", "election", "merger", "wildfire", "vaccine"};
    for (String topic : topics) {
      String shared = "Officials confirmed the " + topic + " reached the capital on Monday.";
      examples.add(
          new CoverageTraining.Example(
              List.of(
                  article(topic + "-a", shared, "A local baker sold bread near the river."),
                  article(topic + "-b", shared, "Tourists photographed a quiet harbour.")),
              "The " + topic + " reached the capital, officials confirmed."));
    }
    return examples;
  }

  @Test
  void learnsThatWhatEveryArticleSaysIsSummarized() {
    CoverageModel model = CoverageTraining.train(examples(), 100);
    List<List<StoryWindow.Placed>> window =
        StoryWindow.of(
            List.of(
                article("x", "Officials confirmed the storm reached the coast.", "Cats nap."),
                article("y", "Officials confirmed the storm reached the coast.", "Dogs bark.")),
            100);

    Map<String, Double> expected = model.expected(window, 1);

    assertThat(expected.get("storm")).isGreaterThan(expected.get("cats"));
    assertThat(expected.get("coast")).isGreaterThan(expected.get("dogs"));
  }

  @Test
  void writesAndReadsTheSameModel() throws IOException {
    CoverageModel model = CoverageTraining.train(examples(), 100);
    StringWriter text = new StringWriter();
    model.write(text);

    CoverageModel read =
        CoverageModel.read(new StringReader(text.toString()), LexicalPriors.none());
    StringWriter again = new StringWriter();
    read.write(again);

    assertThat(again.toString()).isEqualTo(text.toString());
    assertThat(text.toString()).contains("unigram.log_tf ", "bigram.df_share ", "word.the ");
  }

  @Test
  void rejectsAModelWithoutAllItsWeights() {
    assertThatThrownBy(
            () -> CoverageModel.read(new StringReader("unigram.bias 1.0\n"), LexicalPriors.none()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unigram.log_tf");
  }

  @Test
  void theShippedPriorsKnowWhatSummariesDrop() {
    LexicalPriors priors = CoverageModel.shipped().priors();

    // web-archive boilerplate is almost never summarized; "police" usually is
    assertThat(priors.features("wayback", null)[0]).isLessThan(-1);
    assertThat(priors.features("police", null)[0]).isGreaterThan(0);
    assertThat(priors.features("zzzq", null)).containsExactly(0, 0);
  }
}
