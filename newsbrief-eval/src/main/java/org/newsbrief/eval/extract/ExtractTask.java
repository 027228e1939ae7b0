package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Body extraction on AEB ({@code aeb/} folder or its parent): newsbrief's cleaner, boilerpipe's
 * ArticleExtractor and readability4j run here on every page, and Mozilla Readability runs in Node
 * ({@link NodeReadability}) on the same pages; each is timed on a warm second pass ({@code
 * pages_per_s} from the summed per-page times). The published outputs in {@code peer-outputs/} are
 * scored on the same pages. Options: {@code limit} (pages), {@code published=false} to leave out
 * published outputs, {@code mozilla=false} to leave out Node, and those of {@link
 * NodeReadability#locate}; {@code dump=FILE} writes every page's extraction ({@link
 * ExtractionDump}) first, to compare two builds.
 */
public final class ExtractTask implements EvalTask {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String description() {
    return "article body extraction (AEB metric) vs boilerpipe, readability4j, Mozilla Readability,"
        + " published outputs";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("aeb")) ? data.resolve("aeb") : data;
    int limit = EvalOptions.limit(options);
    JsonNode truth = MAPPER.readTree(root.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    for (String id : Files.readAllLines(root.resolve("ids.txt"))) {
      if (!id.isBlank() && truth.has(id.strip()) && ids.size() < limit) {
        ids.add(id.strip());
      }
    }
    Map<String, String> html = new LinkedHashMap<>();
    for (String id : ids) {
      html.put(id, read(root.resolve("html").resolve(id + ".html.gz")));
    }
    NewsCleaner cleaner = new NewsCleaner();
    ExtractionDump.pages(options, html, cleaner);
    Map<String, Function<String, String>> systems = new LinkedHashMap<>();
    systems.put("newsbrief", h -> newsbrief(cleaner, h));
    systems.put("boilerpipe_1.2.2", ExtractTask::boilerpipe);
    systems.put(
        "readability4j_1.0.8",
        h -> new Readability4J("https://example.com/", h).parse().getTextContent());
    Map<String, Map<String, Double>> results = new TreeMap<>();
    for (Map.Entry<String, Function<String, String>> system : systems.entrySet()) {
      results.put(system.getKey(), run(ids, truth, html, system.getValue()));
    }
    if (!"false".equals(options.get("mozilla"))) {
      mozilla(ids, truth, html, options).ifPresent(m -> results.put(NodeReadability.PEER, m));
    }
    if (!"false".equals(options.get("published"))) {
      results.putAll(published(root, ids, truth));
    }
    Map<String, Double> own = java.util.Objects.requireNonNull(results.remove("newsbrief"));
    return new EvalReport(name(), data.toString(), own, results);
  }

  private static Map<String, Double> run(
      List<String> ids, JsonNode truth, Map<String, String> html, Function<String, String> system) {
    int warm = 0;
    for (String id : ids) {
      try {
        warm += String.valueOf(system.apply(html.get(id))).length();
      } catch (RuntimeException e) {
        warm--;
      }
    }
    if (warm == Integer.MIN_VALUE) {
      throw new IllegalStateException("unreachable: keeps the warm-up from being optimised away");
    }
    ShingleScore score = new ShingleScore();
    long nanos = 0;
    for (String id : ids) {
      long start = System.nanoTime();
      String out;
      try {
        out = system.apply(html.get(id));
      } catch (RuntimeException e) {
        out = "";
      }
      nanos += System.nanoTime() - start;
      score.add(truth.get(id).path("articleBody").asText(), out == null ? "" : out);
    }
    Map<String, Double> metrics = new TreeMap<>(score.metrics());
    metrics.put("pages_per_s", ids.size() / Math.max(nanos / 1e9, 1e-9));
    return metrics;
  }

  private static Optional<Map<String, Double>> mozilla(
      List<String> ids, JsonNode truth, Map<String, String> html, Map<String, String> options) {
    Optional<NodeReadability> node = NodeReadability.locate(options, System.err);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> urls = new LinkedHashMap<>();
    ids.forEach(id -> urls.put(id, truth.get(id).path("url").asText("https://example.com/")));
    Map<String, NodeReadability.Output> outputs;
    try {
      outputs = node.get().run(html, urls, System.err);
    } catch (IOException e) {
      System.err.println(NodeReadability.PEER + " skipped: " + e.getMessage());
      return Optional.empty();
    }
    ShingleScore score = new ShingleScore();
    double ms = 0;
    for (String id : ids) {
      NodeReadability.Output out = java.util.Objects.requireNonNull(outputs.get(id));
      score.add(truth.get(id).path("articleBody").asText(), out.text());
      ms += out.ms();
    }
    Map<String, Double> metrics = new TreeMap<>(score.metrics());
    metrics.put("pages_per_s", ids.size() / Math.max(ms / 1e3, 1e-9));
    return Optional.of(metrics);
  }

  private static Map<String, Map<String, Double>> published(
      Path root, List<String> ids, JsonNode truth) throws IOException {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    Path folder = root.resolve("peer-outputs");
    if (!Files.isDirectory(folder)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode output = MAPPER.readTree(file.toFile()).path("output");
      ShingleScore score = new ShingleScore();
      for (String id : ids) {
        score.add(
            truth.get(id).path("articleBody").asText(),
            output.path(id).path("articleBody").asText(""));
      }
      String name = file.getFileName().toString().replace(".json", "") + "_published";
      out.put(name, score.metrics());
    }
    return out;
  }

  static String newsbrief(NewsCleaner cleaner, String html) {
    try {
      return String.join(
          "\n", cleaner.clean(RawDocument.of("page", SourceFormat.HTML, html)).paragraphs());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String boilerpipe(String html) {
    try {
      return ArticleExtractor.INSTANCE.getText(html);
    } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
      return "";
    }
  }

  static String read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
