package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void readsACountBoundToWhatItCounts() {
    List<Figure> figures =
        Figures.in("At least 23 people were killed and 40 injured in the blast.");
    assertThat(figures).extracting(Figure::quantity).containsExactly("deaths", "injured");
    Figure deaths = figures.get(0);
    assertThat(deaths.value()).isEqualTo(23);
    assertThat(deaths.written()).isEqualTo("At least 23");
    assertThat(deaths.high()).isEqualTo(Double.MAX_VALUE);
  }

  @Test
  void readsCuesBeforeTheNumberAndMagnitudes() {
    assertThat(Figures.in("The fire spread quickly, killing three workers."))
        .extracting(Figure::quantity, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("deaths", 3.0));
    assertThat(Figures.in("The death toll rose to 41 on Sunday."))
        .extracting(Figure::value)
        .containsExactly(41.0);
    assertThat(Figures.in("A 6.1-magnitude quake struck the coast."))
        .extracting(Figure::quantity, Figure::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("magnitude", 6.1));
    assertThat(Figures.in("Twenty-two died in the flood."))
        .extracting(Figure::value)
        .containsExactly(22.0);
    assertThat(Figures.in("Sixty-five people were killed in the storm."))
        .extracting(Figure::value)
        .containsExactly(65.0);
  }

  @Test
  void leavesYearsTimesAgesOrdinalsAndCoordinatedCountsAlone() {
    assertThat(Figures.in("In 2009 the man was killed.")).isEmpty();
    assertThat(Figures.in("A 36-year-old man died on Friday.")).isEmpty();
    assertThat(Figures.in("Three days after a gunman killed the guard, the school reopened."))
        .isEmpty();
    assertThat(Figures.in("Police said two women and one man died at the bank."))
        .extracting(Figure::value)
        .doesNotContain(1.0);
    assertThat(Figures.in("The mother of 12 killed in the crossfire was buried.")).isEmpty();
    assertThat(Figures.in("He was injured in the 11th round.")).isEmpty();
    assertThat(Figures.in("He was killed 10 days ago.")).isEmpty();
  }

  @Test
  void wordingSetsTheRangeThatDecidesWhetherTwoFiguresDiffer() {
    Figure atLeast = Figures.in("At least 70 people were injured.").get(0);
    Figure exact = Figures.in("Exactly 100 people were injured.").get(0);
    Figure about = Figures.in("About 75 people were injured.").get(0);
    Figure twelve = Figures.in("Police said 12 people were injured.").get(0);
    assertThat(atLeast.differs(exact)).isFalse();
    assertThat(atLeast.differs(about)).isFalse();
    assertThat(atLeast.differs(twelve)).isTrue();
  }

  @Test
  void countedWordsTellApartWhatIsCounted() {
    Figure soldiers = Figures.in("Three Israeli soldiers were killed.").get(0);
    Figure generic = Figures.in("Three people were killed.").get(0);
    Figure civilians = Figures.in("Five civilians were killed.").get(0);
    Figure workers = Figures.in("The fire spread, killing three bank workers.").get(0);
    assertThat(workers.counted()).containsExactlyInAnyOrder("bank", "workers");
    assertThat(workers.sameThing(civilians)).isFalse();
    assertThat(soldiers.sameThing(generic)).isTrue();
    assertThat(soldiers.sameThing(civilians)).isFalse();
  }
}
