package org.newsbrief.eval.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;

/**
 * Main text, publication date and byline on the web-eval pages (trafilatura's and htmldate's own
 * evaluation sets), each page read from its HTML bytes alone, without its URL, as the published
 * peers were measured: body {@code precision}, {@code recall}, {@code accuracy} and {@code f1} by
 * trafilatura's snippet metric ({@link SnippetScore}), {@code date_accuracy} (htmldate's exact
 * day), {@code byline_accuracy} ({@link BylineMatch}). The README's published full-set figures are
 * the peers. Options: {@code pages=DIR} (unpacked pages; default: {@code pages/} beside the data,
 * else {@code pages.tar.xz} unpacked to a temporary folder), {@code
 * show=body|date|byline|failed|language} (each miss to stderr, for reading by eye), {@code
 * language=false} (skip the language measurement: each page that declares a language in {@code
 * <html lang>} is read again with every declaration hidden, and the detected language is compared
 * with the declared one), {@code dump=FILE} ({@link ExtractionDump}: every page's extraction and
 * date and byline candidates, one JSON line a page, to compare two builds).
 */
public final class WebPagesTask implements EvalTask {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @Override
  public String name() {
    return "webpages";
  }

  @Override
  public String description() {
    return "main text, date and byline on trafilatura's and htmldate's eval pages vs published"
        + " figures";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    JsonNode gold = MAPPER.readTree(data.resolve("gold.json").toFile());
    String show = options.getOrDefault("show", "");
    int limit = EvalOptions.limit(options);
    try (WebEvalPages pages = WebEvalPages.open(data, options.get("pages"));
        ExtractionDump dump = ExtractionDump.open(options)) {
      pages.measuringLanguages(!"false".equals(options.get("language"))).dumpingTo(dump);
      Map<String, WebPageResult> results = new HashMap<>();
      SnippetScore body = new SnippetScore();
      double bylines = 0, bylineRight = 0;
      for (JsonNode item : first(gold.path("trafilatura_evaldata"), limit)) {
        WebPageResult r = results.computeIfAbsent(item.path("page").asText(), pages::extract);
        body.add(strings(item.path("with")), strings(item.path("without")), r.text());
        if (show.equals("body")) {
          r.showBody(item, System.err);
        }
        if (show.equals("counts")) {
          SnippetScore one = new SnippetScore();
          one.add(strings(item.path("with")), strings(item.path("without")), r.text());
          System.err.println(r.page() + "\t" + one.counts());
        }
        String author = author(item.path("author"));
        if (!author.isBlank()) {
          bylines++;
          boolean right = BylineMatch.same(r.byline(), author);
          bylineRight += right ? 1 : 0;
          if (!right && show.equals("byline")) {
            System.err.printf("%s\tgold=%s\tfound=%s%n", r.page(), author, r.byline());
          }
        }
      }
      double dates = 0, tp = 0, fp = 0;
      for (JsonNode item : first(gold.path("htmldate_eval"), limit)) {
        WebPageResult r = results.computeIfAbsent(item.path("page").asText(), pages::extract);
        dates++;
        String found = r.published();
        if (found != null && found.equals(item.path("date").asText())) {
          tp++;
        } else if (found != null) {
          fp++;
        }
        if (!item.path("date").asText().equals(found) && show.equals("date")) {
          System.err.printf(
              "%s\tgold=%s\tfound=%s\t%s%n",
              r.page(), item.path("date").asText(), found, item.path("file").asText());
        }
      }
      if (show.equals("failed")) {
        results.values().stream()
            .filter(r -> r.error() != null)
            .forEach(r -> System.err.println(r.page() + "\t" + r.error()));
      }
      Map<String, Double> own = new TreeMap<>(body.metrics());
      own.put("date_accuracy", tp / Math.max(dates, 1));
      own.put("date_precision", tp / Math.max(tp + fp, 1));
      own.put("date_recall", tp / Math.max(dates - fp, 1));
      own.put("byline_accuracy", bylineRight / Math.max(bylines, 1));
      own.put("documents", (double) results.size());
      if (!"false".equals(options.get("language"))) {
        languages(results.values(), own, show.equals("language"));
      }
      own.put(
          "documents_failed",
          (double) results.values().stream().filter(r -> r.text() == null).count());
      return new EvalReport(name(), data.toString(), own, PublishedPeers.webEval());
    }
  }

  /**
   * Language detection on the pages that declare one in {@code <html lang>}, read again with every
   * declaration hidden: {@code language_accuracy} (detected = declared, over those pages) and
   * {@code language_coverage} (share given any language).
   */
  private static void languages(
      java.util.Collection<WebPageResult> results, Map<String, Double> own, boolean show) {
    double declared = 0, right = 0, given = 0;
    for (WebPageResult r : results) {
      if (r.declared() == null || r.text() == null) {
        continue;
      }
      declared++;
      given += r.detected() != null ? 1 : 0;
      right += r.declared().equals(r.detected()) ? 1 : 0;
      if (show && !r.declared().equals(r.detected())) {
        System.err.printf("%s\tdeclared=%s\tdetected=%s%n", r.page(), r.declared(), r.detected());
      }
    }
    own.put("documents_language_declared", declared);
    own.put("language_accuracy", right / Math.max(declared, 1));
    own.put("language_coverage", given / Math.max(declared, 1));
  }

  /** The author label: a string, or a list of names joined by commas; blank when there is none. */
  static String author(JsonNode label) {
    return label.isArray() ? String.join(", ", strings(label)) : label.asText("");
  }

  private static List<JsonNode> first(JsonNode array, int limit) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (out.size() == limit) {
        break;
      }
      out.add(n);
    }
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
