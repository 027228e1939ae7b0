package org.newsbrief.follow;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often to poll, written as a whole number and a unit: {@code 90s}, {@code 15m}, {@code 2h},
 * {@code 1d}.
 */
final class PollInterval {
  private static final Pattern FORM = Pattern.compile("(\\d{1,6})([smhd])");

  private PollInterval() {}

  /**
   * The duration {@code text} names.
   *
   * @throws IllegalArgumentException when it is not a whole number followed by s, m, h or d, or is
   *     zero
   */
  static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a duration is a whole number and a unit, like 90s, 15m, 2h or 1d: " + text);
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      throw new IllegalArgumentException("the duration must be longer than zero: " + text);
    }
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
