package org.newsbrief.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines that are page furniture rather than article text: the markers, navigation,
 * prompts and legal lines that scraped news pages carry around the story.
 */
final class Boilerplate {
  private static final Pattern BYLINE =
      Pattern.compile("(?i)by\\s+[A-Z][\\p{L}.'’-]*(\\s+(and\\s+)?[A-Z][\\p{L}.'’-]*,?){0,6}");

  /**
   * Whole-line patterns that start at the line's first character, matched case-insensitively
   * against a trimmed line as one alternation.
   */
  private static final Pattern LINES =
      compile(
          "advertisement|advertisements?|sponsored( content)?|ad",
          "accessibility links|skip to (main )?content|skip navigation|jump to navigation",
          "breaking news|live updates?|top stories|most popular|trending( now)?",
          "click to (read more|hide|expand|show|view)\\b.*",
          "click here\\b.*",
          "(please )?read our comment policy.*",
          "(no|\\d+) comments?:?|post a comment|leave a comment|add a comment|show comments"
              + "|view comments|comments|join the conversation.*",
          "(copyright|©|\\(c\\)).*",
          "(see also|related|read more|more:|watch|listen)\\s*:.*",
          "(share|share this( article| story)?|tweet|email|print|facebook|twitter|whatsapp)"
              + "(\\s*[|/,]\\s*\\w+)*",
          "(sign up|subscribe|follow us|get our newsletter)\\b.{0,80}",
          "loading\\.*|scroll to continue.*|continue reading.*",
          "updated( at)? \\d{1,2}:\\d{2}.{0,20}",
          "by [A-Z].{0,60}",
          "(photo|image|video|credit|source)s?\\s*:.{0,80}",
          "caption|close|explore further|something to consider|tell us what you think.*",
          "this (slideshow|video|content) requires javascript\\.?",
          "\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|z)?",
          "https?://\\S+",
          "citation: .{0,200}retrieved .{0,80} from https?://\\S+",
          "this document is subject to copyright\\..*",
          "if you enjoyed this article.*",
          "\\[(?<tag>\\w+)[^\\]]*\\].{0,120}\\[/\\k<tag>\\]");

  /**
   * Whole-line patterns whose telling phrase may come anywhere in the line. Each is tried only on
   * lines that contain one of its phrases (lower-cased), which the pattern cannot match without.
   */
  private static final List<Phrased> ANYWHERE =
      List.of(
          new Phrased(".*\\ball rights reserved\\b.*", "all rights reserved"),
          new Phrased(".*\\breprint permission\\b.*", "reprint permission"),
          new Phrased("[•·*]?\\s*.{0,80}\\b(can|may) be reached at\\b.*", "be reached at"),
          new Phrased(".{0,120}\\bsubscribe to .{0,60}newsletters?\\.?", "newsletter"),
          new Phrased(
              ".{0,300}\\((ap|afp|reuters|getty images)( photo)?[ /].{0,60}\\)\\.?",
              "(ap",
              "(afp",
              "(reuters",
              "(getty images"),
          new Phrased(".{0,80}\\bcontributed to this report\\.?", "contributed to this report"),
          new Phrased(
              ".{0,120}\\bis not responsible for the content of .*",
              "is not responsible for the content of "),
          new Phrased(
              ".{0,200}\\bclick here for more information\\b.*",
              "click here for more information"));

  /** A case-insensitive whole-line pattern and the phrases one of which it needs. */
  private record Phrased(Pattern pattern, List<String> phrases) {
    Phrased(String regex, String... phrases) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(phrases));
    }

    boolean matches(String line, String lower) {
      for (String phrase : phrases) {
        if (lower.contains(phrase)) {
          return pattern.matcher(line).matches();
        }
      }
      return false;
    }
  }

  private Boilerplate() {}

  /** One pattern matching any of {@code regexes}: one pass over a line instead of thirty. */
  private static Pattern compile(String... regexes) {
    StringBuilder any = new StringBuilder();
    for (String r : regexes) {
      if (any.length() > 0) {
        any.append('|');
      }
      any.append("(?:").append(r).append(')');
    }
    return Pattern.compile(any.toString(), Pattern.CASE_INSENSITIVE);
  }

  /** Whether {@code line} is boilerplate on its own, whatever surrounds it. */
  static boolean isBoilerplate(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.length() > 300) {
      return false;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.startsWith("by ") && !isByline(trimmed)) {
      return false;
    }
    if (LINES.matcher(trimmed).matches()) {
      return true;
    }
    for (Phrased p : ANYWHERE) {
      if (p.matches(trimmed, lower)) {
        return true;
      }
    }
    return false;
  }

  /** "By Reuters", "By Jane Doe and John Roe": a short line naming authors, no sentence end. */
  static boolean isByline(String line) {
    String t = line.strip();
    return BYLINE.matcher(t).matches() && !t.endsWith(".");
  }
}
