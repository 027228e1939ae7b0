package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;

/** Alias merging on short excerpts of real news (Multi-News test articles, see the fixture). */
class RealNewsAliasesTest {
  private static List<Entity> entitiesOf(String id) throws IOException {
    List<String> paragraphs = excerpt(id);
    Article a = new Article(id, id + ".txt", "t", null, null, paragraphs);
    return new Entities().of(List.of(new Analyzer().analyze(a)));
  }

  private static List<String> excerpt(String id) throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(
            RealNewsAliasesTest.class.getResourceAsStream("multinews-excerpts.txt"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> paragraphs = new ArrayList<>();
    boolean inside = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("## ")) {
        inside = line.substring(3).strip().equals(id);
      } else if (inside && !line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    assertThat(paragraphs).as("excerpt " + id).isNotEmpty();
    return paragraphs;
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + names(entities)));
  }

  private static List<String> names(List<Entity> entities) {
    return entities.stream().map(e -> e.name() + e.aliases()).toList();
  }

  @Test
  void anAcronymJoinsANameThatHoldsAnd() throws IOException {
    List<Entity> found = entitiesOf("multinews-test-02200");

    Entity dwsd = named(found, "Detroit Water and Sewerage Department");
    assertThat(dwsd.aliases()).contains("DWSD");
    assertThat(dwsd.mentions()).hasSize(3);
    assertThat(found).noneMatch(e -> e.name().equals("Sewerage Department"));
  }

  @Test
  void twoAcronymsDefinedInOneSentenceEachJoinTheirOwnName() throws IOException {
    List<Entity> found = entitiesOf("multinews-test-03161");

    assertThat(named(found, "Space Weather Prediction Center").aliases()).contains("SWPC");
    assertThat(named(found, "National Oceanic and Atmospheric Administration").aliases())
        .contains("NOAA");
  }

  @Test
  void aJudgesTitleIsARoleNotPartOfTheName() throws IOException {
    Entity granville = named(entitiesOf("multinews-test-01879"), "Warren Granville");

    assertThat(granville.aliases()).containsExactly("Granville");
    assertThat(granville.roles()).containsExactly("Judge");
  }

  @Test
  void aTitleAfterACityStillSplitsOffAndTheSurnameJoins() throws IOException {
    List<Entity> found = entitiesOf("multinews-test-00829");

    Entity judge = named(found, "Kurt Engelhardt");
    assertThat(judge.aliases()).contains("Engelhardt");
    assertThat(judge.roles()).contains("District Judge");
    assertThat(judge.mentions()).hasSize(3);
    assertThat(found).noneMatch(e -> e.name().contains("Judge"));
  }

  @Test
  void anAcronymAfterAnOrganisationJoinsItAndTheHonorificDropsOff() throws IOException {
    List<Entity> found = entitiesOf("multinews-test-01646");

    assertThat(named(found, "Ukrainian Canadian Congress").aliases()).contains("UCC");
    Entity zalusky = named(found, "Taras Zalusky");
    assertThat(zalusky.aliases()).contains("Zalusky");
    assertThat(found).noneMatch(e -> e.name().startsWith("Mr"));
  }
}
