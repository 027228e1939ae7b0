package org.newsbrief.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A sentence ends at '.', '?', '!' or '…' followed by space and
 * a capital, digit or opening quote, except after a title abbreviation ("Gen.", "Rear Adm.",
 * "Dr."), an initial ("John F. Kerry"), an initialism followed by a word that does not start a
 * sentence ("U.S. officials"), or inside an open quotation, so a quote with its attribution stays
 * one sentence. In a sentence-cased paragraph (no capital but at a sentence start, as in
 * lower-cased news text whose sentence starts were re-capitalised: "so why was it a bore? chalk it
 * up to ...") a '?' or '!' before a lower-case word ends a sentence too, unless it follows the
 * replacement character of a mis-decoded quote ("�?").
 */
public final class SentenceSplitter {
  private static final String OPEN = "\"“”'‘’([";
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "gen", "sen", "sens", "rep", "reps", "gov", "adm", "lt", "col",
          "sgt", "capt", "maj", "cmdr", "prof", "rev", "st", "jr", "sr", "pres", "supt", "det",
          "insp", "gens", "messrs", "hon", "amb", "atty", "no", "vs", "v", "jan", "feb", "aug",
          "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "fig", "e.g", "i.e",
          "etc", "approx");

  /** Words that open sentences; after "U.S." one of these means the sentence did end. */
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "but",
          "and",
          "in",
          "on",
          "this",
          "that",
          "these",
          "those",
          "his",
          "her",
          "their",
          "there",
          "its",
          "our",
          "as",
          "at",
          "after",
          "when",
          "while",
          "however",
          "meanwhile",
          "officials",
          "asked");

  /** Sentences of {@code paragraph}, trimmed, in order. */
  public List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    String text = paragraph.strip();
    int start = 0;
    boolean lowerAfterMark = sentenceCased(text);
    boolean inDouble = false;
    boolean inCurly = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean closing = (c == '"' && inDouble) || c == '”';
      if (c == '"') {
        inDouble = !inDouble;
      } else if (c == '“') {
        inCurly = true;
      } else if (c == '”') {
        inCurly = false;
      }
      if (closing && !inDouble && !inCurly && i > 0 && ".?!…".indexOf(text.charAt(i - 1)) >= 0) {
        int end = closeEnd(text, i + 1);
        if (isBoundary(text, start, i - 1, end, lowerAfterMark)) {
          add(sentences, text.substring(start, end));
          start = end;
        }
      } else if ((c == '.' || c == '?' || c == '!' || c == '…') && !inDouble && !inCurly) {
        int end = closeEnd(text, i + 1);
        if (isBoundary(text, start, i, end, lowerAfterMark)) {
          add(sentences, text.substring(start, end));
          start = end;
        }
      }
    }
    add(sentences, text.substring(start));
    return sentences;
  }

  /** Index just past closing quotes and brackets that follow the mark at {@code from - 1}. */
  private static int closeEnd(String text, int from) {
    int j = from;
    while (j < text.length() && ".?!\"”’')]".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /**
   * Whether every capital of {@code text} opens a word at its start or after a sentence mark or a
   * colon (quotes and brackets between): a paragraph whose own casing cannot show sentence starts.
   */
  static boolean sentenceCased(String text) {
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isUpperCase(text.charAt(i))
          || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      int j = i - 1;
      while (j >= 0
          && (Character.isWhitespace(text.charAt(j)) || OPEN.indexOf(text.charAt(j)) >= 0)) {
        j--;
      }
      if (j >= 0 && ".?!:…".indexOf(text.charAt(j)) < 0) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean isBoundary(
      String text, int start, int mark, int end, boolean lowerAfterMark) {
    if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
      return false;
    }
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return false;
    }
    char first = text.charAt(next);
    boolean question = text.charAt(mark) == '?' || text.charAt(mark) == '!';
    if (!(Character.isUpperCase(first)
        || Character.isDigit(first)
        || "\"“‘'(".indexOf(first) >= 0
        || lowerAfterMark
            && question
            && Character.isLowerCase(first)
            && (mark == 0 || text.charAt(mark - 1) != '\uFFFD'))) {
      return false;
    }
    if (text.charAt(mark) != '.') {
      return true;
    }
    String word = wordBefore(text, start, mark);
    String lower = word.toLowerCase(Locale.ROOT);
    if (TITLES.contains(lower) || TITLES.contains(stripDots(lower))) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (word.contains(".") && word.matches("(\\p{L}\\.)+\\p{L}")) {
      return OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private static String wordBefore(String text, int start, int mark) {
    int i = mark;
    while (i > start && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
      i--;
    }
    return text.substring(i, mark).replaceAll("^[\"“‘'(]+", "");
  }

  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(from, i);
  }

  private static String stripDots(String word) {
    return word.replace(".", "");
  }

  private static void add(List<String> sentences, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      sentences.add(s);
    }
  }
}
