package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FurnitureTest {
  private static final Furniture TABLE =
      new Furniture(
          Set.of(
              "image copyright getty images image caption",
              "getty images",
              "story continued below"));

  @Test
  void cutsFurnitureAtTheStart() {
    assertThat(
            TABLE.cut("Image copyright Getty Images Image caption The vote was close on Monday."))
        .isEqualTo("The vote was close on Monday.");
    assertThat(TABLE.cut("Story continued below the senator said no deal was near."))
        .isEqualTo("the senator said no deal was near.");
  }

  @Test
  void cutsAfterACreditGluedEarlyAndDropsOneGluedLate() {
    assertThat(
            TABLE.cut("John doe / getty images the talk co-host shared big news today with fans."))
        .isEqualTo("the talk co-host shared big news today with fans.");
    assertThat(TABLE.cut("The talk co-host shared big news today, john doe / getty images"))
        .isEmpty();
  }

  @Test
  void cutsFurnitureThatFollowsTheGluedSequence() {
    Furniture table = new Furniture(Set.of("\" advertisement", "advertisement"));
    assertThat(table.cut("\" thank you. \" advertisement advertisement the pair split in june."))
        .isEqualTo("the pair split in june.");
  }

  @Test
  void leavesOtherSentencesAlone() {
    String s = "The images were taken by a getty photographer on Monday.";
    assertThat(TABLE.cut(s)).isEqualTo(s);
    assertThat(Furniture.none().cut("Image copyright Getty Images x."))
        .isEqualTo("Image copyright Getty Images x.");
  }

  @Test
  void readsWhatItWrites() throws IOException {
    StringWriter out = new StringWriter();
    TABLE.write(out);
    Furniture back = Furniture.read(new StringReader(out.toString()));
    assertThat(back.size()).isEqualTo(3);
    assertThat(back.cut("Story continued below x y.")).isEqualTo("x y.");
  }

  @Test
  void learnsRepeatedOpeningsWhoseWordsSummariesDrop() {
    FurnitureCounts counts = new FurnitureCounts();
    for (int i = 0; i < 3; i++) {
      counts.add(
          List.of(
              "Story continued below the mayor of town " + i + " resigned. The mayor left office.",
              "The mayor quit on day " + i + "."),
          "The mayor of town " + i + " resigned and left office.");
    }
    Furniture table = counts.table(3, 0.1, 1);
    assertThat(table.cut("Story continued below the mayor resigned."))
        .isEqualTo("the mayor resigned.");
    assertThat(table.cut("The mayor resigned today.")).isEqualTo("The mayor resigned today.");
  }
}
