package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleNamesTest {
  private static final String TEXT =
      "The trial ended when Circuit Judge Mary Olsen read the verdict.\n"
          + "Tom Reyes, the town's longtime campaign strategist, watched from the back.\n"
          + "“Justice has been done,” the judge said.\n"
          + "“We will appeal,” the campaign strategist said.\n"
          + "“Nobody won today,” a juror said.";

  @Test
  void aRoleSpeakerTakesTheNameItsArticleGivesThatRole() {
    assertThat(RoleNames.named(TEXT, "the judge", TEXT.indexOf("Justice"))).isEqualTo("Mary Olsen");
    assertThat(RoleNames.named(TEXT, "the campaign strategist", TEXT.indexOf("We will")))
        .isEqualTo("Tom Reyes");
    assertThat(RoleNames.named(TEXT, "a juror", TEXT.indexOf("Nobody"))).isNull();
  }

  @Test
  void namesAndPluralsAreNotRoleOnly() {
    assertThat(RoleNames.roleOnly("Obama's former campaign strategist")).isTrue();
    assertThat(RoleNames.roleOnly("The judge")).isTrue();
    assertThat(RoleNames.roleOnly("Judge Mary Olsen")).isFalse();
    assertThat(RoleNames.roleOnly("officials")).isFalse();
  }
}
