package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.clean.BlockModel;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Fits the {@link BlockModel} on the dev halves of web-eval (blocks labelled by the body snippets)
 * and AEB (blocks labelled by the article body): {@code newsbrief train blocks --data
 * ../shared/data/extraction}. The L2 penalty and the margin are chosen by 5-fold cross-validation
 * grouped by site (a site's pages share a fold), scored by the real metrics of the whole cleaner on
 * the held-out fold: the best web-eval snippet F among the settings whose AEB F1 stays at or above
 * {@code aeb_floor} (default 0.96, the AEB target; the best snippet F when none does); the
 * rules alone are scored on the same pages in the same run. Options: {@code l2=1,10}, {@code
 * margin=0,0.5,1,2} (see {@link #widen}; chosen with the L2 by the same CV), {@code aeb_weight=N}
 * (each AEB row counted N times, default 1), {@code limit=N} (the first N pages of each set, for a
 * quick run), {@code out=DIR}.
 */
public final class BlocksTrainTask implements EvalTask {
  @Override
  public String name() {
    return "blocks";
  }

  @Override
  public String description() {
    return "block content classifier on web-eval + AEB dev, site-grouped CV";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    int limit = EvalOptions.limit(options);
    List<BlockPages> pages = new ArrayList<>(webPages(data.resolve("web-eval"), limit));
    pages.addAll(aebPages(data.resolve("aeb"), limit));
    Map<String, Double> report = new TreeMap<>();
    SiteFolds.put(report, "rules", score(pages, new NewsCleaner[] {new NewsCleaner(false, null)}));
    double bestL2 = Double.NaN, bestMargin = 0, best = -1;
    int aebWeight = Integer.parseInt(options.getOrDefault("aeb_weight", "1"));
    double aebFloor = Double.parseDouble(options.getOrDefault("aeb_floor", "0.96"));
    for (String l2Text : options.getOrDefault("l2", "1,10").split(",")) {
      double l2 = Double.parseDouble(l2Text);
      double[][] byFoldWeights = new double[SiteFolds.FOLDS][];
      for (int fold = 0; fold < SiteFolds.FOLDS; fold++) {
        byFoldWeights[fold] = fit(pages, fold, l2, aebWeight);
      }
      for (String marginText : options.getOrDefault("margin", "0,0.25,0.5").split(",")) {
        double margin = Double.parseDouble(marginText);
        NewsCleaner[] byFold = new NewsCleaner[SiteFolds.FOLDS];
        for (int fold = 0; fold < SiteFolds.FOLDS; fold++) {
          byFold[fold] = new NewsCleaner(false, BlockModel.of(widen(byFoldWeights[fold], margin)));
        }
        Map<String, Double> cv = score(pages, byFold);
        double aeb = cv.getOrDefault("aeb_f1", 0.0);
        double both = cv.getOrDefault("body_f1", 0.0) + (aeb >= aebFloor ? 1 : 0);
        System.err.printf(Locale.ROOT, "l2 %s margin %s: cv %s%n", l2Text, marginText, cv);
        if (both > best) {
          best = both;
          bestL2 = l2;
          bestMargin = margin;
          SiteFolds.put(report, "cv", cv);
        }
      }
    }
    double[] weights = widen(fit(pages, -1, bestL2, aebWeight), bestMargin);
    BlockModel model = BlockModel.of(weights);
    SiteFolds.put(
        report, "insample", score(pages, new NewsCleaner[] {new NewsCleaner(false, model)}));
    report.put("count_pages", (double) pages.size());
    report.put("count_rows", (double) pages.stream().mapToInt(p -> p.rows().size()).sum());
    Path out = Path.of(options.getOrDefault("out", SiteFolds.DEFAULT_OUT));
    Files.createDirectories(out);
    Path file = out.resolve(BlockModel.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    manifest(report, pages, bestL2 + " margin " + bestMargin, began)
        .write(out.resolve("block-model.manifest.json"), file);
    return new EvalReport("train blocks", data.toString(), report, Map.of());
  }

  private static ModelManifest manifest(
      Map<String, Double> report, List<BlockPages> pages, String l2, long began) {
    return new ModelManifest(
        "blocks",
        "web-eval dev half (trafilatura eval snippets) + AEB dev half (article bodies)",
        "dev (the held-out halves are not read)",
        pages.size(),
        "newsbrief train blocks --data ../shared/data/extraction",
        0,
        Map.of(
            "cv_body_f1",
            report.getOrDefault("cv_body_f1", 0.0),
            "cv_aeb_f1",
            report.getOrDefault("cv_aeb_f1", 0.0)),
        LocalDate.now(ZoneOffset.UTC).toString(),
        (System.nanoTime() - began) / 1e9,
        String.format(
            Locale.ROOT,
            "logistic regression over %d block features, %d labelled blocks of %d pages; L2 %s"
                + " chosen by %d-fold site-grouped CV of the whole cleaner (best web-eval snippet F"
                + " with AEB F1 >= 0.96): CV body F %.4f, AEB F1 %.4f; rules alone on the same"
                + " pages %.4f, %.4f; in-sample %.4f, %.4f",
            BlockModel.featureNames().size(),
            report.getOrDefault("count_rows", 0.0).longValue(),
            pages.size(),
            l2,
            SiteFolds.FOLDS,
            report.get("cv_body_f1"),
            report.get("cv_aeb_f1"),
            report.get("rules_body_f1"),
            report.get("rules_aeb_f1"),
            report.get("insample_body_f1"),
            report.get("insample_aeb_f1")));
  }

  /**
   * {@code weights} with the decision moved by {@code margin} away from the rules: a block the
   * rules keep is dropped only when the model is surer, one they leave out added only when surer.
   */
  private static double[] widen(double[] weights, double margin) {
    double[] w = weights.clone();
    w[0] -= margin;
    w[BlockModel.featureNames().indexOf("kept")] += 2 * margin;
    return w;
  }

  /**
   * Weights fitted on every page outside {@code fold} (all pages for fold -1), each AEB row counted
   * {@code aebWeight} times.
   */
  private static double[] fit(List<BlockPages> pages, int fold, double l2, int aebWeight) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (BlockPages p : pages) {
      for (int copy = 0;
          p.fold(SiteFolds.FOLDS) != fold && copy < (p.isAeb() ? aebWeight : 1);
          copy++) {
        x.addAll(p.rows());
        y.addAll(p.labels());
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  /** Body scores of the cleaner of each page's fold (one cleaner: every page's). */
  private static Map<String, Double> score(List<BlockPages> pages, NewsCleaner[] byFold) {
    SnippetScore web = new SnippetScore();
    ShingleScore aeb = new ShingleScore();
    for (BlockPages p : pages) {
      NewsCleaner cleaner = byFold[byFold.length == 1 ? 0 : p.fold(SiteFolds.FOLDS)];
      List<String> paragraphs =
          cleaner.extract(RawDocument.of(p.id(), SourceFormat.HTML, p.html())).paragraphs();
      String text = paragraphs.isEmpty() ? null : String.join("\n", paragraphs);
      if (p.body() != null) {
        aeb.add(p.body(), text == null ? "" : text);
      } else {
        web.add(p.with(), p.without(), text);
      }
    }
    Map<String, Double> m = new TreeMap<>();
    web.metrics().forEach((k, v) -> m.put("body_" + k, v));
    m.put("aeb_f1", aeb.metrics().get("f1"));
    return m;
  }

  private static List<BlockPages> webPages(Path data, int limit) throws IOException {
    JsonNode gold = SiteFolds.MAPPER.readTree(data.resolve("gold.json").toFile());
    List<BlockPages> out = new ArrayList<>();
    try (WebEvalPages files = WebEvalPages.open(data, null)) {
      for (JsonNode item : gold.path("trafilatura_evaldata")) {
        String id = item.path("page").asText();
        RawDocument doc = out.size() < limit ? files.document(id) : null;
        if (doc != null) {
          List<String> with = WebPagesTask.strings(item.path("with"));
          List<String> without = WebPagesTask.strings(item.path("without"));
          out.add(BlockPages.web(id, item.path("url").asText(id), doc.content(), with, without));
        }
      }
    }
    return out;
  }

  private static List<BlockPages> aebPages(Path root, int limit) throws IOException {
    JsonNode truth = SiteFolds.MAPPER.readTree(root.resolve("ground-truth.json").toFile());
    List<BlockPages> out = new ArrayList<>();
    for (String id : Files.readAllLines(root.resolve("ids.txt"))) {
      JsonNode t = truth.path(id.strip());
      if (!id.isBlank() && !t.isMissingNode() && out.size() < limit) {
        String html = ExtractTask.read(root.resolve("html").resolve(id.strip() + ".html.gz"));
        out.add(
            BlockPages.aeb(
                id.strip(), t.path("url").asText(id), html, t.path("articleBody").asText()));
      }
    }
    return out;
  }
}
