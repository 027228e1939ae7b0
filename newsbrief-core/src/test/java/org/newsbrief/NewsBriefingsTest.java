package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;
import org.newsbrief.render.BriefingFormat;

/** The facade groups syndicated copies and counts them once. */
class NewsBriefingsTest {
  private static final String WIRE = resource("clean/wire-story.txt");
  private static final String INDEPENDENT = resource("clean/independent-story.txt");

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(NewsBriefingsTest.class.getResourceAsStream(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawDocument document(String source, String title, String outlet, String text) {
    return new RawDocument(
        source, SourceFormat.TEXT, text, null, title, outlet, LocalDate.of(2014, 8, 12));
  }

  private final List<RawDocument> documents =
      List.of(
          document("ap.txt", "Crews contain Millbrook wildfire", "AP", WIRE),
          document("yahoo.txt", "Millbrook fire contained", "Yahoo News", "MILLBROOK — " + WIRE),
          document(
              "courier.txt",
              "Cedar Flats families go home",
              "Millbrook Courier",
              WIRE
                  + "\n\nVolunteers from three churches handed out water at the Route 9 checkpoint."),
          document("times.txt", "Back to the ashes", "The Times", INDEPENDENT),
          document("times-again.txt", "Back to the ashes", "The Times", INDEPENDENT));

  private final Briefing briefing =
      NewsBriefings.create(new BriefingOptions(BriefingOptions.UNLIMITED_WORDS, 12))
          .briefDocuments(documents, List.of());

  @Test
  void groupsTheWireCopiesAndStillCollapsesIdenticalArticlesById() {
    assertThat(briefing.articles()).hasSize(4);
    Syndication wire = briefing.syndication().get(0);
    assertThat(briefing.syndication()).hasSize(1);
    assertThat(wire.outlets()).containsExactlyInAnyOrder("AP", "Yahoo News", "Millbrook Courier");
    assertThat(wire.articleIds()).hasSize(3).doesNotContain(timesId());
  }

  @Test
  void corroborationCountsTheCopiesAsOneSource() {
    Set<String> copies = Set.copyOf(briefing.syndication().get(0).articleIds());
    assertThat(briefing.summary()).isNotEmpty();
    for (SummarySentence s : briefing.summary()) {
      int expected =
          (s.support().stream().anyMatch(copies::contains) ? 1 : 0)
              + (s.support().contains(timesId()) ? 1 : 0);
      assertThat(s.outlets()).as(s.text()).isEqualTo(expected);
    }
    assertThat(briefing.summary())
        .anySatisfy(
            s -> {
              assertThat(s.support()).containsAll(copies).contains(timesId());
              assertThat(s.outlets()).isEqualTo(2);
            });
  }

  @Test
  void theSummaryDrawsOnOneCopyAndCitesAllThatContainTheSentence() {
    Set<String> copies = Set.copyOf(briefing.syndication().get(0).articleIds());
    assertThat(briefing.summary())
        .filteredOn(s -> s.sources().stream().anyMatch(copies::contains))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.sources()).containsAll(copies));
    assertThat(NewsBriefings.render(briefing, BriefingFormat.MD))
        .contains("also ran in: ")
        .contains("2 independent sources, 4 articles");
  }

  private String timesId() {
    return briefing.articles().stream()
        .filter(a -> Objects.equals(a.outlet(), "The Times"))
        .map(Article::id)
        .findFirst()
        .orElseThrow();
  }
}
