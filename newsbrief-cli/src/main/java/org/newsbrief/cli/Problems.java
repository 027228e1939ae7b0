package org.newsbrief.cli;

import org.newsbrief.ingest.PrintableText;
import org.newsbrief.model.Problem;

/** How a problem is printed on stderr: one line, whatever its input's name holds. */
final class Problems {
  private Problems() {}

  /** "input: message", both escaped with {@link PrintableText}. */
  static String printable(Problem p) {
    return PrintableText.of(p.input()) + ": " + PrintableText.of(p.message());
  }
}
