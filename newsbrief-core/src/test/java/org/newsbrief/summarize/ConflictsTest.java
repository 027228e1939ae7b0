package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.Article;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

class ConflictsTest {
  private static final Pattern COORDINATION = Pattern.compile("\\b(coordinat\\w*|cooperat\\w*)\\b");

  @Test
  void readsStanceFromNegationDenialAndRequests() {
    assertThat(
            Conflicts.stance("U.S. officials say there is no military coordination.", COORDINATION))
        .isEqualTo("denies");
    assertThat(
            Conflicts.stance(
                "Iran also denies that it struck IS in coordination with them.", COORDINATION))
        .isEqualTo("denies");
    assertThat(
            Conflicts.stance(
                "The news about Iran's cooperation with them is not true.", COORDINATION))
        .isEqualTo("denies");
    assertThat(Conflicts.stance("Talks aren’t linked to U.S. cooperation with Iran.", COORDINATION))
        .isEqualTo("denies");
    assertThat(
            Conflicts.stance(
                "There is some coordination to stay out of each other's way.", COORDINATION))
        .isEqualTo("affirms");
    assertThat(Conflicts.stance("The ambassador asked for Iran's cooperation.", COORDINATION))
        .isEmpty();
    assertThat(Conflicts.stance("Is there coordination?", COORDINATION)).isEmpty();
    assertThat(Conflicts.stance("The talks ended on Monday.", COORDINATION)).isEmpty();
  }

  @Test
  void reportsATopicOnlyWhenSourcesTakeBothSides() {
    Article a =
        new Article(
            "a",
            "a",
            "a",
            null,
            null,
            List.of("Kerry said there is some coordination with Iran in Iraq."));
    Article b =
        new Article(
            "b",
            "b",
            "b",
            null,
            null,
            List.of("U.S. officials say there is no military coordination with Iran."));
    Analyzer analyzer = new Analyzer();

    List<Conflict> both = new Conflicts().of(List.of(analyzer.analyze(a), analyzer.analyze(b)));
    List<Conflict> one = new Conflicts().of(List.of(analyzer.analyze(a)));

    assertThat(one).isEmpty();
    assertThat(both)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.topic()).isEqualTo("military coordination and cooperation");
              assertThat(c.sides())
                  .extracting(ConflictSide::stance)
                  .containsExactly("affirms", "denies");
              assertThat(c.sides())
                  .extracting(s -> s.speaker().name())
                  .containsExactly("Kerry", "U.S. officials");
              assertThat(c.sides())
                  .extracting(ConflictSide::sources)
                  .containsExactly(List.of("a"), List.of("b"));
            });
  }
}
