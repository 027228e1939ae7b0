package org.newsbrief.clean;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A signature line at the end of a text: the last paragraph of a run of paragraphs, short, whose
 * first line (up to a {@code <br>}) may be a name ("Benni<br>
 * 10. September 2017", "Kazım Türkmen<br>
 * Vorsitzender", "© 2019 Sven Schreivogel"). The line is a byline candidate; whether it names the
 * author is for {@link BylineModel} to weigh.
 */
final class BylineSignatures {
  /** Paragraphs before the signature, among its parent's children. */
  private static final int MIN_BEFORE = 2;

  /** The most characters a signature paragraph holds, and its first line. */
  private static final int MAX_PARAGRAPH = 160;

  private static final int MAX_LINE = 60;
  private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\))\\s*(?:\\d{4}\\s*)?");

  private BylineSignatures() {}

  /** The first line of paragraph {@code p} when {@code p} ends a run of paragraphs, else null. */
  static @Nullable String line(Element p) {
    Element parent = p.parent();
    if (parent == null || !endsRun(parent, p.siblingIndex())) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    if (!BylineLabels.append(p, b) || b.length() > MAX_PARAGRAPH) {
      return null;
    }
    String first = firstLine(p);
    first = COPYRIGHT.matcher(first).replaceFirst("").strip();
    return first.length() < 3 || first.length() > MAX_LINE ? null : first;
  }

  /**
   * Whether the child at {@code index} is followed by no other paragraph and preceded by at least
   * {@link #MIN_BEFORE} paragraphs or block quotes among the parent's next and previous elements.
   */
  private static boolean endsRun(Element parent, int index) {
    for (int i = index + 1; i < parent.childNodeSize(); i++) {
      if (parent.childNode(i) instanceof Element next) {
        if (next.normalName().equals("p")) {
          return false;
        }
        break;
      }
    }
    int before = 0;
    for (int i = index - 1; i >= 0 && before < MIN_BEFORE; i--) {
      if (parent.childNode(i) instanceof Element prev) {
        String name = prev.normalName();
        if (!name.equals("p") && !name.equals("blockquote")) {
          return false;
        }
        before++;
      }
    }
    return before >= MIN_BEFORE;
  }

  /** The paragraph's text up to its first {@code <br>}, white space normalised. */
  private static String firstLine(Element p) {
    StringBuilder b = new StringBuilder();
    for (Node n : p.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element child) {
        if (child.normalName().equals("br")) {
          if (!b.toString().isBlank()) {
            break;
          }
          continue;
        }
        b.append(child.text());
      }
    }
    return b.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
