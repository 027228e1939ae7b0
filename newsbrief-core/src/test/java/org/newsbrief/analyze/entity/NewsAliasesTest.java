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

/** Alias merging on short news-style excerpts written for the project (see the fixture). */
class NewsAliasesTest {
  private static List<Entity> entitiesOf(String id) throws IOException {
    List<String> paragraphs = excerpt(id);
    Article a = new Article(id, id + ".txt", "t", null, null, paragraphs);
    return new Entities().of(List.of(new Analyzer().analyze(a)));
  }

  private static List<String> excerpt(String id) throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(NewsAliasesTest.class.getResourceAsStream("alias-excerpts.txt"))) {
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
    List<Entity> found = entitiesOf("aliases-01");

    Entity water = named(found, "Lakeport Water and Sewerage Department");
    assertThat(water.aliases()).contains("LWSD");
    assertThat(water.mentions()).hasSize(3);
    assertThat(found).noneMatch(e -> e.name().equals("Sewerage Department"));
  }

  @Test
  void twoAcronymsDefinedInOneSentenceEachJoinTheirOwnName() throws IOException {
    List<Entity> found = entitiesOf("aliases-02");

    assertThat(named(found, "Coastal Storm Warning Office").aliases()).contains("CSWO");
    assertThat(named(found, "Northern Maritime and Atmospheric Agency").aliases()).contains("NMAA");
  }

  @Test
  void aJudgesTitleIsARoleNotPartOfTheName() throws IOException {
    Entity whitcombe = named(entitiesOf("aliases-03"), "Daniel Whitcombe");

    assertThat(whitcombe.aliases()).containsExactly("Whitcombe");
    assertThat(whitcombe.roles()).containsExactly("Judge");
  }

  @Test
  void aTitleAfterACityStillSplitsOffAndTheSurnameJoins() throws IOException {
    List<Entity> found = entitiesOf("aliases-04");

    Entity judge = named(found, "Martin Halloway");
    assertThat(judge.aliases()).contains("Halloway");
    assertThat(judge.roles()).contains("District Judge");
    assertThat(judge.mentions()).hasSize(3);
    assertThat(found).noneMatch(e -> e.name().contains("Judge"));
  }

  @Test
  void anAcronymAfterAnOrganisationJoinsItAndTheHonorificDropsOff() throws IOException {
    List<Entity> found = entitiesOf("aliases-05");

    assertThat(named(found, "Baltic Canadian Congress").aliases()).contains("BCC");
    Entity veretski = named(found, "Anton Veretski");
    assertThat(veretski.aliases()).contains("Veretski");
    assertThat(found).noneMatch(e -> e.name().startsWith("Mr"));
  }
}
