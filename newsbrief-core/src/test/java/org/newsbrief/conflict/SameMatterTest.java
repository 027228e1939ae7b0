package org.newsbrief.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;

class SameMatterTest {
  @Test
  void differentPeopleAreDifferentMatters() {
    assertThat(
            SameMatter.same(
                "Jennifer McMahon pleaded guilty to the charges in court on Monday.",
                "Robert Durst has pleaded not guilty to the charges in court."))
        .isFalse();
  }

  @Test
  void aSurnameIsThePersonNamedInFull() {
    assertThat(
            SameMatter.same(
                "Kimani Gray was pointing a gun at the officers when he was shot.",
                "Neighbours insist that Gray did not have a gun when he was shot."))
        .isTrue();
  }

  @Test
  void differentPlacesAreDifferentMatters() {
    assertThat(
            SameMatter.same(
                "The treatment facility in New York was approved by prosecutors last year.",
                "Prosecutors have not approved the treatment facility in Los Angeles."))
        .isFalse();
  }

  @Test
  void differentYearsAreDifferentMattersEvenInOnePlace() {
    assertThat(
            SameMatter.same(
                "Scud missiles fired from Iraq hit Israel in 1991.",
                "The rockets fired this week did not hit Israel in 2014."))
        .isFalse();
  }

  @Test
  void speakersAreNotWhatASentenceIsAbout() {
    assertThat(
            SameMatter.same(
                "Sheriff Tom Walker said the suspect had a gun in his hand.",
                "Attorney Linda Price said the suspect did not have a gun."))
        .isTrue();
  }

  @Test
  void sentencesNamingNothingOrOneSideOnlyAgree() {
    assertThat(SameMatter.same("Police said he had a gun.", "Witnesses say he had no gun."))
        .isTrue();
    assertThat(
            SameMatter.same(
                "Kimani Gray had a gun, police said.", "Witnesses say the teen had no gun."))
        .isTrue();
  }

  @Test
  void titleCaseHeadlinesNameNothing() {
    assertThat(
            SameMatter.same(
                "Jennifer McMahon Did Not Plead Guilty To Charges",
                "Robert Durst pleaded guilty to the charges in court."))
        .isTrue();
  }

  @Test
  void aliasesMergeAcrossTheArticlesOfABriefing() {
    Analyzer analyzer = new Analyzer();
    AnalyzedArticle a =
        analyzer.analyze(
            new Article(
                "a",
                "a",
                "a",
                null,
                null,
                List.of("Robert Durst appeared in court. Durst pleaded not guilty on Monday.")));
    AnalyzedArticle b =
        analyzer.analyze(
            new Article(
                "b",
                "b",
                "b",
                null,
                null,
                List.of("Susan Berman appeared in court. Berman pleaded guilty on Monday.")));
    SameMatter matters = SameMatter.of(List.of(a, b));

    SameMatter.Matter durst = matters.matter("a", 1, a.sentences().get(1).text(), "");
    SameMatter.Matter berman = matters.matter("b", 1, b.sentences().get(1).text(), "");
    SameMatter.Matter durstAgain = matters.matter("a", 0, a.sentences().get(0).text(), "");

    assertThat(durst.clashes(berman)).isTrue();
    assertThat(durst.clashes(durstAgain)).isFalse();
  }
}
