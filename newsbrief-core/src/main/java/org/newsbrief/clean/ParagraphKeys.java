package org.newsbrief.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The forms in which paragraphs are compared and articles named: a paragraph's key (lower case, no
 * quote marks, whitespace runs as one space), so that a paragraph a page repeats is kept once, and
 * an article's id, a hash of its text's key.
 */
final class ParagraphKeys {
  private static final String QUOTE_MARKS = "\"“”'’";

  private ParagraphKeys() {}

  /**
   * {@code text} lower-cased, without quote marks, with each run of whitespace as one space: the
   * form in which two paragraphs count as the same. One pass, lower-casing char by char; text with
   * a character whose lower case depends on its context (capital sigma, dotted capital I,
   * surrogates) takes the whole-string path, so the result is always that of {@link
   * String#toLowerCase(Locale)} with {@link Locale#ROOT}.
   */
  static String key(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
          return slowKey(text);
        }
        c = Character.toLowerCase(c);
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2019') {
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) {
          out[n++] = ' ';
          inSpace = true;
        }
      } else {
        out[n++] = c;
        inSpace = false;
      }
    }
    return new String(out, 0, n).strip();
  }

  private static String slowKey(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (QUOTE_MARKS.indexOf(c) >= 0) {
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) {
          out.append(' ');
          inSpace = true;
        }
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().strip();
  }

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is always available", e);
            }
          });

  /** The article id: the first 5 bytes of the SHA-256 of the paragraphs' {@link #key}, in hex. */
  static String id(List<String> paragraphs) {
    MessageDigest sha = SHA256.get();
    byte[] hash = sha.digest(key(String.join("\n", paragraphs)).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 5);
  }
}
