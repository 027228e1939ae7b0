package org.newsbrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeGateTest {
  private static final List<String> SENTENCES =
      List.of(
          "The talks resumed at 10:30 a.m. EST on Monday in Vienna.",
          "He arrived at 9 p.m. on December 3.",
          "Kerry spoke on Wednesday, December 3, 2014, in Brussels.",
          "The deadline is 24 November 2014.",
          "The report was filed on 2014-12-04.",
          "The strikes began on Nov. 29 and went on for days.",
          "Early December 2014 saw more strikes.",
          "Talks planned for next March were put off since June.",
          "Last Friday the ministry denied it.",
          "Three weeks ago officials met; it took several MONTHS.",
          "The past two Decades were hard, and the next 24 hours matter.",
          "The war of the 1990s shaped the region in 2003.",
          "No time expression here at all.");

  @Test
  void everyGatedRuleMatchesOnlySentencesItsGateAdmits() {
    int gatedMatches = 0;
    for (TimeRule rule : TimeRules.all()) {
      if (rule.gate() == TimeGate.ANY) {
        continue;
      }
      for (String s : SENTENCES) {
        if (rule.pattern().matcher(s).find()) {
          gatedMatches++;
          assertThat(rule.gate().admits(s, s.toLowerCase(Locale.ROOT)))
              .as("%s on %s", rule.gate(), s)
              .isTrue();
        }
      }
    }
    assertThat(gatedMatches).isGreaterThan(10);
  }

  @Test
  void gatesTurnAwaySentencesWithoutTheirTrigger() {
    String plain = "Officials met in Vienna to discuss the crisis.";
    String lower = plain.toLowerCase(Locale.ROOT);
    assertThat(TimeGate.MONTH.admits(plain, lower)).isFalse();
    assertThat(TimeGate.DIGIT.admits(plain, lower)).isFalse();
    assertThat(TimeGate.WEEKDAY.admits(plain, lower)).isFalse();
    assertThat(TimeGate.UNIT.admits(plain, lower)).isFalse();
    assertThat(TimeGate.UNIT.admits("Several MONTHS", "several months")).isTrue();
  }

  @Test
  void taggingIsTheSameWithAndWithoutGates() {
    TimeTagger tagger = new TimeTagger();
    java.time.LocalDate anchor = java.time.LocalDate.of(2014, 12, 4);
    for (String s : SENTENCES) {
      assertThat(tagger.tag(s, anchor)).as(s).isEqualTo(ungated(s, anchor));
    }
  }

  private static List<org.newsbrief.model.TimeExpression> ungated(
      String text, java.time.LocalDate anchor) {
    List<TimeRule> all = TimeRules.all().stream().map(r -> r.gated(TimeGate.ANY)).toList();
    return TimeTagger.tagWith(all, text, anchor);
  }
}
