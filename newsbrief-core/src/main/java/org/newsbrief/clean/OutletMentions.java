package org.newsbrief.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet an article names as its own publisher: an agency dateline ("(Reuters) –"), an
 * agency byline ("By Reuters"), a copyright line, or a staff credit ("CNN’s Stephen Collinson
 * contributed to this report"). Mentions of other outlets inside the story are not taken.
 */
final class OutletMentions {
  /** "WASHINGTON (Reuters) - " or "(AP) —" at the start of a paragraph. */
  static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:[A-Z][A-Z .,'’-]{1,40}\\s)?\\(([A-Z][\\p{L}.&'’ ]{1,30})\\)\\s*[-–—]+\\s*");

  private static final Pattern AGENCY_BYLINE =
      Pattern.compile(
          "(?i)by\\s+(Reuters|AP|AFP|the Associated Press|Associated Press|Bloomberg|UPI"
              + "|Agence France-Presse|CNN|BBC News|BBC)");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i)(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
              + "(.+?)(?:,?\\s+(?:LLC|Inc|Ltd|plc|Corp|Co)\\.?)?\\.?"
              + "(?:\\s+(?:All rights reserved|Click here).*)?$");
  private static final Pattern CREDIT =
      Pattern.compile("^([A-Z][\\p{L}.&' ]{1,30}?)['’]s\\s+.{3,80}\\bcontributed to this report.*");

  private OutletMentions() {}

  /** The agency named in a paragraph-opening dateline. */
  static Optional<String> fromDateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** {@code paragraph} without its opening agency dateline. */
  static String stripDateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.find() ? paragraph.substring(m.end()) : paragraph;
  }

  /** The outlet named by a boilerplate line (byline, copyright or credit), if any. */
  static Optional<String> fromFurniture(String line) {
    String t = line.strip();
    Matcher m = AGENCY_BYLINE.matcher(t);
    if (m.matches()) {
      return Optional.of(m.group(1).replaceFirst("(?i)^the ", "The "));
    }
    m = COPYRIGHT.matcher(t);
    if (m.matches()) {
      String name = m.group(1).strip();
      if (!name.isEmpty() && name.split("\\s+").length <= 6) {
        return Optional.of(name);
      }
    }
    m = CREDIT.matcher(t);
    if (m.matches()) {
      return Optional.of(m.group(1).strip());
    }
    return Optional.empty();
  }
}
