package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Syndication;

class NearDuplicatesTest {
  private static final List<String> WIRE = paragraphs("wire-story.txt");
  private static final List<String> INDEPENDENT = paragraphs("independent-story.txt");

  private static List<String> paragraphs(String resource) {
    try (InputStream in =
        Objects.requireNonNull(NearDuplicatesTest.class.getResourceAsStream(resource))) {
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article article(
      String id, String title, @Nullable String outlet, List<String> paragraphs) {
    return new Article(id, id + ".txt", title, outlet, LocalDate.of(2014, 8, 12), paragraphs);
  }

  private static List<String> with(List<String> base, int at, String paragraph) {
    List<String> out = new ArrayList<>(base);
    out.add(at, paragraph);
    return out;
  }

  private static List<String> datelined(String dateline) {
    List<String> out = new ArrayList<>(WIRE);
    out.set(0, dateline + out.get(0));
    return out;
  }

  @Test
  void groupsCopiesWithNewHeadlinesDatelinesAddedParagraphsAndBoilerplate() {
    Article original = article("ap", "Crews contain Millbrook wildfire", "AP", WIRE);
    Article datelined =
        article(
            "yahoo",
            "Millbrook fire contained after nine days; residents return",
            "Yahoo News",
            datelined("MILLBROOK (AP) — "));
    Article extended =
        article(
            "local",
            "Wildfire contained; Cedar Flats families go home",
            "Millbrook Courier",
            with(
                WIRE,
                5,
                "The Courier's own reporter saw volunteers from three churches handing out"
                    + " sandwiches and bottled water at the checkpoint on Route 9 on Tuesday."));
    Article boilerplate =
        article(
            "tv",
            "FIRE CONTAINED",
            null,
            with(
                WIRE,
                WIRE.size(),
                "Copyright 2014 The Associated Press. All rights reserved. This material may not"
                    + " be published, broadcast, rewritten or redistributed."));
    Article independent = article("times", "Back to the ashes", "The Times", INDEPENDENT);

    List<Syndication> groups =
        new NearDuplicates()
            .groups(List.of(datelined, independent, original, extended, boilerplate));

    assertThat(groups).hasSize(1);
    Syndication wire = groups.get(0);
    assertThat(wire.articleIds()).containsExactly("yahoo", "ap", "local", "tv");
    assertThat(wire.outlets()).containsExactly("Yahoo News", "AP", "Millbrook Courier");
    assertThat(wire.canonicalArticleId()).isEqualTo("local");
  }

  @Test
  void aDifferentWriteUpOfTheSameEventIsNotACopy() {
    Article original = article("ap", "Crews contain Millbrook wildfire", "AP", WIRE);
    Article independent = article("times", "Back to the ashes", "The Times", INDEPENDENT);
    Article sameLeadOnly =
        article("brief", "Fire contained", "Radio", List.of(WIRE.get(0), INDEPENDENT.get(1)));

    assertThat(new NearDuplicates().groups(List.of(original, independent, sameLeadOnly))).isEmpty();
    assertThat(Shingles.resemblance(shingles(WIRE), shingles(INDEPENDENT))).isLessThan(0.1);
  }

  @Test
  void aTrimmedCopyJoinsOnlyWhenTheThresholdAllows() {
    Article original = article("ap", "Crews contain Millbrook wildfire", "AP", WIRE);
    Article trimmed = article("short", "Fire contained", "Radio", WIRE.subList(0, 6));
    double resemblance = Shingles.resemblance(shingles(WIRE), shingles(WIRE.subList(0, 6)));

    assertThat(resemblance).isBetween(0.6, 0.8);
    assertThat(new NearDuplicates(0.8).groups(List.of(original, trimmed))).isEmpty();
    assertThat(new NearDuplicates().groups(List.of(original, trimmed)))
        .singleElement()
        .satisfies(g -> assertThat(g.canonicalArticleId()).isEqualTo("ap"));
  }

  @Test
  void anArticleListedTwiceCountsOnceAndEmptyBodiesNeverJoin() {
    Article original = article("ap", "Crews contain Millbrook wildfire", "AP", WIRE);
    Article blank = article("blank", "Photo gallery", null, List.of("—"));
    Article alsoBlank = article("blank2", "Video", null, List.of("…"));

    assertThat(new NearDuplicates().groups(List.of(original, original, blank, alsoBlank)))
        .isEmpty();
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> new NearDuplicates(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicates(1.2)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long[] shingles(List<String> paragraphs) {
    return Shingles.of(String.join("\n\n", paragraphs));
  }
}
