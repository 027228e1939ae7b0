package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.dankito.readability4j.Readability4J;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Page metadata coverage on AEB ({@code aeb/} folder or its parent), which has no metadata ground
 * truth beyond each page's URL: the share of pages for which the cleaner finds a byline, a
 * canonical URL, a language and a publication date from the HTML alone ({@code *_found}), the date
 * share when the page URL is also given ({@code date_found_with_url}), and the share whose
 * canonical URL equals the benchmark's URL up to scheme, {@code www.} and a trailing slash ({@code
 * url_matches}). readability4j's byline is measured on the same pages. Option {@code show=true}
 * prints each page's values to stderr, for reading by eye.
 */
public final class MetadataTask implements EvalTask {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "metadata";
  }

  @Override
  public String description() {
    return "page metadata coverage (byline, canonical URL, language, date) on AEB vs readability4j";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("aeb")) ? data.resolve("aeb") : data;
    JsonNode truth = MAPPER.readTree(root.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    for (String id : Files.readAllLines(root.resolve("ids.txt"))) {
      if (!id.isBlank() && truth.has(id.strip())) {
        ids.add(id.strip());
      }
    }
    boolean show = "true".equals(options.get("show"));
    NewsCleaner cleaner = new NewsCleaner();
    double byline = 0, url = 0, language = 0, date = 0, dateWithUrl = 0, matches = 0, peer = 0;
    for (String id : ids) {
      String html = ExtractTask.read(root.resolve("html").resolve(id + ".html.gz"));
      String pageUrl = truth.get(id).path("url").asText("");
      Article alone = clean(cleaner, RawDocument.of(id, SourceFormat.HTML, html));
      Article withUrl =
          clean(
              cleaner,
              new RawDocument(id, SourceFormat.HTML, html, pageUrl, null, null, null, null, null));
      String peerByline = readabilityByline(pageUrl, html);
      byline += alone != null && alone.byline() != null ? 1 : 0;
      url += alone != null && alone.url() != null ? 1 : 0;
      language += alone != null && alone.language() != null ? 1 : 0;
      date += alone != null && alone.published() != null ? 1 : 0;
      dateWithUrl += withUrl != null && withUrl.published() != null ? 1 : 0;
      matches += alone != null && sameUrl(alone.url(), pageUrl) ? 1 : 0;
      peer += peerByline != null && !peerByline.isBlank() ? 1 : 0;
      if (show && alone != null) {
        System.err.printf(
            "%s\tby=%s\tlang=%s\tdate=%s/%s\turl=%s\tpage=%s\tr4j_by=%s%n",
            id,
            alone.byline(),
            alone.language(),
            alone.published(),
            withUrl == null ? null : withUrl.published(),
            alone.url(),
            pageUrl,
            peerByline);
      }
    }
    double n = Math.max(ids.size(), 1);
    Map<String, Double> own = new TreeMap<>();
    own.put("documents", (double) ids.size());
    own.put("byline_found", byline / n);
    own.put("url_found", url / n);
    own.put("url_matches", matches / n);
    own.put("language_found", language / n);
    own.put("date_found", date / n);
    own.put("date_found_with_url", dateWithUrl / n);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    peers.put(
        "readability4j_1.0.8", Map.of("documents", (double) ids.size(), "byline_found", peer / n));
    return new EvalReport(name(), data.toString(), own, peers);
  }

  private static @Nullable Article clean(NewsCleaner cleaner, RawDocument document) {
    try {
      return cleaner.clean(document);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String readabilityByline(String pageUrl, String html) {
    try {
      return new Readability4J(pageUrl.isEmpty() ? "https://example.com/" : pageUrl, html)
          .parse()
          .getByline();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Equal up to scheme, a leading {@code www.}, case of the host and a trailing slash. */
  static boolean sameUrl(@Nullable String found, String expected) {
    return found != null && !expected.isEmpty() && key(found).equals(key(expected));
  }

  private static String key(String url) {
    String s = url.strip().replaceFirst("^(?i)https?://(www\\.)?", "");
    int slash = s.indexOf('/');
    String host = slash < 0 ? s : s.substring(0, slash);
    String rest = slash < 0 ? "" : s.substring(slash);
    return host.toLowerCase(Locale.ROOT) + rest.replaceFirst("/+$", "");
  }
}
