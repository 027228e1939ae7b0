package org.newsbrief.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a robots.txt file sets for one crawler (RFC 9309): the groups naming the crawler's
 * product token, or else the {@code *} groups, merged. A path is allowed unless the longest
 * matching rule is a Disallow; on a tie Allow wins. Patterns may use {@code *} for any characters
 * and end in {@code $} to anchor at the end of the path. A {@code Crawl-delay} (not in RFC 9309,
 * but widely written) is read from the same groups, capped at {@link #MAX_CRAWL_DELAY} so that a
 * hostile file cannot stall a run.
 *
 * @param rules the rules that apply to the crawler, in file order
 * @param crawlDelay the least time the site asks for between requests, when it asks
 */
record RobotsRules(List<RobotsRules.Rule> rules, @Nullable Duration crawlDelay) {
  /** The longest Crawl-delay obeyed; longer ones are cut to this. */
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  /** No restriction, as when a site has no robots.txt. */
  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

  /** Everything forbidden, as when robots.txt cannot be read because of a server error. */
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(Rule.of(false, "/")));

  RobotsRules {
    rules = List.copyOf(rules);
  }

  RobotsRules(List<Rule> rules) {
    this(rules, null);
  }

  /**
   * One Allow or Disallow line.
   *
   * @param allow whether the line allows
   * @param pattern the path pattern as written
   * @param regex the pattern compiled, matched from the start of the path
   */
  record Rule(boolean allow, String pattern, Pattern regex) {
    static Rule of(boolean allow, String pattern) {
      StringBuilder regex = new StringBuilder();
      String body = pattern.endsWith("$") ? pattern.substring(0, pattern.length() - 1) : pattern;
      for (String part : body.split("\\*", -1)) {
        if (regex.length() > 0 || body.startsWith("*")) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(part));
      }
      if (pattern.endsWith("$")) {
        regex.append('$');
      }
      return new Rule(allow, pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }
  }

  /** The rules of {@code robotsTxt} for the crawler whose product token is {@code agent}. */
  static RobotsRules parse(String robotsTxt, String agent) {
    List<Rule> mine = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    Duration[] delays = new Duration[2]; // [mine, anyone]
    boolean inRules = false;
    for (String raw : robotsTxt.split("\\r?\\n|\\r")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if (field.equals("crawl-delay")) {
        inRules = true;
        Duration delay = delay(value);
        if (delay != null && agents.stream().anyMatch(a -> names(a, agent))) {
          delays[0] = delay;
        } else if (delay != null && agents.contains("*")) {
          delays[1] = delay;
        }
      } else if (field.equals("allow") || field.equals("disallow")) {
        inRules = true;
        if (value.isEmpty()) {
          continue;
        }
        Rule rule = Rule.of(field.equals("allow"), value);
        if (agents.stream().anyMatch(a -> names(a, agent))) {
          mine.add(rule);
        } else if (agents.contains("*")) {
          anyone.add(rule);
        }
      }
    }
    boolean wildcard = mine.isEmpty() && delays[0] == null && !namesAnyGroup(robotsTxt, agent);
    return wildcard ? new RobotsRules(anyone, delays[1]) : new RobotsRules(mine, delays[0]);
  }

  /** A Crawl-delay value in seconds ("10", "0.5"), capped; null when it is not a number. */
  static @Nullable Duration delay(String seconds) {
    try {
      BigDecimal value = new BigDecimal(seconds.strip());
      if (value.signum() < 0) {
        return null;
      }
      BigDecimal cap = BigDecimal.valueOf(MAX_CRAWL_DELAY.getSeconds());
      return Duration.ofMillis(value.min(cap).movePointRight(3).longValue());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the crawler may fetch {@code pathAndQuery} (starting with "/"). */
  boolean allows(String pathAndQuery) {
    if (pathAndQuery.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.regex().matcher(pathAndQuery).lookingAt()
          && (best == null
              || rule.pattern().length() > best.pattern().length()
              || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  private static boolean names(String userAgentValue, String agent) {
    int slash = userAgentValue.indexOf('/');
    String token = slash >= 0 ? userAgentValue.substring(0, slash) : userAgentValue;
    return token.strip().equalsIgnoreCase(agent);
  }

  /** A group naming the crawler with no rules at all still replaces the * group. */
  private static boolean namesAnyGroup(String robotsTxt, String agent) {
    for (String raw : robotsTxt.split("\\r?\\n|\\r")) {
      String line = raw.strip();
      if (line.regionMatches(true, 0, "user-agent:", 0, 11)) {
        String value = line.substring(11);
        int hash = value.indexOf('#');
        if (names(hash >= 0 ? value.substring(0, hash) : value, agent)) {
          return true;
        }
      }
    }
    return false;
  }
}
