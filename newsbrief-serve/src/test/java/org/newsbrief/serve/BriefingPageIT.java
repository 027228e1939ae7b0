package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.store.ArticleStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page-structure defects of issue 22 in a real headless Chromium: quote cards no taller than
 * their quotes, counts in the singular when there is one, no "unknown" placeholders, headlines
 * without their outlet's name, and a timeline axis with dates between its ends. Screenshots go to
 * target/screenshots.
 */
class BriefingPageIT {
  private static final Path DEMO = Path.of("..", "samples", "iran-isis-2014");
  private static final String PAGE =
      "<html><head><title>Council approves harbour budget after long debate - Capital Times"
          + "</title><meta property=\"og:site_name\" content=\"Capital Times\"></head><body>"
          + "<article><h1>Council approves harbour budget after long debate</h1>"
          + "<p>The city council approved the harbour budget on Monday after a long debate, the"
          + " mayor said.</p><p>The budget raises spending on the harbour by four percent,"
          + " officials said on Monday.</p></article></body></html>";

  @TempDir static Path folder;
  private static ArticleStore store;
  private static NewsServer server;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        Browser.CHROMEDRIVER.canExecute() || "true".equals(System.getenv("CI")),
        "chromium-driver is not installed (.ci/setup/chromium.sh installs it)");
    store = ArticleStore.open(folder.resolve("store"));
    store.add(new FileIngester().ingest(List.of(DEMO)).documents());
    store.add(
        List.of(
            new RawDocument(
                "harbour.html",
                SourceFormat.HTML,
                PAGE,
                "https://capitaltimes.example/harbour",
                null,
                null,
                LocalDate.of(2021, 3, 1))));
    server = NewsServer.start(store, ServeOptions.loopback(0));
    base = server.uri().toString();
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void storyListShowsHeadlinesWithoutTheOutletAndNoDatelines() throws IOException {
    browser.open(base);
    browser.screenshot("issue22-stories");
    List<String> titles =
        browser.driver.findElements(By.cssSelector("#stories a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(titles).contains("Council approves harbour budget after long debate");
    assertThat(titles).noneMatch(t -> t.endsWith("Capital Times"));
    assertThat(titles).noneMatch(t -> t.matches("^[A-Z][A-Z .,'-]+(\\([^)]*\\))?\\s*[-–—:].*"));
    assertThat(text()).doesNotContainPattern("\\b1 (articles|outlets|mentions)\\b");
  }

  @Test
  void briefingHasFittedQuoteCardsSingularCountsNoUnknownsAndADatedAxis() throws IOException {
    browser.open(base);
    browser.follow(
        browser.driver.findElements(By.cssSelector("#stories a")).stream()
            .filter(a -> a.getText().contains("Islamic State"))
            .findFirst()
            .orElseThrow());
    browser.screenshot("issue22-briefing");

    List<WebElement> cards = browser.driver.findElements(By.cssSelector("#quotes .speaker"));
    assertThat(cards).hasSizeGreaterThan(1);
    Object overgrown =
        browser.script(
            "return [...document.querySelectorAll('#quotes .speaker')].filter(c => {"
                + " const last = c.lastElementChild.getBoundingClientRect();"
                + " const box = c.getBoundingClientRect();"
                + " const pad = parseFloat(getComputedStyle(c).paddingBottom)"
                + "   + parseFloat(getComputedStyle(c).borderBottomWidth)"
                + "   + parseFloat(getComputedStyle(c.lastElementChild).marginBottom);"
                + " return box.bottom - last.bottom > pad + 2; }).length;");
    assertThat(((Number) overgrown).intValue()).as("quote cards taller than their quotes").isZero();

    String page = text();
    assertThat(page).doesNotContainPattern("\\b1 (articles|outlets|mentions)\\b");
    assertThat(page).doesNotContainIgnoringCase("unknown");
    assertThat(page).contains("undated");

    List<String> labels =
        browser.driver.findElements(By.cssSelector("#timeline svg text.label")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(labels).hasSizeGreaterThan(2).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(labels).isSorted().doesNotHaveDuplicates();
  }

  private static String text() {
    return browser.driver.findElement(By.tagName("body")).getText();
  }
}
