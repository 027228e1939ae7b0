package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronounCountsTest {
  @Test
  void aFirstNameCountsThePronounThatFollowsItsSurname() {
    PronounCounts c = new PronounCounts(Set.of("laura", "peter"));
    c.add("Laura vance said she would run. Peter holt was there. He left early.");
    c.add("Peter holt met laura vance, and she smiled.");
    c.add("Laura will run, he said.");
    assertThat(c.counts().get("laura")).containsExactly(0, 2);
    assertThat(c.counts().get("peter")).containsExactly(1, 0);
  }

  @Test
  void firstNamesComeFromConllPersonsAndCasedText(@TempDir Path dir) throws IOException {
    Path conll = dir.resolve("train.txt");
    Files.writeString(
        conll,
        "Laura NNP I-NP I-PER\nVance NNP I-NP I-PER\nsaid VBD I-VP O\n\n"
            + "Will MD I-VP O\nWill NNP I-NP I-PER\nCarling NNP I-NP I-PER\nwill MD I-VP O\n"
            + "will MD I-VP O\n\nVance NNP I-NP I-PER\n");
    assertThat(FirstNameWords.conll(conll)).containsExactly("laura");
    Path text = dir.resolve("polnear").resolve("text");
    Files.createDirectories(text);
    Files.createDirectories(dir.resolve("polnear").resolve("attributions"));
    Files.writeString(dir.resolve("polnear").resolve("attributions").resolve("a_x.ann"), "");
    Files.writeString(
        text.resolve("a.txt"),
        "On Monday, Ivanka Trump spoke, and then Ivanka Trump left. On Sunday, we met. Later,"
            + " Sunday came.");
    assertThat(FirstNameWords.cased(dir.resolve("polnear"))).containsExactly("ivanka");
  }
}
