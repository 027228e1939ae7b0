package org.newsbrief.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsbrief.analyze.quote.NameGender;

class GenderGoldTest {
  private static final NameGender TABLE =
      new NameGender(Map.of("hillary", new int[] {2, 40}, "bernie", new int[] {50, 1}));

  private static final String TEXT =
      "Bernie Sanders spoke first. “We won,” Sanders said. Hillary Clinton said “Thank you.”"
          + " Sanders was not impressed. “No one was prosecuted,” he noted. “Next,” she said.";

  /** The span of {@code word}, the start of {@code context}. */
  private static int[] span(String word, String context) {
    int at = TEXT.indexOf(context);
    return new int[] {at, at + word.length()};
  }

  private static int[] span(String part) {
    return span(part, part);
  }

  private static List<Attribution> gold() {
    return List.of(
        new Attribution(List.of(span("“We won,”")), List.of(span("Sanders", "Sanders said")), true),
        new Attribution(List.of(span("“Thank you.”")), List.of(span("Hillary Clinton")), true),
        new Attribution(List.of(span("“No one")), List.of(span("he", "he noted")), true),
        new Attribution(List.of(span("“Next,”")), List.of(span("she", "she said")), true));
  }

  @Test
  void heSkipsTheNearerWomanWhereTheOldGoldTakesHer() {
    List<Attribution> all = gold();
    assertThat(ShownGold.goldName(TEXT, all.get(2), all)).containsExactly("Hillary", "Clinton");
    assertThat(new GenderGold(TABLE).goldName(TEXT, all.get(2), all)).containsExactly("Sanders");
  }

  @Test
  void sheTakesTheNearestWomanAndNamesKeepTheirWords() {
    List<Attribution> all = gold();
    GenderGold g = new GenderGold(TABLE);
    assertThat(g.goldName(TEXT, all.get(3), all)).containsExactly("Hillary", "Clinton");
    assertThat(g.goldName(TEXT, all.get(1), all)).containsExactly("Hillary", "Clinton");
  }

  @Test
  void aBareSurnameTakesTheFirstNameTheArticleGivesIt() {
    GenderGold g = new GenderGold(TABLE);
    assertThat(g.of(TEXT, List.of("Sanders"))).isGreaterThan(0.8);
    assertThat(g.of(TEXT, List.of("Clinton"))).isLessThan(-0.8);
    assertThat(g.of("Mrs. Smith left.", List.of("Smith"))).isEqualTo(-1);
    assertThat(g.of("Mr. Smith and Mrs. Smith left.", List.of("Smith"))).isZero();
    assertThat(g.of(TEXT, List.of())).isZero();
  }
}
