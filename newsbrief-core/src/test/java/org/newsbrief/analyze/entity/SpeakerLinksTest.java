package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

class SpeakerLinksTest {
  private static final List<Entity> ENTITIES =
      List.of(
          person("e1", "John Kerry", List.of("Kerry"), "Secretary of State"),
          person("e2", "Ali Khamenei", List.of("Khamenei"), "Supreme Leader Ayatollah"),
          person("e3", "Barack Obama", List.of("Obama"), "President"),
          person("e4", "Bashar al-Assad", List.of("Assad"), "Syrian President"),
          person("e5", "Marie Harf", List.of("Harf"), "State Department Spokeswoman"));

  private static Entity person(String id, String name, List<String> aliases, String role) {
    return new Entity(id, name, EntityType.PERSON, aliases, List.of(role), List.of());
  }

  private static Speaker linked(String name, @Nullable String role) {
    Quote q =
        new Quote("We will not cooperate with them.", true, new Speaker(null, name, role), "a", 0);
    return SpeakerLinks.link(List.of(q), ENTITIES).get(0).speaker();
  }

  @Test
  void linksNamesAndSurnames() {
    assertThat(linked("Kerry", null).entity()).isEqualTo("e1");
    assertThat(linked("Marie Harf", null))
        .isEqualTo(new Speaker("e5", "Marie Harf", "State Department Spokeswoman"));
  }

  @Test
  void linksASpeakerGivenOnlyByTheRoleOnePersonHolds() {
    assertThat(linked("the secretary of state", null).name()).isEqualTo("John Kerry");
    assertThat(linked("Iran's supreme leader", null).name()).isEqualTo("Ali Khamenei");
    assertThat(linked("the president", null).name()).isEqualTo("Barack Obama");
    assertThat(linked("one Iranian military leader", null).entity()).isNull();
    assertThat(linked("U.S. officials", null).entity()).isNull();
  }

  @Test
  void anAbbreviatedTitleIsTheRoleNounItStandsFor() {
    List<Entity> people =
        List.of(
            person("e1", "Ted Cruz", List.of("Cruz"), "Sen."),
            person("e2", "Chris Christie", List.of("Christie"), "New Jersey Gov."));
    Quote senator = new Quote("We will win.", true, new Speaker(null, "the senator", null), "a", 0);
    Quote governor =
        new Quote("We will win.", true, new Speaker(null, "the governor", null), "a", 0);
    assertThat(SpeakerLinks.link(List.of(senator, governor), people))
        .extracting(q -> q.speaker().entity())
        .containsExactly("e1", "e2");
    assertThat(SpeakerLinks.spelledOut("lt. gov. jones and sen. smith"))
        .isEqualTo("lieutenant governor jones and senator smith");
    assertThat(SpeakerLinks.spelledOut("gen.x and pres")).isEqualTo("gen.x and pres");
  }

  @Test
  void aRoleTwoPeopleHoldGoesToTheOneMentionedInTheQuotationsArticle() {
    List<Entity> two =
        List.of(
            new Entity(
                "k",
                "John Kerry",
                EntityType.PERSON,
                List.of(),
                List.of("U.S. Secretary of State"),
                List.of(new org.newsbrief.model.Mention("a", 0))),
            new Entity(
                "s",
                "Wendy Sherman",
                EntityType.PERSON,
                List.of(),
                List.of("Acting Deputy Secretary of State"),
                List.of(new org.newsbrief.model.Mention("b", 0))));
    Speaker role = new Speaker(null, "the secretary of state", null);
    Quote inA = new Quote("We rely on them.", true, role, "a", 0);
    Quote inC = new Quote("We rely on them.", true, role, "c", 0);
    assertThat(SpeakerLinks.link(List.of(inA), two).get(0).speaker().entity()).isEqualTo("k");
    assertThat(SpeakerLinks.link(List.of(inC), two).get(0).speaker().entity()).isNull();
  }

  @Test
  void aRoleOnlyAQuotationsSpeakerCarriedLinksToThatPerson() {
    List<Entity> titled =
        List.of(
            person("e2", "Ali Khamenei", List.of("Khamenei"), "Ayatollah"),
            person("e1", "John Kerry", List.of("Kerry"), "Secretary of State"));
    Quote named =
        new Quote(
            "They are hollow.",
            true,
            new Speaker(null, "Ali Khamenei", "Iran's Supreme Leader Ayatollah"),
            "a",
            0);
    Quote byRole =
        new Quote(
            "They have dirty hands.",
            true,
            new Speaker(null, "Iran's supreme leader", null),
            "a",
            1);
    assertThat(SpeakerLinks.link(List.of(named, byRole), titled).get(1).speaker().name())
        .isEqualTo("Ali Khamenei");
    assertThat(SpeakerLinks.link(List.of(named, byRole), titled, false).get(1).speaker().entity())
        .isNull();
    assertThat(SpeakerLinks.link(List.of(byRole), titled).get(0).speaker().entity()).isNull();
  }

  @Test
  void givesAllQuotesOfOnePersonOneSpeaker() {
    List<Quote> quotes =
        SpeakerLinks.link(
            List.of(
                new Quote(
                    "It came up during the talks.", true, new Speaker(null, "Harf", null), "a", 1),
                new Quote(
                    "That is the only place we raised it.",
                    true,
                    new Speaker(null, "Marie Harf", "spokeswoman"),
                    "b",
                    2)),
            ENTITIES);
    assertThat(quotes.get(0).speaker()).isEqualTo(quotes.get(1).speaker());
  }
}
