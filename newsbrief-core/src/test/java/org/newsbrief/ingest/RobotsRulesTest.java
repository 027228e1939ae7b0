package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  @Test
  void theLongestMatchingRuleWinsAndAllowWinsTies() {
    RobotsRules rules =
        RobotsRules.parse(
            "User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /a\nAllow: /a\n",
            "newsbrief");

    assertThat(rules.allows("/news/2014/talks")).isFalse();
    assertThat(rules.allows("/news/public/talks")).isTrue();
    assertThat(rules.allows("/a/b")).isTrue();
    assertThat(rules.allows("/sport")).isTrue();
  }

  @Test
  void aGroupNamingTheCrawlerReplacesTheWildcardGroup() {
    String robots =
        "# comment\nUser-agent: *\nDisallow: /\n\nUser-agent: OtherBot\nUser-agent: NewsBrief/0.1\n"
            + "Disallow: /private # trailing comment\n";

    RobotsRules mine = RobotsRules.parse(robots, "newsbrief");
    RobotsRules stranger = RobotsRules.parse(robots, "somebot");

    assertThat(mine.allows("/news")).isTrue();
    assertThat(mine.allows("/private/x")).isFalse();
    assertThat(stranger.allows("/news")).isFalse();
  }

  @Test
  void anEmptyGroupForTheCrawlerAllowsEverything() {
    RobotsRules rules =
        RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: newsbrief\n", "newsbrief");

    assertThat(rules.allows("/anything")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchors() {
    RobotsRules rules =
        RobotsRules.parse(
            "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow:\n", "newsbrief");

    assertThat(rules.allows("/files/report.pdf")).isFalse();
    assertThat(rules.allows("/files/report.pdf.html")).isTrue();
    assertThat(rules.allows("/story?id=1&print=yes")).isTrue();
    assertThat(rules.allows("/story?print=yes")).isFalse();
    assertThat(rules.allows("/story")).isTrue();
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    assertThat(RobotsRules.DISALLOW_ALL.allows("/robots.txt")).isTrue();
    assertThat(RobotsRules.DISALLOW_ALL.allows("/")).isFalse();
    assertThat(RobotsRules.ALLOW_ALL.allows("/x")).isTrue();
  }
}
