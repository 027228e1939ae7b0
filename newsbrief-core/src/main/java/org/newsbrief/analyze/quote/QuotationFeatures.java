package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The binary features the {@link QuotationFilter} reads of one span between quotation marks: its
 * length and shape (title case, capitals, digits only, final punctuation, first- or second-person
 * words, function words), what stands next to the marks (the character and the word before and
 * after, so "=" of markup, "’s" of a show title and "said" of speech), a speech verb near it, and
 * what the attribution rules found for it. Word features ({@code prev=}, {@code next=}) are open
 * ended; the filter weighs only those its training kept.
 */
final class QuotationFeatures {
  private static final Pattern SPEECH =
      Pattern.compile(
          "(?i)\\b(?:said|says|say|saying|told|tells|telling|added|adds|asked|asks|wrote|writes"
              + "|tweeted|stated|explained|noted|declared|continued|replied|responded|insisted"
              + "|argued|according to)\\b");
  private static final Pattern PERSON =
      Pattern.compile("(?i)\\b(?:i|i'm|i’m|we|we're|we’re|me|my|us|our|you|your)\\b");
  private static final Pattern FUNCTION =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|be|been|have|has|had|will|would|can|could|not|that|this"
              + "|it|to|do|does|did)\\b");
  private static final Pattern SMALL =
      Pattern.compile("(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)");
  private static final int NEAR = 60;

  private QuotationFeatures() {}

  /** The features of the quotation the rules' votes {@code v} are about, in {@code text}. */
  static List<String> of(String text, RuleVotes v) {
    QuoteSpan q = v.pick();
    int s = q.start();
    int e = q.end();
    int paragraphStart = text.lastIndexOf('\n', Math.max(0, s - 1)) + 1;
    int paragraphEnd = text.indexOf('\n', e);
    if (paragraphEnd < 0) {
      paragraphEnd = text.length();
    }
    String inner = text.substring(s, e).strip();
    String[] words = inner.isEmpty() ? new String[0] : inner.split("\\s+");
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("len=" + bucket(words.length));
    shape(inner, words, f);
    String before = text.substring(paragraphStart, Math.max(paragraphStart, s - 1));
    boolean closed = e < paragraphEnd;
    String after = closed ? text.substring(Math.min(e + 1, paragraphEnd), paragraphEnd) : "";
    f.add(
        "before="
            + charClass(
                lastChar(before), s - 1 > paragraphStart && s >= 2 && text.charAt(s - 2) != ' '));
    f.add("after=" + (closed ? charClass(firstChar(after), !after.startsWith(" ")) : "unclosed"));
    String prev = lastWord(before);
    String next = firstWord(after);
    f.add("prev=" + prev);
    f.add("next=" + next);
    if (words.length <= 3) {
      f.add("short_prev=" + prev);
      f.add("short_next=" + next);
      f.add("short_after=" + (closed ? charClass(firstChar(after), false) : "unclosed"));
    }
    if (SPEECH.matcher(before.substring(Math.max(0, before.length() - NEAR))).find()) {
      f.add("speech_before");
    }
    if (SPEECH.matcher(after.substring(0, Math.min(NEAR, after.length()))).find()) {
      f.add("speech_after");
    }
    if (before.isBlank()) {
      f.add("opens_paragraph");
    }
    if (after.isBlank()) {
      f.add("ends_paragraph");
    }
    if (q.attributed()) {
      f.add("rules_speaker");
    }
    if (v.strategies().stream().anyMatch(x -> x != null && x.attributed())) {
      f.add("rule_strategy");
    }
    if (v.carried() != null) {
      f.add("carried");
    }
    return f;
  }

  private static void shape(String inner, String[] words, List<String> f) {
    boolean letters = inner.codePoints().anyMatch(Character::isLetter);
    if (!letters) {
      f.add("no_letters");
      return;
    }
    if (inner.codePoints().noneMatch(Character::isLowerCase)) {
      f.add("all_caps");
    }
    if (Character.isUpperCase(inner.codePointAt(0))) {
      f.add("cap_first");
    }
    boolean title = true;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("^\\P{L}+", "");
      boolean small = i > 0 && SMALL.matcher(w.toLowerCase(Locale.ROOT)).matches();
      if (!w.isEmpty() && !small && !Character.isUpperCase(w.codePointAt(0))) {
        title = false;
      }
    }
    if (title) {
      f.add(words.length <= 6 ? "title_short" : "title_long");
    }
    char last = inner.charAt(inner.length() - 1);
    f.add(
        "end="
            + (last == ','
                ? "comma"
                : last == '.' ? "period" : last == '?' || last == '!' ? "mark" : "word"));
    if (PERSON.matcher(inner).find()) {
      f.add("person12");
    }
    if (FUNCTION.matcher(inner).find()) {
      f.add("function_word");
    }
  }

  private static String bucket(int n) {
    return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : n <= 9 ? "6-9" : n <= 20 ? "10-20" : "21+";
  }

  private static String charClass(int c, boolean tight) {
    String k =
        c < 0
            ? "none"
            : Character.isLetter(c)
                ? (Character.isUpperCase(c) ? "upper" : "lower")
                : Character.isDigit(c) ? "digit" : String.valueOf((char) c);
    return (tight ? "tight_" : "") + k;
  }

  private static int lastChar(String s) {
    String t = s.stripTrailing();
    return t.isEmpty() ? -1 : t.codePointBefore(t.length());
  }

  private static int firstChar(String s) {
    String t = s.stripLeading();
    return t.isEmpty() ? -1 : t.codePointAt(0);
  }

  private static String lastWord(String s) {
    String[] w = s.strip().split("\\s+");
    return word(w.length == 0 ? "" : w[w.length - 1]);
  }

  private static String firstWord(String s) {
    String[] w = s.strip().split("\\s+");
    return word(w.length == 0 ? "" : w[0]);
  }

  /**
   * A word lower-cased without surrounding punctuation; a possessive is "’s" and nothing is "-".
   */
  private static String word(String raw) {
    String w = raw.toLowerCase(Locale.ROOT).replaceAll("^\\P{L}+|[^\\p{L}’']+$", "");
    if (w.endsWith("’s") || w.endsWith("'s")) {
      return "’s";
    }
    return w.isEmpty() ? "-" : w;
  }
}
