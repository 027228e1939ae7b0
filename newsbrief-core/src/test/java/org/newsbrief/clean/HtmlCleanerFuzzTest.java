package org.newsbrief.clean;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Fuzzes the HTML cleaner: any page either cleans to an article or is refused with {@link
 * IllegalArgumentException} ("nothing of an article is left"); nothing else may escape, and it must
 * not hang. Runs its kept inputs in {@code mvn verify}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class HtmlCleanerFuzzTest {
  private static final NewsCleaner CLEANER = new NewsCleaner();

  @FuzzTest(maxDuration = "15m")
  void cleansAnyPage(byte[] data) {
    String html = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    try {
      Article article =
          CLEANER.clean(
              new RawDocument(
                  "fuzz.html", SourceFormat.HTML, html, "https://example.com/a", null, null, null));
      if (article.title() == null) {
        throw new IllegalStateException("an article always has a title");
      }
    } catch (IllegalArgumentException refused) {
      // a page with nothing of an article in it: the documented refusal
    }
  }
}
