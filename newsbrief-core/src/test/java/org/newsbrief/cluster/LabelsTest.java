package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void dropsTheDatelineALeadOpensWith() {
    assertThat(Labels.withoutDateline("Moscow ( ap ) — kremlin opposition leader freed …"))
        .isEqualTo("Kremlin opposition leader freed …");
    assertThat(Labels.withoutDateline("Kabul (Reuters) - Taliban militants killed five staff"))
        .isEqualTo("Taliban militants killed five staff");
    assertThat(Labels.withoutDateline("Zhengzhou, dec. 17 ( xinhua ) -- a suspect in a knife …"))
        .isEqualTo("A suspect in a knife …");
    assertThat(Labels.withoutDateline("WASHINGTON — The Senate voted on Tuesday to pass it …"))
        .isEqualTo("The Senate voted on Tuesday to pass it …");
    assertThat(Labels.withoutDateline("WASHINGTON (AP) —")).isEmpty();
  }

  @Test
  void keepsHeadlinesThatOnlyLookAlike() {
    assertThat(Labels.withoutDateline("North korean leader kim jong un ( c ) visits the museum"))
        .isEqualTo("North korean leader kim jong un ( c ) visits the museum");
    assertThat(Labels.withoutDateline("Obama wins second term"))
        .isEqualTo("Obama wins second term");
    assertThat(Labels.withoutDateline("NASA - Mars rover lands"))
        .isEqualTo("NASA - Mars rover lands");
  }

  @Test
  void prefersAHeadlineToALeadAndNeverABareDateline() {
    List<String> titles =
        List.of(
            "WASHINGTON (AP) —",
            "The Senate voted on Tuesday to pass the budget …",
            "Senate passes budget");
    assertThat(Labels.choose(titles, t -> t.length())).isEqualTo("Senate passes budget");
    assertThat(Labels.choose(List.of("WASHINGTON (AP) —"), t -> 0)).isEqualTo("WASHINGTON (AP) —");
    assertThat(Labels.choose(List.of("Cairo (AP) — the army chief said he will run …"), t -> 0))
        .isEqualTo("The army chief said he will run …");
  }
}
