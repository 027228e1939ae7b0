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

  @Test
  void readsTheCrawlDelayOfTheGroupThatApplies() {
    String robots =
        "User-agent: *\nCrawl-delay: 20\nDisallow: /tmp\n\n"
            + "User-agent: newsbrief\nCrawl-delay: 2.5\nDisallow: /private\n";

    assertThat(RobotsRules.parse(robots, "newsbrief").crawlDelay())
        .isEqualTo(java.time.Duration.ofMillis(2500));
    assertThat(RobotsRules.parse(robots, "somebot").crawlDelay())
        .isEqualTo(java.time.Duration.ofSeconds(20));
    assertThat(RobotsRules.parse("User-agent: *\nDisallow: /tmp\n", "newsbrief").crawlDelay())
        .isNull();
  }

  @Test
  void capsAHostileCrawlDelayAndIgnoresNonsense() {
    assertThat(RobotsRules.parse("User-agent: *\nCrawl-delay: 86400\n", "newsbrief").crawlDelay())
        .isEqualTo(RobotsRules.MAX_CRAWL_DELAY);
    assertThat(RobotsRules.parse("User-agent: *\nCrawl-delay: 1e12\n", "newsbrief").crawlDelay())
        .isEqualTo(RobotsRules.MAX_CRAWL_DELAY);
    assertThat(RobotsRules.parse("User-agent: *\nCrawl-delay: soon\n", "newsbrief").crawlDelay())
        .isNull();
    assertThat(RobotsRules.parse("User-agent: *\nCrawl-delay: -5\n", "newsbrief").crawlDelay())
        .isNull();
  }
}
