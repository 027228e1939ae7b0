package org.newsbrief.clean;

import java.util.List;

/**
 * A cheap necessary test for {@link BylineNames}' organisation pattern, whose case-insensitive
 * alternation of some 70 words, tried at every position, is costly on the long texts of author
 * boxes: substring tests decide most texts without it.
 */
final class BylineOrganisations {
  /** The words of the organisation pattern, which it matches at word boundaries. */
  private static final String WORDS =
      "gmbh|ag|inc|ltd|llc|verlag|redaktion|press|news|online|magazin|magazine|media|group|team"
          + "|agency|agencies|stiftung|institut|institute|university|universität|department"
          + "|departement|ministerium|ministry|association|verein|admin|administrator|super user"
          + "|no author|anonymous|unknown|guest|gast|gesponserte|sponsored|werbeagentur|partner"
          + "|editorial|newsroom|desk|wire|reuters|dpa|afp|ap|associated|bureau|club|verband"
          + "|zeitung|times|tribune|journal|daily|radio|tv|shop|store|gov|council";

  private static final List<String> WORD_LIST = List.of(WORDS.split("\\|"));

  /**
   * Strings one of which is in every text the pattern's other branches match: "e." then "v" (at
   * most one white space between), a dot then a domain ending.
   */
  private static final List<String> PARTS =
      List.of(
          "e.v", "e. v", "e.\tv", "e.\nv", "e.\013v", "e.\fv", "e.\rv", ".com", ".de", ".at", ".ch",
          ".fr", ".org", ".net", ".co", ".uk", ".es", ".it");

  private BylineOrganisations() {}

  /**
   * False only when the organisation pattern cannot match {@code s}: none of its words is in {@code
   * s} (each character folded as the pattern's Unicode-case matching folds it, {@link
   * BylineLength#fold}) without an ASCII word character right before or after it (which rules out
   * the word boundary the pattern asks for, whichever definition of a word character the regex
   * engine uses), nor "e.v" or a dot and a domain ending.
   */
  static boolean mayMatch(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(BylineLength.fold(s.charAt(i)));
    }
    String folded = b.toString();
    for (String w : PARTS) {
      if (folded.contains(w)) {
        return true;
      }
    }
    for (String w : WORD_LIST) {
      for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
        int end = at + w.length();
        if ((at == 0 || !BylineLength.asciiWord(s.charAt(at - 1)))
            && (end == s.length() || !BylineLength.asciiWord(s.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }
}
