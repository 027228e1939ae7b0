package org.newsbrief.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines that are page furniture rather than article text: the markers, navigation,
 * prompts and legal lines that scraped news pages carry around the story.
 */
final class Boilerplate {
  /** Whole-line patterns, matched case-insensitively against a trimmed line. */
  private static final List<Pattern> LINES =
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
          ".*\\ball rights reserved\\b.*",
          ".*\\breprint permission\\b.*",
          "(see also|related|read more|more:|watch|listen)\\s*:.*",
          "(share|share this( article| story)?|tweet|email|print|facebook|twitter|whatsapp)"
              + "(\\s*[|/,]\\s*\\w+)*",
          "(sign up|subscribe|follow us|get our newsletter)\\b.{0,80}",
          "loading\\.*|scroll to continue.*|continue reading.*",
          "[•·*]?\\s*.{0,80}\\b(can|may) be reached at\\b.*",
          ".{0,120}\\bsubscribe to .{0,60}newsletters?\\.?",
          "updated( at)? \\d{1,2}:\\d{2}.{0,20}",
          ".{0,300}\\((ap|afp|reuters|getty images)( photo)?[ /].{0,60}\\)\\.?",
          ".{0,80}\\bcontributed to this report\\.?",
          ".{0,120}\\bis not responsible for the content of .*",
          "by [A-Z].{0,60}",
          "(photo|image|video|credit|source)s?\\s*:.{0,80}",
          "caption|close|explore further|something to consider|tell us what you think.*",
          "this (slideshow|video|content) requires javascript\\.?",
          "\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|z)?",
          "https?://\\S+",
          "citation: .{0,200}retrieved .{0,80} from https?://\\S+",
          "this document is subject to copyright\\..*",
          "if you enjoyed this article.*",
          "\\[(\\w+)[^\\]]*\\].{0,120}\\[/\\1\\]",
          ".{0,200}\\bclick here for more information\\b.*");

  private Boilerplate() {}

  private static List<Pattern> compile(String... regexes) {
    return java.util.Arrays.stream(regexes)
        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE))
        .toList();
  }

  /** Whether {@code line} is boilerplate on its own, whatever surrounds it. */
  static boolean isBoilerplate(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.length() > 300) {
      return false;
    }
    if (trimmed.toLowerCase(Locale.ROOT).startsWith("by ") && !isByline(trimmed)) {
      return false;
    }
    for (Pattern p : LINES) {
      if (p.matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }

  /** "By Reuters", "By Jane Doe and John Roe": a short line naming authors, no sentence end. */
  static boolean isByline(String line) {
    String t = line.strip();
    return t.matches("(?i)by\\s+[A-Z][\\p{L}.'’-]*(\\s+(and\\s+)?[A-Z][\\p{L}.'’-]*,?){0,6}")
        && !t.endsWith(".");
  }
}
