package org.newsbrief.ingest;

/**
 * Makes untrusted text (file names, URLs, messages quoting input) safe to print on one line of a
 * terminal or a text report: line breaks, other control characters, and the invisible characters
 * that change text direction are written as escapes ({@code \n}, {@code \t}, {@code \x1b}, {@code
 * \u202e}), and a backslash is doubled so an escape in the output always means one in the input. A
 * name with a newline can then no longer forge a report line.
 */
public final class PrintableText {
  private PrintableText() {}

  /** {@code text} with every character that could forge or reorder a line escaped. */
  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static @org.jspecify.annotations.Nullable String escape(char c) {
    return switch (c) {
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> unsafe(c) ? hex(c) : null;
    };
  }

  /** Control characters, line and paragraph separators, and bidi embeddings, overrides, marks. */
  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\ufeff';
  }

  private static String hex(char c) {
    return c <= 0xff
        ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c)
        : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
  }
}
