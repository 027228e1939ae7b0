package org.newsbrief.summarize;

import java.util.regex.Pattern;

/**
 * Whether a sentence reads on its own in a summary: one opening with a pronoun or a connective ("He
 * said...", "But the talks...") needs the sentence before it in its article; a fragment of a
 * quotation (an odd number of quotation marks, or a lower-case start that is not the rest of a cut
 * dateline) never reads alone, nor one cut off (no sentence-ending punctuation) or with a photo
 * credit, image caption or "story highlights" glued in; a question reads badly.
 */
final class Readability {
  private static final Pattern OPENER =
      Pattern.compile(
          "(?i)^[\"“]?(he|she|it|they|this|that|these|those|his|her|their|its|him|them|but|and|"
              + "however|also|still|so|yet)\\b.*",
          Pattern.DOTALL);

  private static final Pattern GLUED =
      Pattern.compile(
          "(?i)\\b(?:image (?:copyright|caption)|story highlights|\\((?:photo|image):|photo:|image:)");

  private static final Pattern ENDED = Pattern.compile("[.!?…](\\s*[\"”’')\\]])*\\s*$");

  private Readability() {}

  /** Whether {@code text} opens with a word that refers back to an earlier sentence. */
  static boolean needsAntecedent(String text) {
    return OPENER.matcher(text).matches();
  }

  /** Whether {@code text} ({@code cut} after its preamble) is a piece of a sentence or quote. */
  static boolean fragment(String text, String cut) {
    long quotes = cut.chars().filter(c -> c == '"' || c == '“' || c == '”').count();
    return quotes % 2 == 1
        || cut.isEmpty()
        || GLUED.matcher(cut).find()
        || !ENDED.matcher(cut).find()
        || Character.isLowerCase(cut.codePointAt(0)) && cut.equals(text.strip());
  }

  /** Whether {@code text} is a question. */
  static boolean question(String text) {
    return text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”");
  }

  /** {@code text} with its first letter in upper case. */
  static String capitalised(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(text.substring(Character.charCount(first)))
        .toString();
  }
}
