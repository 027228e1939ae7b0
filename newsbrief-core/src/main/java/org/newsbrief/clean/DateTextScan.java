package org.newsbrief.clean;

/**
 * Cheap scans that tell {@link DateFormats} where its patterns can match, so that a long text is
 * not tried at every position: each answers exactly when a pattern cannot match (or where it can
 * first start), never changing what is found.
 */
final class DateTextScan {
  private DateTextScan() {}

  /**
   * Whether {@code text} holds a four-digit year 19xx or 20xx standing alone (no digit either
   * side), as every date with a month name ends: when none does, those patterns (which start at
   * every letter) are not tried.
   */
  static boolean hasYear(String text) {
    for (int i = 0; i + 4 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
          && isDigit(text, i + 2)
          && isDigit(text, i + 3)
          && !isDigit(text, i - 1)
          && !isDigit(text, i + 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} has a digit (as {@code \\d} reads one) at {@code i}. */
  private static boolean isDigit(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /**
   * Where the month-name-first date pattern of {@link DateFormats} may first match in {@code text}
   * (-1: nowhere): its month name is a run of letters followed by an optional dot, white space and
   * a digit, and the match starts at most 12 letters (24 chars) before the run's end. Searching
   * from there finds the same first match without trying the pattern at every letter before it.
   */
  static int nameDayFrom(String text) {
    int run = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || Character.isSurrogate(c)) {
        run = run < 0 ? i : run;
        continue;
      }
      if (run >= 0 && i - run >= 3) {
        int j = c == '.' ? i + 1 : i;
        int k = j;
        while (k < text.length() && isSpace(text.charAt(k))) {
          k++;
        }
        if (k > j && isDigit(text, k)) {
          return Math.max(run, i - 24);
        }
      }
      run = -1;
    }
    return -1;
  }

  /** Java regex's {@code \\s} without Unicode classes. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
