package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap test that a text is too long to be a byline whatever {@link BylineNames} cuts from it:
 * its cut patterns (a date, a digit, a separator, a word such as "updated" or "Tags") are regular
 * expressions tried at every position, costly on the long texts of author boxes. When no cut can
 * start within the first {@value #MAX_CHARS} characters of letters (the test over-approximates
 * where one can start), what is left is longer than a byline and the names reader refuses it.
 */
final class BylineLength {
  /** {@link BylineNames}' longest byline, in characters. */
  static final int MAX_CHARS = 100;

  /**
   * The words a cut may open with ({@link BylineNames}' cut and trim patterns, lower-cased, plural
   * and optional endings written out).
   */
  private static final Map<Character, List<String>> CUT_WORDS = cutWords();

  /** The words a cut may open with, besides weekday names. */
  private static final String CUT_WORD_NAMES =
      "updated|published|posted|on|am|um|le|il|el|hace|op|dnia|at|share|shares|im gespräch mit"
          + "|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|datum|tags"
          + "|quelle|source|kategorie|kategorien|mo|di|mi|do|fr|sa|so";

  /** Characters that never start a cut: spaces, {@code . , ; :} and quotes. */
  private static final String SAFE = " .,;:'’\"!?&";

  /** Characters a trimmed byline may lose at its end. */
  private static final String STRIPPED = " .,;:";

  private BylineLength() {}

  /**
   * The first index at which {@link BylineNames}' cut pattern may match in {@code s}: before it
   * stand only letters that open no cut word, spaces, {@code . , ; :} (never a cut) and quotes; any
   * other character (a digit, a dash, a bracket, a bar) may start a cut. The spaces before that
   * character are included (the pattern opens with {@code \\s*}). The pattern, searched from here,
   * finds what it finds searched from the start.
   */
  static int cutFrom(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && mayCut(s, i) || !letter && SAFE.indexOf(c) < 0) {
        break;
      }
      i++;
    }
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /**
   * True only when every cut of {@code s} leaves more than {@value #MAX_CHARS} characters: more
   * than that before {@code from} ({@link #cutFrom}), after the last letter or quote there.
   */
  static boolean tooLong(String s, int from) {
    int end = from;
    while (end > 0 && STRIPPED.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > MAX_CHARS;
  }

  /** {@code s} without what {@code cut} matches from {@code from} on (its first match). */
  static String cut(String s, java.util.regex.Pattern cut, int from) {
    java.util.regex.Matcher m = cut.matcher(s);
    return m.find(from) ? s.substring(0, m.start()) + s.substring(m.end()) : s;
  }

  /**
   * Whether a cut word may start at {@code i}: it is there (ignoring case), not preceded by an
   * ASCII word character and not followed by an ASCII letter (either rules out a word boundary,
   * whichever definition of a word character the regex engine uses; a digit after it may be cut off
   * first, leaving a boundary for the trim pattern).
   */
  private static boolean mayCut(String s, int i) {
    List<String> words = CUT_WORDS.get(fold(s.charAt(i)));
    if (words == null) {
      return false;
    }
    boolean wordBefore = i > 0 && asciiWord(s.charAt(i - 1));
    for (String w : words) {
      int end = i + w.length();
      if (!(wordBefore && asciiWord(w.charAt(0)))
          && s.regionMatches(true, i, w, 0, w.length())
          && !(end < s.length()
              && asciiLetter(s.charAt(end))
              && asciiLetter(w.charAt(w.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The case-folded character {@link String#regionMatches(boolean, int, String, int, int)}
   * compares.
   */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean asciiLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }

  static boolean asciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** The cut words by their first character, folded as {@link #fold} folds it. */
  private static Map<Character, List<String>> cutWords() {
    Map<Character, List<String>> words = new HashMap<>();
    for (String w : (CUT_WORD_NAMES + "|" + BylineNames.WEEKDAYS).split("\\|")) {
      words.computeIfAbsent(fold(w.charAt(0)), k -> new ArrayList<>()).add(w);
    }
    words.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(words);
  }
}
