package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-joins hard-wrapped lines into paragraphs. A blank line always ends a paragraph; a line that
 * ends without sentence-final punctuation, or ends with an abbreviation, or is followed by a line
 * starting in lower case, continues on the next line.
 */
final class LineUnwrapper {

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("\\(?[a-z]\\.");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "sens.", "rep.", "reps.", "gov.", "adm.",
          "lt.", "col.", "sgt.", "capt.", "maj.", "cmdr.", "prof.", "rev.", "st.", "jr.", "sr.",
          "u.s.", "u.n.", "u.k.", "e.u.", "d.c.", "no.", "vs.", "inc.", "corp.", "co.");

  private LineUnwrapper() {}

  /** Groups {@code lines} (blank lines included) into paragraphs of re-joined text. */
  static List<String> paragraphs(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = oneSpaced(raw.strip());
      if (line.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      if (current.length() > 0 && !continues(current, line)) {
        flush(current, paragraphs);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** {@code text} with each run of whitespace as one space (the regex only when one is needed). */
  private static String oneSpaced(String text) {
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (white && (space || c != ' ')) {
        return WHITESPACE.matcher(text).replaceAll(" ");
      }
      space = white;
    }
    return text;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static boolean continues(CharSequence previous, String next) {
    if (Character.isLowerCase(next.codePointAt(0))) {
      return true;
    }
    String prev = previous.toString();
    String lastWord = prev.substring(prev.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(lastWord) || INITIAL.matcher(lastWord).matches()) {
      return true;
    }
    return !endsSentence(prev);
  }

  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…:".indexOf(text.charAt(i)) >= 0 && !text.endsWith(":");
  }
}
