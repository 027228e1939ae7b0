package org.newsbrief.analyze.entity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The features {@link TypeContext} reads of one name in one document: the name's words (lower
 * case), first and last word, three-letter suffixes, length, shape; and, averaged over its
 * mentions, the two words each side and the first personal pronoun within {@value #PRONOUN_WINDOW}
 * tokens after it in the sentence. One code path for training (CoNLL tokens) and the briefing
 * (sentences tokenised by {@link NerTokens}).
 */
public final class TypeFeatures {
  private static final int PRONOUN_WINDOW = 20;
  private static final Map<String, String> PRONOUNS =
      Map.ofEntries(
          Map.entry("he", "m"),
          Map.entry("him", "m"),
          Map.entry("his", "m"),
          Map.entry("she", "f"),
          Map.entry("her", "f"),
          Map.entry("it", "it"),
          Map.entry("its", "it"),
          Map.entry("they", "pl"),
          Map.entry("their", "pl"),
          Map.entry("them", "pl"));

  /**
   * One mention: the sentence's tokens and the name's tokens {@code start} to {@code end}.
   *
   * @param tokens the sentence's tokens
   * @param start the name's first token
   * @param end one past the name's last token
   */
  public record At(List<String> tokens, int start, int end) {}

  private TypeFeatures() {}

  /** The features of the name written as {@code name} (its tokens) with mentions {@code at}. */
  public static Map<String, Double> of(List<String> name, List<At> at) {
    Map<String, Double> x = new HashMap<>();
    x.put("bias", 1.0);
    x.put("nw=" + Math.min(name.size(), 4), 1.0);
    x.put("first=" + lower(name.get(0)), 1.0);
    x.put("last=" + lower(name.get(name.size() - 1)), 1.0);
    for (String w : name) {
      String l = lower(w);
      x.put("w=" + l, 1.0);
      x.put("suf3=" + l.substring(Math.max(0, l.length() - 3)), 1.0);
    }
    String joined = String.join(" ", name);
    x.put("shape=" + shape(joined), 1.0);
    if (joined.equals(joined.toUpperCase(Locale.ROOT)) && !joined.equals(lower(joined))) {
      x.put("allcaps", 1.0);
    }
    for (At m : at) {
      List<String> t = m.tokens();
      String p1 = m.start() > 0 ? lower(t.get(m.start() - 1)) : "<s>";
      String p2 = m.start() > 1 ? lower(t.get(m.start() - 2)) : "<s>";
      String n1 = m.end() < t.size() ? lower(t.get(m.end())) : "</s>";
      String n2 = m.end() + 1 < t.size() ? lower(t.get(m.end() + 1)) : "</s>";
      double v = 1.0 / at.size();
      for (String f :
          List.of(
              "p1=" + p1,
              "p2=" + p2,
              "n1=" + n1,
              "n2=" + n2,
              "p12=" + p2 + "_" + p1,
              "n12=" + n1 + "_" + n2)) {
        x.merge(f, v, Double::sum);
      }
      for (int i = m.end(); i < Math.min(t.size(), m.end() + PRONOUN_WINDOW); i++) {
        String pronoun = PRONOUNS.get(lower(t.get(i)));
        if (pronoun != null) {
          x.merge("pron=" + pronoun, v, Double::sum);
          break;
        }
      }
      if (m.start() == 0) {
        x.merge("sentstart", v, Double::sum);
      }
    }
    return x;
  }

  /** Where the tokens {@code name} occur in {@code tokens} (every start). */
  public static List<At> find(List<String> name, List<String> tokens) {
    List<At> found = new java.util.ArrayList<>();
    for (int a = 0; a + name.size() <= tokens.size(); a++) {
      if (tokens.subList(a, a + name.size()).equals(name)) {
        found.add(new At(tokens, a, a + name.size()));
      }
    }
    return found;
  }

  /** A stable 64-bit hash of a feature (FNV-1a over its UTF-8 bytes). */
  public static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Capitals as X, small letters as x, digits as d, runs of more than two cut to two. */
  static String shape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      int n = b.length();
      if (n >= 2 && b.charAt(n - 1) == k && b.charAt(n - 2) == k) {
        continue;
      }
      b.append(k);
    }
    return b.toString();
  }
}
