package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens and light stems: the one tokenizer every stance feature reads. */
final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  /** Negating tokens; any token ending in "n't" negates too. Stemming leaves them whole. */
  static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "nothing", "none", "nor", "neither", "without", "nobody");

  private Words() {}

  /** Lower-cased word tokens; an apostrophe inside a word is kept ("isn't"). */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return tokens;
  }

  /** Whether {@code token} negates: "not", "no", "never", "isn't", ... */
  static boolean negation(String token) {
    return token.endsWith("n't") || NEGATIONS.contains(token);
  }

  /**
   * A light English stem: strips possessives, plurals and -ed/-ing/-ly so that "denies", "denied"
   * and "deny" meet, without a dictionary.
   */
  static String stem(String token) {
    String w = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    if (w.length() <= 3 || w.endsWith("n't") || NEGATIONS.contains(w)) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ied") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    for (String suffix : new String[] {"ing", "ed", "ly"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        return undouble(w.substring(0, w.length() - suffix.length()));
      }
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** Stems of {@code tokens}, in order. */
  static List<String> stems(List<String> tokens) {
    List<String> stems = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      stems.add(stem(t));
    }
    return stems;
  }

  /** A 64-bit hash of {@code text[from, to)}: the key of a character n-gram. */
  static long hash(CharSequence text, int from, int to) {
    long h = 1125899906842597L;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /** A 64-bit hash of the token n-gram {@code tokens[from, to)}. */
  static long hash(List<String> tokens, int from, int to) {
    long h = 1125899906842597L;
    for (int i = from; i < to; i++) {
      h = h * 1_000_003L + tokens.get(i).hashCode();
    }
    return h;
  }
}
