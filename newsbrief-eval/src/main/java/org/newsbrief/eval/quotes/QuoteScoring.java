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
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.quote.QuoteSpan;

/**
 * Scores one system on PolNeAR articles: direct-quote finding (precision, recall, f1), {@code
 * attribution_accuracy} and {@code attribution_recall} over direct relations, and, when the system
 * reports speech without quotation marks, {@code indirect_source_accuracy} (found indirect
 * relations with a source whose predicted speaker overlaps it) and {@code indirect_recall} (found
 * indirect relations with a source over all of them).
 */
final class QuoteScoring {
  private QuoteScoring() {}

  /** Article text path to its (lexicographically first) annotation file, at most {@code limit}. */
  static Map<String, Path> articles(Path root, int limit) throws IOException {
    Map<String, Path> firstPerArticle = new TreeMap<>();
    try (Stream<Path> files = Files.list(root.resolve("attributions"))) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String article = ann.getFileName().toString().replaceFirst("_[^_]*\\.ann$", "");
        firstPerArticle.putIfAbsent(article, ann);
      }
    }
    Map<String, Path> articles = new LinkedHashMap<>();
    firstPerArticle.entrySet().stream()
        .limit(limit)
        .forEach(
            e ->
                articles.put(
                    root.resolve("text").resolve(e.getKey() + ".txt").toString(), e.getValue()));
    return articles;
  }

  static Map<String, Double> score(
      Map<String, Path> articles,
      Function<String, List<QuoteSpan>> finder,
      @Nullable Function<String, List<QuoteSpan>> reported,
      boolean errors)
      throws IOException {
    Counts direct = new Counts();
    Counts indirect = new Counts();
    int predicted = 0;
    int predictedCorrect = 0;
    long tokens = 0;
    long nanos = 0;
    for (Map.Entry<String, Path> entry : articles.entrySet()) {
      String text = Files.readString(Path.of(entry.getKey()), StandardCharsets.UTF_8);
      List<Attribution> relations = Attribution.read(entry.getValue(), text);
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
      direct.add(text, relations, quotes, true, errors);
      if (reported != null) {
        indirect.add(text, relations, reported.apply(text), false, false);
      }
    }
    double p = ratio(predictedCorrect, predicted);
    double r = ratio(direct.found, direct.gold);
    Map<String, Double> system = new TreeMap<>();
    system.put("precision", p);
    system.put("recall", r);
    system.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    system.put("attribution_accuracy", ratio(direct.attributed, direct.foundWithSource));
    system.put("attribution_recall", ratio(direct.attributed, direct.withSource));
    system.put("tokens_per_s", tokens / Math.max(nanos / 1e9, 1e-9));
    if (reported != null) {
      system.put("indirect_source_accuracy", ratio(indirect.attributed, indirect.foundWithSource));
      system.put("indirect_recall", ratio(indirect.foundWithSource, indirect.withSource));
    }
    return system;
  }

  /**
   * How well a filter drops what is not a quotation: of the spans {@code all} finds that {@code
   * kept} does not, the share overlapping no annotated content ({@code nonquote_precision}); of all
   * spans overlapping no annotated content, the share dropped ({@code nonquote_recall}).
   */
  static Map<String, Double> dropped(
      Map<String, Path> articles,
      Function<String, List<QuoteSpan>> all,
      Function<String, List<QuoteSpan>> kept)
      throws IOException {
    int dropped = 0;
    int droppedNon = 0;
    int non = 0;
    for (Map.Entry<String, Path> entry : articles.entrySet()) {
      String text = Files.readString(Path.of(entry.getKey()), StandardCharsets.UTF_8);
      List<Attribution> relations = Attribution.read(entry.getValue(), text);
      List<QuoteSpan> keptSpans = kept.apply(text);
      for (QuoteSpan q : all.apply(text)) {
        boolean isNon =
            relations.stream()
                .noneMatch(r -> Attribution.overlaps(r.content(), q.start(), q.end()));
        boolean isDropped =
            keptSpans.stream().noneMatch(k -> k.start() == q.start() && k.end() == q.end());
        non += isNon ? 1 : 0;
        dropped += isDropped ? 1 : 0;
        droppedNon += isNon && isDropped ? 1 : 0;
      }
    }
    return Map.of(
        "nonquote_precision",
        ratio(droppedNon, dropped),
        "nonquote_recall",
        ratio(droppedNon, non));
  }

  /** Counts over the gold relations of one kind (direct, or without quotation marks). */
  private static final class Counts {
    int gold;
    int withSource;
    int found;
    int foundWithSource;
    int attributed;

    void add(
        String text,
        List<Attribution> relations,
        List<QuoteSpan> predicted,
        boolean direct,
        boolean errors) {
      for (Attribution r : relations) {
        if (r.direct() != direct) {
          continue;
        }
        boolean hasSource = !r.source().isEmpty();
        gold++;
        withSource += hasSource ? 1 : 0;
        QuoteSpan match = null;
        for (QuoteSpan q : predicted) {
          if (Attribution.overlaps(r.content(), q.start(), q.end())) {
            match = q;
            break;
          }
        }
        if (match == null) {
          continue;
        }
        found++;
        if (!hasSource) {
          continue;
        }
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

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
