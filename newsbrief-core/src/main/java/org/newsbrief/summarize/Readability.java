package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence reads on its own in a summary: one opening with a pronoun or a connective ("He
 * said...", "But the talks...", "Here are...", "Meanwhile ...") needs the sentence before it in its
 * article; a fragment of a quotation (an odd number of quotation marks, or a lower-case start that
 * is not the rest of a cut dateline) never reads alone, nor one cut off (no sentence-ending
 * punctuation) or with a photo credit, image caption or "story highlights" glued in; a question
 * reads badly. Nor does one that is not a whole sentence of the story ({@link #notWhole}): cut at
 * an initial or a title ("... vincent c.", "... sen.") or the rest of such a cut, ending in an
 * ellipsis (a teaser or cut headline) or a photo caption ("In this photo ..."). Two sentences glued
 * by a lost space ("he said.the cbs") or after a closing quote ("life. \" zander was") are shown as
 * two ({@link #spaced}).
 */
final class Readability {
  private static final Pattern OPENER =
      Pattern.compile(
          "(?i)^[\"“]?(he|she|it|they|this|that|these|those|his|her|their|its|him|them|but|and|"
              + "however|also|still|so|yet|here|such|thus|therefore|moreover|furthermore|nonetheless"
              + "|nevertheless|meanwhile|instead|otherwise|besides|indeed|likewise|similarly|even so"
              + "|as a result|in addition|that's)\\b.*",
          Pattern.DOTALL);

  private static final Pattern GLUED =
      Pattern.compile(
          "(?i)\\b(?:image (?:copyright|caption)|story highlights|\\((?:photo|image):|photo:|image:)");

  private static final Pattern ENDED = Pattern.compile("[.!?…](\\s*[\"”’')\\]])*\\s*$");

  private static final String CLOSE = "[\"”’')\\]]?\\s*$";

  /** Ends at an initial or a title that precedes a name: the splitter cut the sentence there. */
  private static final Pattern CUT_SHORT =
      Pattern.compile(
          "(?i)(?:(?:^|[\\s(])[a-z]|\\b(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|prof|rev"
              + "|jan|feb|aug|sept?|oct|nov|dec))\\."
              + CLOSE);

  private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\s?\\.\\s?\\.|…)" + CLOSE);

  /** Two sentences glued by a lost space after a full stop ("he said.the cbs"). */
  private static final Pattern LOST_SPACE =
      Pattern.compile(
          "(?i)\\b(?!www\\.)[a-z]{2,}([.!?])(?!(?:com|org|net|gov|edu|html?|php|aspx?)\\b)"
              + "[a-z]{3,}\\b(?![.@/][a-z])");

  /** A closing quote glued to a new lower-case sentence with no speech verb near its start. */
  private static final Pattern QUOTE_GLUE =
      Pattern.compile(
          "([.!?]\\s*[\"”])\\s+(?=[a-z])(?!\\S+(?:\\s+\\S+){0,3}?\\s+(?:said|says|say|told|added"
              + "|asked|wrote|writes|tweeted|explained|continued|noted|insisted|argued|recalled"
              + "|declared|stated)\\b)");

  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^(?:file\\s*(?:-|—|–|photo)|(?:in )?this (?:undated |handout |file |recent )?"
              + "(?:\\d{4} )?(?:photo|image|picture|frame grab)\\b)|\\b(?:ap|file) photo\\b"
              + "|\\(\\s*[^()]{0,60}/\\s*(?:ap|reuters|afp|getty images)\\s*\\)");

  private Readability() {}

  /**
   * Whether {@code cut} (a sentence after its preamble; {@code previous} the sentence before it in
   * its article, or empty) is not a whole sentence of the story: see the class comment.
   */
  static boolean notWhole(String cut, String previous) {
    return CUT_SHORT.matcher(cut).find()
        || CUT_SHORT.matcher(previous).find()
        || ELLIPSIS.matcher(cut).find()
        || CAPTION.matcher(cut).find();
  }

  /**
   * Whether {@code text} opens with a word that refers back to an earlier sentence, or with a
   * quotation whose speaker it never names (the quote ends and a new sentence follows).
   */
  static boolean needsAntecedent(String text) {
    return OPENER.matcher(text).matches()
        || (text.startsWith("\"") || text.startsWith("“")) && QUOTE_GLUE.matcher(text).find();
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

  /**
   * {@code text} with the space put back where a full stop glued two sentences ("he said.the cbs"
   * becomes "he said. The cbs"; web addresses are left alone) and a capital letter where a closing
   * quote did ("life. \" zander was" becomes "life. \" Zander was").
   */
  static String spaced(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = LOST_SPACE.matcher(text);
    int shift = 0;
    while (m.find()) {
      int next = m.start(1) + 1 + shift;
      out.insert(next, ' ');
      out.setCharAt(next + 1, Character.toUpperCase(out.charAt(next + 1)));
      shift++;
    }
    Matcher q = QUOTE_GLUE.matcher(out);
    List<Integer> starts = new ArrayList<>();
    while (q.find()) {
      starts.add(q.end());
    }
    starts.forEach(i -> out.setCharAt(i, Character.toUpperCase(out.charAt(i))));
    return out.toString();
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
