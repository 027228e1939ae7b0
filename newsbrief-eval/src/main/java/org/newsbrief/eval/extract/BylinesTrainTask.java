package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.BylineModel;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.RawDocument;

/**
 * Fits the {@link BylineModel} on the web-eval dev pages with an author label: {@code newsbrief
 * train bylines --data ../shared/data/extraction/web-eval}. A candidate is right when it names the
 * label's people by the README's rule ({@link BylineMatch}). The L2 penalty and the bias shift (how
 * sure the best candidate must be to be given; a large shift always answers) are chosen by 5-fold
 * cross-validation grouped by site: the best CV byline accuracy, ties to the setting that stays
 * quiet on more of the pages labelled with an empty author; the rules alone are scored on the same
 * pages in the same run, with the share of pages where some candidate is right (the ceiling).
 * Options: {@code l2=0.1,1,10}, {@code shift=0,1,20}, {@code limit=N} (first N labelled items),
 * {@code show=1} (the in-sample misses; {@code show=cv}: the CV misses), the CV misses counted by
 * class ({@link BylineMisses}), {@code pages=DIR}, {@code out=DIR}.
 */
public final class BylinesTrainTask implements EvalTask {
  @Override
  public String name() {
    return "bylines";
  }

  @Override
  public String description() {
    return "byline candidate ranker on web-eval dev, site-grouped CV";
  }

  /** A page: its site's fold, its gold (empty: the page is labelled as having no author). */
  private record Page(int fold, String gold, BylineModel.PageBylines bylines) {}

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    List<Page> pages = pages(data, options);
    Map<String, Double> report = new TreeMap<>();
    SiteFolds.put(report, "rules", score(pages, null));
    report.put("ceiling_accuracy", BylineMisses.ceiling(answers(pages, null)));
    Map<SiteFolds.Setting, Map<String, Double>> cvs = new HashMap<>();
    Map<SiteFolds.Setting, BylineModel[]> foldModels = new HashMap<>();
    SiteFolds.Setting chosen =
        SiteFolds.choose(
            options,
            "0,1,20",
            (fold, l2) -> fit(pages, fold, l2),
            (setting, shifted) -> {
              BylineModel[] models = new BylineModel[SiteFolds.FOLDS];
              for (int fold = 0; fold < SiteFolds.FOLDS; fold++) {
                models[fold] = BylineModel.of(shifted[fold]);
              }
              Map<String, Double> cv = score(pages, models);
              foldModels.put(setting, models);
              System.err.printf(
                  Locale.ROOT,
                  "l2 %s shift %s: cv %s%n",
                  setting.l2Text(),
                  setting.shiftText(),
                  cv);
              cvs.put(setting, cv);
              return cv.getOrDefault("accuracy", 0.0) + 1e-4 * cv.getOrDefault("quiet", 0.0);
            });
    BylineModel[] chosenFolds = foldModels.get(chosen);
    if (cvs.containsKey(chosen) && chosenFolds != null) {
      SiteFolds.put(report, "cv", cvs.get(chosen));
      report.putAll(BylineMisses.classes(answers(pages, chosenFolds), "count_cv_miss_"));
    }
    double bestL2 = chosen.l2();
    double bestShift = chosen.shift();
    BylineModel model = BylineModel.of(SiteFolds.shifted(fit(pages, -1, bestL2), bestShift));
    SiteFolds.put(report, "insample", score(pages, new BylineModel[] {model}));
    if (options.containsKey("show")) {
      boolean cv = "cv".equals(options.get("show")) && chosenFolds != null;
      BylineMisses.show(answers(pages, cv ? chosenFolds : new BylineModel[] {model}));
    }
    report.put("count_pages", (double) pages.stream().filter(p -> !p.gold().isBlank()).count());
    report.put(
        "count_candidates",
        (double) pages.stream().mapToInt(p -> p.bylines().candidates().size()).sum());
    Path out = Path.of(options.getOrDefault("out", SiteFolds.DEFAULT_OUT));
    Files.createDirectories(out);
    Path file = out.resolve(BylineModel.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    RankerManifest.of(
            "bylines",
            "web-eval dev half (trafilatura eval pages with an author label)",
            "newsbrief train bylines --data ../shared/data/extraction/web-eval",
            "byline",
            BylineModel.featureNames().size(),
            "",
            "L2 " + bestL2 + " shift " + bestShift,
            report,
            began)
        .write(out.resolve("byline-model.manifest.json"), file);
    return new EvalReport("train bylines", data.toString(), report, Map.of());
  }

  private static double[] fit(List<Page> pages, int fold, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Page p : pages) {
      if (p.fold() == fold || p.gold().isBlank()) {
        continue;
      }
      for (BylineModel.PageByline c : p.bylines().candidates()) {
        x.add(c.features());
        y.add(BylineMatch.same(c.value(), p.gold()) ? 1.0 : 0.0);
      }
    }
    return NewtonRegression.logistic(x, y, l2);
  }

  /**
   * Byline accuracy on the labelled pages and the share of empty-labelled pages given no byline, by
   * each page's fold's model (by the rules when {@code models} is null).
   */
  private static Map<String, Double> score(List<Page> pages, BylineModel @Nullable [] models) {
    double labelled = 0, right = 0, empty = 0, quiet = 0;
    for (Page p : pages) {
      String found =
          models == null
              ? p.bylines().rules()
              : models[models.length == 1 ? 0 : p.fold()].choose(p.bylines());
      if (p.gold().isBlank()) {
        empty++;
        quiet += found == null ? 1 : 0;
      } else {
        labelled++;
        right += BylineMatch.same(found, p.gold()) ? 1 : 0;
      }
    }
    Map<String, Double> scores = new TreeMap<>();
    scores.put("accuracy", right / Math.max(labelled, 1));
    scores.put("quiet", quiet / Math.max(empty, 1));
    return scores;
  }

  /** The labelled pages' answers by each page's fold's model (by the rules when null). */
  private static List<BylineMisses.Answer> answers(
      List<Page> pages, BylineModel @Nullable [] models) {
    List<BylineMisses.Answer> out = new ArrayList<>();
    for (Page p : pages) {
      if (!p.gold().isBlank()) {
        String found =
            models == null
                ? p.bylines().rules()
                : models[models.length == 1 ? 0 : p.fold()].choose(p.bylines());
        out.add(new BylineMisses.Answer(p.gold(), p.bylines(), found));
      }
    }
    return out;
  }

  private static List<Page> pages(Path data, Map<String, String> options) throws IOException {
    JsonNode gold = SiteFolds.MAPPER.readTree(data.resolve("gold.json").toFile());
    int limit = EvalOptions.limit(options);
    Map<String, Page> out = new LinkedHashMap<>();
    try (WebEvalPages files = WebEvalPages.open(data, options.get("pages"))) {
      for (JsonNode item : gold.path("trafilatura_evaldata")) {
        String id = item.path("page").asText();
        JsonNode label = item.path("author");
        if (out.size() >= limit || !label.isTextual() && !label.isArray() || out.containsKey(id)) {
          continue;
        }
        RawDocument doc = files.document(id);
        if (doc != null) {
          int fold = SiteFolds.of(item.path("url").asText(id));
          String author = WebPagesTask.author(label);
          out.put(id, new Page(fold, author, BylineModel.candidates(doc.content())));
        }
      }
    }
    return new ArrayList<>(out.values());
  }
}
