package org.newsbrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.CalendarWords;

/**
 * Names that are only a date or clock word: a month ("Oct", "January"; not "May", also a surname),
 * a weekday in full, a time zone ("GMT", "EST") or "AM"/"PM". Capitalised, so the tagger or the
 * rules may take them for names; never a participant (the junk rubric's first kind,
 * docs/notes/entities.md).
 */
final class TimeWords {
  private static final Set<String> CLOCK =
      Set.of(
          "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
          "pdt", "bst", "cet", "cest", "et", "pt");

  private static final Pattern GLUED =
      Pattern.compile("(.*?\\p{L}.*?)(?:\\s+(?:on|by|at|last|next|this))?\\s+(\\p{L}+\\.?)");

  private TimeWords() {}

  /** Whether {@code name} is one such word (a trailing period or possessive aside). */
  static boolean is(String name) {
    String w = name.strip().toLowerCase(Locale.ROOT).replaceAll("(?:[’']s?)$", "");
    if (CLOCK.contains(w)) {
      return true;
    }
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return !bare.equals("may")
        && (CalendarWords.MONTHS_AND_ABBREVIATIONS.contains(bare)
            || CalendarWords.WEEKDAYS.contains(bare));
  }

  /**
   * {@code found} without the names that are such words, and without such words glued to the end of
   * a name ("Chicago Bears Thursday", "Kraft Plant on Friday": the tagger or the rules ran the name
   * on into the date that followed it).
   */
  static List<NameMention> drop(List<NameMention> found) {
    return found.stream().map(TimeWords::unglued).filter(n -> !is(n.name())).toList();
  }

  private static boolean weekday(String word) {
    return CalendarWords.WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static NameMention unglued(NameMention n) {
    Matcher m = GLUED.matcher(n.name());
    if (!m.matches() || !is(m.group(2)) || "PER".equals(n.type()) && !weekday(m.group(2))) {
      return n;
    }
    return new NameMention(m.group(1), n.role(), n.article(), n.sentence(), n.type());
  }
}
