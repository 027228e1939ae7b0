package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Mention;

class ShownFilterTest {
  private static Entity entity(String id, String name) {
    return new Entity(
        id, name, EntityType.PERSON, List.of(), List.of(), List.of(new Mention("a", 0)));
  }

  /** A filter that doubts exactly the entities whose one-word feature is set. */
  private static ShownFilter oneWordIsJunk() {
    double[] w = new double[ShownFeatures.NAMES.size()];
    w[0] = -5;
    w[ShownFeatures.NAMES.indexOf("one_word")] = 10;
    return new ShownFilter(w, 0.5);
  }

  @Test
  void writesAndReadsTheSameFilter() throws IOException {
    StringWriter out = new StringWriter();
    oneWordIsJunk().write(out);
    ShownFilter back = ShownFilter.read(new StringReader(out.toString()));
    double[] x = new double[ShownFeatures.NAMES.size()];
    x[0] = 1;
    assertThat(back.junk(x))
        .isCloseTo(oneWordIsJunk().junk(x), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(back.doubtful(x)).isFalse();
    x[ShownFeatures.NAMES.indexOf("one_word")] = 1;
    assertThat(back.doubtful(x)).isTrue();
  }

  @Test
  void refusesAModelWithoutThreshold() {
    assertThatThrownBy(() -> ShownFilter.read(new StringReader("w.bias 1\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void noFilterDoubtsNothing() {
    assertThat(ShownFilter.none().doubtful(new double[ShownFeatures.NAMES.size()])).isFalse();
  }

  @Test
  void aBriefingKeepsDoubtfulEntitiesThatAreQuotedOrSummarised() {
    Article a =
        new Article(
            "a1",
            "a.txt",
            "t",
            null,
            null,
            List.of(
                "Jean Dupont met Marie Curie and Pierre Lemaire in Paris.",
                "Jean Dupont and Marie Curie spoke; Pierre Lemaire left Paris."));
    Listing listing = new Entities().listing(List.of(new Analyzer().analyze(a)), oneWordIsJunk());
    assertThat(listing.entities()).extracting(Entity::name).contains("Paris", "Jean Dupont");
    String paris =
        listing.entities().stream()
            .filter(e -> e.name().equals("Paris"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(listing.doubtful()).containsExactly(paris);
    assertThat(listing.shown(Set.of(), "Nothing here."))
        .extracting(Entity::name)
        .doesNotContain("Paris")
        .contains("Jean Dupont");
    assertThat(listing.shown(Set.of(paris), "")).extracting(Entity::name).contains("Paris");
    assertThat(listing.shown(Set.of(), "They met in Paris."))
        .extracting(Entity::name)
        .contains("Paris");
  }

  @Test
  void aSentenceOpenerIsNotASummaryMention() {
    assertThat(Listing.named("The deal held. The", entity("e1", "The"))).isFalse();
    assertThat(Listing.named("“Weekly sales rose.", entity("e1", "Weekly"))).isFalse();
    assertThat(Listing.named("Sales rose, Weekly said.", entity("e1", "Weekly"))).isTrue();
    assertThat(Listing.named("It said, The Hollywood Reporter wrote.", entity("e1", "The")))
        .isFalse();
    assertThat(Listing.named("Fans read Entertainment Weekly.", entity("e1", "Weekly"))).isFalse();
    assertThat(Listing.named("It was, President Obama said.", entity("e1", "Obama"))).isTrue();
  }

  @Test
  void featuresSeeLowerCaseUsesAndNearSpellings() {
    assertThat(ShownFeatures.lowerShare("The Patrol came. A patrol left. patrol", "Patrol"))
        .isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ShownFeatures.lowerShare("Paris and Paris", "Paris")).isZero();
    assertThat(ShownRelations.distance("Betty Page", "Bettie Page")).isEqualTo(2);
    assertThat(ShownRelations.distance("Iran", "Iraq")).isEqualTo(1);
    assertThat(ShownRelations.distance("Obama", "Romney")).isGreaterThan(2);
  }

  @Test
  void namesEndingInAnOrganisationOrPlaceWordAreNoPeople() {
    assertThat(HeadWords.retype("Betty Ford Center", EntityType.PERSON))
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(HeadWords.retype("Fulton County", EntityType.PERSON)).isEqualTo(EntityType.PLACE);
    assertThat(HeadWords.retype("Betty Ford", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
    assertThat(HeadWords.retype("Center", EntityType.PERSON)).isEqualTo(EntityType.PERSON);
    assertThat(HeadWords.retype("Fulton County", EntityType.ORGANIZATION))
        .isEqualTo(EntityType.ORGANIZATION);
  }
}
