package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * What newsbrief read from one web-eval page.
 *
 * @param page the page id
 * @param text the main text, paragraphs joined by newlines; null when the page was refused
 * @param published the publication day, {@code YYYY-MM-DD}
 * @param byline the names, comma-separated
 * @param error why the page was refused
 * @param declared the primary language subtag the page's {@code <html lang>} declares
 * @param detected the language newsbrief gives when every declaration is hidden
 */
record WebPageResult(
    String page,
    @Nullable String text,
    @Nullable String published,
    @Nullable String byline,
    @Nullable String error,
    @Nullable String declared,
    @Nullable String detected) {

  static WebPageResult failed(String page, String error) {
    return new WebPageResult(page, null, null, null, error, null, null);
  }

  /** Prints the snippets this page got wrong. */
  void showBody(JsonNode item, PrintStream err) {
    String body = text == null ? null : SnippetScore.normalise(text);
    for (JsonNode s : item.path("with")) {
      if (body == null || !body.contains(SnippetScore.normalise(s.asText()))) {
        err.printf("%s\tMISSED\t%s%s%n", page, s.asText(), error == null ? "" : "\t" + error);
      }
    }
    for (JsonNode s : item.path("without")) {
      if (body != null && body.contains(SnippetScore.normalise(s.asText()))) {
        err.printf("%s\tKEPT\t%s%n", page, s.asText());
      }
    }
  }
}
