package org.newsbrief.eval.quotes;

import java.util.TreeMap;
import org.newsbrief.analyze.quote.QuoteSpan;

/**
 * One attribution error for {@code --set errors=true}: the gold source, the predicted speaker and
 * the text around both, with the gold source in [[ ]], the predicted speaker in {{ }} and the
 * quotation in « ».
 */
final class ErrorLine {
  private ErrorLine() {}

  static String of(String text, int[] source, QuoteSpan match) {
    TreeMap<Integer, String> marks = new TreeMap<>();
    marks.merge(source[0], "[[", String::concat);
    marks.merge(source[1], "]]", (a, b) -> b + a);
    marks.merge(match.start(), "«", String::concat);
    marks.merge(match.end(), "»", (a, b) -> b + a);
    int from = Math.min(match.start(), source[0]);
    int to = Math.max(match.end(), source[1]);
    if (match.attributed()) {
      marks.merge(match.speakerStart(), "{{", String::concat);
      marks.merge(match.speakerEnd(), "}}", (a, b) -> b + a);
      from = Math.min(from, match.speakerStart());
      to = Math.max(to, match.speakerEnd());
    }
    from = Math.max(0, from - 60);
    to = Math.min(text.length(), to + 60);
    StringBuilder out = new StringBuilder();
    int at = from;
    for (var mark : marks.subMap(from, true, to, true).entrySet()) {
      out.append(text, at, mark.getKey()).append(mark.getValue());
      at = mark.getKey();
    }
    out.append(text, at, to);
    String gold = text.substring(source[0], source[1]);
    return "GOLD=" + gold + "\tPRED=" + match.speaker() + "\t" + out.toString().replace('\n', ' ');
  }
}
