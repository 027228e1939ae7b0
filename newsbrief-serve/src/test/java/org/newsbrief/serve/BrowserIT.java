package org.newsbrief.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.store.ArticleStore;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** The main flows in a real headless Chromium against a server on a free loopback port. */
class BrowserIT {
  private static final Path DEMO = Path.of("..", "samples", "iran-isis-2014");

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
    store.add(Hostile.articles());
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
  void storyListLeadsToABriefingWhoseCitationsHighlightTheCitedSentence() throws IOException {
    browser.open(base);
    List<WebElement> stories = browser.driver.findElements(By.cssSelector("#stories a"));
    assertThat(stories).isNotEmpty();
    browser.screenshot("stories");
    browser.follow(storyLink("Islamic State"));

    assertThat(browser.driver.findElement(By.cssSelector("#summary h2")).getText())
        .isEqualTo("What happened");
    List<WebElement> summary = browser.driver.findElements(By.cssSelector("#summary li"));
    assertThat(summary).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#timeline svg circle"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#coverage-table tbody tr")))
        .hasSameSizeAs(summary);
    browser.screenshot("briefing");

    // Prefer a citation deep in its article: the lead sentence would be found by accident.
    WebElement item =
        summary.stream()
            .filter(
                li ->
                    !li.findElement(By.cssSelector("a.cite"))
                        .getDomAttribute("href")
                        .endsWith("#s-0"))
            .findFirst()
            .orElse(summary.get(0));
    WebElement cite = item.findElement(By.cssSelector("a.cite"));
    String sentence = item.getText().replaceAll("\\s*\\[\\d+\\].*$", "").strip();
    browser.follow(cite);
    browser.screenshot("article-cited");

    String url = browser.driver.getCurrentUrl();
    assertThat(url).contains("/article/").containsPattern("#s-\\d+$");
    WebElement cited = browser.driver.findElement(By.cssSelector(".sentence.cited"));
    assertThat(cited.getDomAttribute("id")).isEqualTo(url.substring(url.indexOf('#') + 1));
    assertThat(normalise(sentence)).contains(normalise(cited.getText()));
    assertThat(
            (Boolean)
                browser.script(
                    "const r = document.querySelector('.sentence.cited').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;"))
        .as("the cited sentence is scrolled into view")
        .isTrue();
    browser.screenshot("article-cited");
  }

  @Test
  void searchMarksTheMatchingWords() throws IOException {
    browser.open(base);
    WebElement box = browser.driver.findElement(By.id("search-q"));
    box.sendKeys("Harf");
    browser.driver.executeScript("document.body.dataset.ready = 'leaving'");
    box.submit();
    browser.awaitRendered();

    assertThat(browser.driver.getCurrentUrl()).contains("/search?q=Harf");
    assertThat(browser.driver.findElements(By.cssSelector("#hits .hit"))).isNotEmpty();
    List<String> marked =
        browser.driver.findElements(By.cssSelector("#hits mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(marked).isNotEmpty().allMatch(m -> m.equalsIgnoreCase("harf"));
    browser.screenshot("search");

    browser.open(base + "search?speaker=Jane+Doe");
    assertThat(browser.driver.findElements(By.cssSelector("#hits .hit > a:first-child")))
        .isNotEmpty()
        .allMatch(a -> a.getText().contains("Harbour plan"));
  }

  @Test
  void quoteBoardGroupsQuotesBySpeaker() throws Exception {
    browser.open(base);
    browser.follow(storyLink("Islamic State"));
    String story = browser.driver.getCurrentUrl().replaceAll(".*/story/", "");
    JsonNode briefing = getJson("api/stories/" + story + "/briefing").get("briefing");
    Set<String> speakers = new LinkedHashSet<>();
    for (JsonNode q : briefing.get("quotes")) {
      JsonNode s = q.get("speaker");
      speakers.add(
          s.get("role").isNull()
              ? s.get("name").asText()
              : s.get("name").asText() + ", " + s.get("role").asText());
    }
    List<String> headings = new ArrayList<>();
    for (WebElement h : browser.driver.findElements(By.cssSelector("#quotes .speaker h3"))) {
      headings.add(h.getText());
    }
    assertThat(headings).containsExactlyElementsOf(speakers);
    assertThat(browser.driver.findElements(By.cssSelector("#quotes blockquote")))
        .hasSize(briefing.get("quotes").size());
    browser.driver.findElement(By.id("quotes")).click();
    browser.script("document.getElementById('quotes').scrollIntoView()");
    browser.screenshot("quote-board");
  }

  @Test
  void hostileArticleTextNeverRuns() throws IOException {
    browser.open(base);
    browser.follow(storyLink("Harbour plan"));
    assertNothingRan("hostile-briefing");
    browser.follow(browser.driver.findElement(By.cssSelector("#sources a")));
    assertNothingRan("hostile-article");
    assertThat(text()).contains("<script>window.pwned = 1;");
    assertThat(browser.driver.findElements(By.linkText("Original"))).isEmpty();
    browser.open(base + "search?q=harbour");
    assertNothingRan("hostile-search");
    browser.driver.get(base + "api/stories/" + storyId("Harbour plan") + "/briefing.html");
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("<script>");
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    assertThatThrownBy(() -> browser.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  private static void assertNothingRan(String screenshot) throws IOException {
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    assertThat(browser.driver.getTitle()).isNotEqualTo("pwned").endsWith(" · newsbrief");
    assertThatThrownBy(() -> browser.driver.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(
            browser.script(
                "return document.querySelectorAll('main script, main img, main iframe, main b,"
                    + " main [onerror], main [onclick], main [onload], main [onmouseover],"
                    + " main a[href^=\"javascript\"], main svg:not(.timeline-chart)').length"))
        .as("elements built from article text")
        .isEqualTo(0L);
    assertThat(text()).contains("<");
    browser.screenshot(screenshot);
  }

  private static String text() {
    return browser.driver.findElement(By.tagName("main")).getText();
  }

  private static WebElement storyLink(String titlePart) {
    return browser.driver.findElements(By.cssSelector("#stories a")).stream()
        .filter(a -> a.getText().contains(titlePart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no story titled with " + titlePart));
  }

  private static String storyId(String titlePart) throws IOException {
    for (JsonNode s : getJson("api/stories").get("stories")) {
      if (s.get("title").asText().contains(titlePart)) {
        return s.get("id").asText();
      }
    }
    throw new AssertionError("no story titled with " + titlePart);
  }

  private static JsonNode getJson(String path) throws IOException {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      return ApiJson.MAPPER.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
