package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GluedFurnitureTest {
  private static final GluedFurniture TABLE =
      new GluedFurniture(
          Map.of(
              "text size - +", 600,
              "size - + reset", 600,
              "- + reset politico", 300,
              "+ reset politico 44", 300,
              "reset politico 44 the", 40),
          Set.of("reset"));

  @Test
  void keepsTheNewsSentenceAndDropsTheGluedHeadline() {
    assertThat(
            TABLE.cut(
                "Obama speaks in ohio Text size - + reset politico 44 The president told a crowd"
                    + " on monday that jobs were coming back."))
        .isEqualTo("The president told a crowd on monday that jobs were coming back.");
  }

  @Test
  void keepsTheSentenceBeforeFurnitureGluedAtItsEnd() {
    assertThat(
            TABLE.cut(
                "The president told a crowd on monday that jobs were coming back. Text size - +"
                    + " reset politico 44"))
        .isEqualTo("The president told a crowd on monday that jobs were coming back.");
  }

  @Test
  void keepsBothSentencesAroundFurnitureTheSplitterMissed() {
    assertThat(
            TABLE.cut(
                "The talks ended on monday in geneva. Text size - + reset politico 44 The president"
                    + " told a crowd that jobs were back."))
        .isEqualTo(
            "The talks ended on monday in geneva. The president told a crowd that jobs were back.");
  }

  @Test
  void leavesSentencesWithoutFurnitureAlone() {
    String plain = "The president told a crowd on monday that the text size was too small.";
    assertThat(TABLE.cut(plain)).isSameAs(plain);
    assertThat(GluedFurniture.none().cut("Text size - + reset politico 44")).isNotEmpty();
  }

  @Test
  void aRunWithoutARareWordIsNoFurniture() {
    GluedFurniture table =
        new GluedFurniture(Map.of("text size - +", 600, "size - + reset", 600), Set.of("getty"));
    String s = "Headline words. Text size - + reset the president spoke on monday at length.";
    assertThat(table.cut(s)).isSameAs(s);
  }

  @Test
  void leavesTheWordsThatOpenTheGluedSentenceWhereTheTextBranches() {
    assertThat(
            TABLE.cut(
                "Obama in ohio Text size - + reset politico 44 The president said jobs were back."))
        .isEqualTo("The president said jobs were back.");
  }

  @Test
  void dropsASentenceThatIsMostlyFurniture() {
    assertThat(TABLE.cut("Obama wins. Text size - + reset politico 44")).isEmpty();
  }

  @Test
  void writesAndReadsTheSameTable() throws IOException {
    StringWriter out = new StringWriter();
    TABLE.write(out);
    GluedFurniture read = GluedFurniture.read(new StringReader(out.toString()));
    assertThat(read.size()).isEqualTo(5);
    StringWriter again = new StringWriter();
    read.write(again);
    assertThat(again.toString()).isEqualTo(out.toString());
  }

  @Test
  void countsLearnGramsThatRecurAcrossStoriesButNotInSummaries() {
    GluedCounts counts = new GluedCounts();
    for (int i = 0; i < 4; i++) {
      List<String> articles =
          List.of("Story " + i + " leads. Text size - + reset then story " + i + " goes on.");
      counts.add(articles, "Story " + i + " leads and goes on.");
    }
    for (int i = 0; i < 4; i++) {
      counts.name(
          List.of("Story " + i + " leads. Text size - + reset then story " + i + " goes on."), 3);
    }
    GluedFurniture table = counts.table(3, 0.1, 2);
    assertThat(counts.stories()).isEqualTo(4);
    assertThat(table.size()).isGreaterThan(0);
    assertThat(
            table.cut("Obama speaks. Text size - + reset then the senate votes on a bill today."))
        .isEqualTo("the senate votes on a bill today.");
  }
}
