package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.SummarySentence;

class SidesTest {
  private static final ConflictSide AFFIRMS =
      new ConflictSide(
          "officials say the talks took place in Vienna.", null, List.of("a"), "affirms");
  private static final ConflictSide AFFIRMS_TOO =
      new ConflictSide("The talks took place, a diplomat said.", null, List.of("b"), "affirms");
  private static final ConflictSide DENIES =
      new ConflictSide("Iran denies that any talks took place.", null, List.of("c"), "denies");

  @Test
  void oneStatementPerStanceOfTheFirstDispute() {
    List<SummarySentence> sides =
        Sides.of(List.of(new Conflict("talks", List.of(AFFIRMS, AFFIRMS_TOO, DENIES))));

    assertThat(sides)
        .extracting(SummarySentence::text)
        .containsExactly(
            "Officials say the talks took place in Vienna.",
            "Iran denies that any talks took place.");
    assertThat(sides.get(1).sources()).containsExactly("c");
  }

  @Test
  void theFirstTwoDisputesEachStatementOnce() {
    ConflictSide other = new ConflictSide("Vienna hosted talks.", null, List.of("d"), "affirms");
    ConflictSide third = new ConflictSide("No talks at all.", null, List.of("e"), "denies");
    List<SummarySentence> sides =
        Sides.of(
            List.of(
                new Conflict("talks", List.of(AFFIRMS, DENIES)),
                new Conflict("vienna", List.of(other, DENIES)),
                new Conflict("more", List.of(third, AFFIRMS_TOO))));

    assertThat(sides)
        .extracting(SummarySentence::text)
        .containsExactly(
            "Officials say the talks took place in Vienna.",
            "Iran denies that any talks took place.",
            "Vienna hosted talks.");
  }

  @Test
  void aSideTheSummaryStatesIsNotAddedAgain() {
    String denial =
        "Iran denied cooperation with the United States against Islamic State militants in"
            + " Iraq, state media reported.";
    List<SummarySentence> summary =
        new CoverageSummarizer()
            .summarize(
                SummaryFixtures.story(),
                List.of(),
                200,
                0,
                List.of(new SummarySentence(denial, List.of("c"))));

    assertThat(summary.stream().filter(s -> s.text().contains("denied cooperation")).count())
        .isLessThanOrEqualTo(1);
  }

  @Test
  void aRisingTollIsNoDispute() {
    ConflictSide early = new ConflictSide("Three died.", null, List.of("a"), "states", "three");
    ConflictSide later = new ConflictSide("Nine died.", null, List.of("b"), "states", "nine");
    assertThat(Sides.of(List.of(Conflict.figure("deaths", true, List.of(early, later))))).isEmpty();
    assertThat(Sides.of(List.of(Conflict.figure("deaths", false, List.of(early, later)))))
        .hasSize(2);
  }

  @Test
  void sidesTakeAtMostHalfTheSummary() {
    List<SummarySentence> sides =
        Sides.of(List.of(new Conflict("talks", List.of(AFFIRMS, DENIES))));

    assertThat(Sides.fitting(sides, 100, Integer.MAX_VALUE)).hasSize(2);
    assertThat(Sides.fitting(sides, 20, Integer.MAX_VALUE)).hasSize(1);
    assertThat(Sides.fitting(sides, 10, Integer.MAX_VALUE)).isEmpty();
    assertThat(Sides.fitting(sides, 100, 3)).hasSize(1);
    assertThat(Sides.fitting(sides, 100, 4)).hasSize(2);
  }

  @Test
  void asManySidesAsFitShortestFirstInTheirOrder() {
    SummarySentence longSide =
        new SummarySentence(
            "A long statement of one side that goes on and on about what was said.", List.of("a"));
    SummarySentence shortOne = new SummarySentence("Iran denies the talks.", List.of("b"));
    SummarySentence shortTwo = new SummarySentence("The US confirms them.", List.of("c"));

    assertThat(Sides.fitting(List.of(longSide, shortOne, shortTwo), 20, Integer.MAX_VALUE))
        .containsExactly(shortOne, shortTwo);
  }

  @Test
  void theSummarizerGivesBothSides() {
    List<SummarySentence> sides =
        Sides.of(List.of(new Conflict("talks", List.of(AFFIRMS, DENIES))));
    List<SummarySentence> summary =
        new CoverageSummarizer().summarize(SummaryFixtures.story(), List.of(), 100, 0, sides);

    assertThat(summary)
        .extracting(SummarySentence::text)
        .contains(sides.get(0).text(), sides.get(1).text());
    assertThat(summary.stream().mapToInt(s -> SummaryTokens.words(s.text())).sum())
        .isLessThanOrEqualTo(115);
  }
}
