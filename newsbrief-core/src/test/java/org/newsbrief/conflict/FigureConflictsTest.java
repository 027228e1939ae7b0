package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

class FigureConflictsTest {
  private final Analyzer analyzer = new Analyzer();

  private AnalyzedArticle article(String id, LocalDate published, String text) {
    return analyzer.analyze(
        new Article(id, id, "Title " + id, "Outlet " + id, published, List.of(text)));
  }

  @Test
  void showsEachValueWithItsSourcesWhenSourcesGiveDifferentTolls() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    List<Conflict> conflicts =
        new FigureConflicts()
            .of(
                List.of(
                    article(
                        "a",
                        day,
                        "Police said 18 people were injured in the riots in the capital."),
                    article("b", day, "Police said 12 people were injured in the riots on Sunday."),
                    article(
                        "c", day, "Officials said 12 people were injured in the capital riots.")));
    assertThat(conflicts).hasSize(1);
    Conflict c = conflicts.get(0);
    assertThat(c.kind()).isEqualTo("figure");
    assertThat(c.quantity()).isEqualTo("injured");
    assertThat(c.progression()).isFalse();
    assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("12", "18");
    assertThat(c.sides().get(0).sources()).containsExactly("b", "c");
    assertThat(c.sides().get(1).sources()).containsExactly("a");
  }

  @Test
  void aTollRisingInLaterReportsIsAProgression() {
    List<Conflict> conflicts =
        new FigureConflicts()
            .of(
                List.of(
                    article(
                        "a",
                        LocalDate.of(2024, 3, 1),
                        "The quake killed 10 people in the mountain towns."),
                    article(
                        "b",
                        LocalDate.of(2024, 3, 2),
                        "The quake killed 25 people in the mountain towns."),
                    article(
                        "c",
                        LocalDate.of(2024, 3, 4),
                        "The quake killed 41 people in the mountain towns.")));
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).progression()).isTrue();
    assertThat(conflicts.get(0).sides()).hasSize(3);
  }

  @Test
  void agreeingOrCompatibleFiguresAndUnrelatedReportsAreNoConflict() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    assertThat(
            new FigureConflicts()
                .of(
                    List.of(
                        article("a", day, "At least 20 people were killed in the flooding."),
                        article("b", day, "The flooding killed 23 people, officials said."))))
        .isEmpty();
    assertThat(
            new FigureConflicts()
                .of(
                    List.of(
                        article("a", day, "Two hikers were killed by an avalanche near the pass."),
                        article("b", day, "Five miners were killed when a tunnel collapsed."))))
        .isEmpty();
  }
}
