package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;

class EntitiesTest {
  private static List<Entity> entities(String... paragraphs) {
    Article a = new Article("a1", "a.txt", "t", null, null, List.of(paragraphs));
    return new Entities().of(List.of(new Analyzer().analyze(a)));
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void listsNeitherEventsNorSingleWordsOnlyTheRulesFound() {
    Article a =
        new Article(
            "a1",
            "a.txt",
            "t",
            null,
            null,
            List.of(
                "Fans in Paris watched the World Cup final with Jean Dupont.",
                "The World Cup drew millions, and Updated figures came in, Jean Dupont said."));
    List<AnalyzedArticle> analyzed = List.of(new Analyzer().analyze(a));
    List<Entity> listed = new Entities().of(analyzed);
    List<Entity> all = new Entities(Integer.MAX_VALUE, true).of(analyzed);

    assertThat(all).extracting(Entity::name).contains("World Cup", "Updated");
    assertThat(listed).extracting(Entity::name).doesNotContain("World Cup", "Updated");
    assertThat(listed).extracting(Entity::name).contains("Jean Dupont", "Paris");
  }

  @Test
  void mergesAcronymsTheTextDefines() {
    List<Entity> found =
        entities(
            "The Islamic State (IS) terror group took Mosul.",
            "Talks about IS (also known as ISIL or ISIS) went on.",
            "Militants from the Islamic State of Iraq and the Levant (ISIL) advanced.",
            "“Daesh’s attacks on Iraq were hard,” Khamenei said, using a derogatory nickname for"
                + " ISIS.");

    Entity group = named(found, "Islamic State");
    assertThat(group.type()).isEqualTo(EntityType.GROUP);
    assertThat(group.aliases()).contains("IS", "ISIL", "ISIS", "Daesh");
    assertThat(found).noneMatch(e -> e.name().equals("Daesh") || e.name().equals("ISIS"));
  }

  @Test
  void aCountryIsNamedByItsShortNameNotItsOfficialLongName() {
    List<Entity> found =
        entities(
            "The Islamic Republic of Iran denied the reports on Monday.",
            "Officials in Iran said the talks would go on.",
            "Iran has sent advisers to Baghdad.");

    Entity iran = named(found, "Iran");
    assertThat(iran.aliases()).contains("Islamic Republic of Iran");
    assertThat(found).noneMatch(e -> e.name().equals("Islamic Republic of Iran"));
  }

  @Test
  void mergesPeopleBySurnameAndMiddleInitialAndKeepsTheirRoles() {
    List<Entity> found =
        entities(
            "U.S. Secretary of State John Kerry met Zarif.",
            "Secretary of State John F. Kerry spoke in Brussels.",
            "Mr. Kerry said there were no plans.",
            "State Department spokeswoman Marie Harf confirmed it. Harf said so again.");

    Entity kerry = named(found, "John Kerry");
    assertThat(kerry.type()).isEqualTo(EntityType.PERSON);
    assertThat(kerry.aliases()).containsExactlyInAnyOrder("John F. Kerry", "Kerry");
    assertThat(kerry.roles()).containsExactly("U.S. Secretary of State");
    assertThat(kerry.mentions()).hasSize(3);
    Entity harf = named(found, "Marie Harf");
    assertThat(harf.roles()).containsExactly("State Department spokeswoman");
    assertThat(harf.aliases()).containsExactly("Harf");
  }

  @Test
  void joinsAnInitialismToTheNameItAbbreviatesAndTypesPlaces() {
    List<Entity> found =
        entities("The United States and Iran met in Vienna.", "U.S. officials said so.");

    Entity us = named(found, "United States");
    assertThat(us.aliases()).containsExactly("U.S.");
    assertThat(us.type()).isEqualTo(EntityType.PLACE);
    assertThat(named(found, "Vienna").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void skipsSentenceOpenersDemonymsAndWeekdays() {
    List<Entity> found = entities("But on Wednesday the Iranians and Iraqi forces said nothing.");

    assertThat(found).isEmpty();
  }

  @Test
  void keepsOnlyRolesNotInALongerOne() {
    assertThat(
            EntityGroups.widest(
                List.of("Secretary", "Secretary of State", "U.S. Secretary of State", "Senator")))
        .containsExactly("U.S. Secretary of State", "Senator");
    assertThat(EntityGroups.widest(List.of("President", "Syrian President", "Presidential aide")))
        .containsExactly("Syrian President", "Presidential aide");
  }

  @Test
  void aPersonOfAPlaceDoesNotAbsorbThePlace() {
    List<Entity> found =
        entities(
            "President Mohamed Morsi of Egypt spoke to Hamas leaders.",
            "Egypt called for calm. Under Maine law it is a crime. Egypt sent envoys.");

    assertThat(named(found, "Egypt").type()).isEqualTo(EntityType.PLACE);
    assertThat(named(found, "Egypt").aliases()).isEmpty();
    assertThat(found).noneMatch(e -> e.name().startsWith("Under"));
  }

  @Test
  void joinsAFirstNameUsedAloneAndAFullNameWithAWordBefore() {
    List<Entity> found =
        entities(
            "Autumn Veatch walked out of the forest.",
            "Teenager Autumn Veatch survived the crash. Autumn said she followed a river.",
            "Chris Martin and Chris Evans spoke. Chris left.",
            "Gibson Guitar Corporation was raided. Gibson denied wrongdoing.");

    Entity autumn = named(found, "Autumn Veatch");
    assertThat(autumn.aliases()).contains("Autumn");
    assertThat(found).noneMatch(e -> e.name().startsWith("Teenager"));
    assertThat(named(found, "Chris Martin").aliases()).doesNotContain("Chris");
    assertThat(named(found, "Gibson Guitar Corporation").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(found, "Gibson Guitar Corporation").aliases()).doesNotContain("Gibson");
  }

  @Test
  void splitsLocalTitlesFromNames() {
    List<Entity> found =
        entities("Sheriff Kenneth Sealey said the fire spread. Sealey said no one was hurt.");

    Entity sheriff = named(found, "Kenneth Sealey");
    assertThat(sheriff.roles()).containsExactly("Sheriff");
    assertThat(sheriff.aliases()).containsExactly("Sealey");
  }
}
