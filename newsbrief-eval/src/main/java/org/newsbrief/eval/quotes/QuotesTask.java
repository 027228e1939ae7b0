package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;

/**
 * Direct quotations on PolNeAR: a gold direct relation (content holding a quotation mark) is found
 * when a predicted quotation overlaps its content; it is attributed when that quotation's speaker
 * overlaps its source. Reports precision (predicted quotations overlapping some gold content),
 * recall and F1 of finding, {@code attribution_accuracy} (attributed / found, among relations with
 * a source) and {@code attribution_recall} (attributed / all gold direct relations with a source).
 * Reads the {@code dev} compartment when given the PolNeAR folder; one annotator file per article
 * (the lexicographically first). Plugged-in {@link QuotePeer}s are scored the same way (option
 * {@code peers}: see {@link Peers#of}).
 */
public final class QuotesTask implements EvalTask {
  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String description() {
    return "PolNeAR direct quotes: finding and speaker attribution";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("dev")) ? data.resolve("dev") : data;
    int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
    Map<String, Path> articles = new LinkedHashMap<>();
    for (Path ann : annotationFiles(root.resolve("attributions"), limit)) {
      String article = ann.getFileName().toString().replaceFirst("_[^_]*\\.ann$", "");
      articles.put(root.resolve("text").resolve(article + ".txt").toString(), ann);
    }
    QuoteFinder finder = new QuoteFinder();
    boolean errors = Boolean.parseBoolean(options.get("errors"));
    Map<String, Double> system = score(articles, finder::find, errors);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    for (QuotePeer peer : Peers.of(QuotePeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = score(articles, peer::find, false);
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    return new EvalReport(name(), data.toString(), system, peers);
  }

  /** Scores one system on every article (text path to annotation file). */
  private static Map<String, Double> score(
      Map<String, Path> articles, Function<String, List<QuoteSpan>> finder, boolean errors)
      throws IOException {
    int predicted = 0;
    int predictedCorrect = 0;
    int gold = 0;
    int found = 0;
    int withSource = 0;
    int foundWithSource = 0;
    int attributed = 0;
    long tokens = 0;
    long nanos = 0;
    for (Map.Entry<String, Path> entry : articles.entrySet()) {
      Path ann = entry.getValue();
      String text = Files.readString(Path.of(entry.getKey()), StandardCharsets.UTF_8);
      List<Attribution> relations = Attribution.read(ann, text);
      long start = System.nanoTime();
      List<QuoteSpan> quotes = finder.apply(text);
      nanos += System.nanoTime() - start;
      tokens += text.split("\\s+").length;
      predicted += quotes.size();
      for (QuoteSpan q : quotes) {
        if (relations.stream()
            .anyMatch(r -> Attribution.overlaps(r.content(), q.start(), q.end()))) {
          predictedCorrect++;
        }
      }
      for (Attribution r : relations) {
        if (!r.direct()) {
          continue;
        }
        gold++;
        boolean hasSource = !r.source().isEmpty();
        withSource += hasSource ? 1 : 0;
        QuoteSpan match = null;
        for (QuoteSpan q : quotes) {
          if (Attribution.overlaps(r.content(), q.start(), q.end())) {
            match = q;
            break;
          }
        }
        if (match == null) {
          continue;
        }
        found++;
        if (hasSource) {
          foundWithSource++;
          if (match.attributed()
              && Attribution.overlaps(r.source(), match.speakerStart(), match.speakerEnd())) {
            attributed++;
          } else if (errors) {
            System.err.println(ErrorLine.of(text, r.source().get(0), match));
          }
        }
      }
    }
    double p = ratio(predictedCorrect, predicted);
    double r = ratio(found, gold);
    Map<String, Double> system = new TreeMap<>();
    system.put("precision", p);
    system.put("recall", r);
    system.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    system.put("attribution_accuracy", ratio(attributed, foundWithSource));
    system.put("attribution_recall", ratio(attributed, withSource));
    system.put("tokens_per_s", tokens / Math.max(nanos / 1e9, 1e-9));
    return system;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static List<Path> annotationFiles(Path folder, int limit) throws IOException {
    Map<String, Path> firstPerArticle = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String article = ann.getFileName().toString().replaceFirst("_[^_]*\\.ann$", "");
        firstPerArticle.putIfAbsent(article, ann);
      }
    }
    return firstPerArticle.values().stream().limit(limit).toList();
  }
}
