package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.DateModel;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.RawDocument;

/**
 * Fits and cross-validates the {@link DateModel} on the web-eval dev pages with a date label:
 * {@code newsbrief train dates --data ../shared/data/extraction/web-eval}. A candidate is right
 * when it is the label's day (htmldate's exact-day metric). 5 folds grouped by site (each page is
 * in one fold with the other pages of its site); the rules alone are scored on the same pages in
 * the same run, with the share of pages where some candidate is right (the ceiling). The L2 penalty
 * and the bias shift (a large shift always answers) are chosen by CV accuracy. The weights are
 * written only with {@code write=true} (ship them only when CV beats the rules). Options: {@code
 * l2=0.1,1,10}, {@code shift=0,2,20}, {@code limit=N}, {@code show=1} (CV misses), {@code
 * pages=DIR}, {@code out=DIR}, {@code write=true}, {@code shown=false} (the dates shown in the
 * page, costly to read, only when the page declares none), {@code shown=gate} (rank only the pages
 * whose cheap declared dates disagree, as the cleaner does; the rules' date elsewhere).
 */
public final class DatesTrainTask implements EvalTask {
  @Override
  public String name() {
    return "dates";
  }

  @Override
  public String description() {
    return "publication-date candidate ranker on web-eval dev, site-grouped CV";
  }

  /** A page: its fold, its gold day (null: no usable label), its candidates. */
  private record Page(String id, int fold, @Nullable LocalDate gold, DateModel.PageDates dates) {}

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    List<Page> pages = pages(data, options);
    Map<String, Double> report = new TreeMap<>();
    report.put("rules_accuracy", score(pages, null, false));
    report.put("ceiling_accuracy", ceiling(pages));
    report.put("count_pages", (double) pages.size());
    SiteFolds.Setting chosen =
        SiteFolds.choose(
            options,
            "0,2,20",
            (fold, l2) -> fit(pages, fold, l2),
            (setting, shifted) -> {
              DateModel[] models = new DateModel[SiteFolds.FOLDS];
              for (int fold = 0; fold < SiteFolds.FOLDS; fold++) {
                models[fold] = DateModel.of(shifted[fold]);
              }
              double cv = score(pages, models, false);
              report.put(cvKey(setting), cv);
              return cv;
            });
    double bestL2 = chosen.l2();
    double bestShift = chosen.shift();
    report.put("cv_accuracy", report.getOrDefault(cvKey(chosen), 0.0));
    DateModel model = DateModel.of(SiteFolds.shifted(fit(pages, -1, bestL2), bestShift));
    report.put("insample_accuracy", score(pages, new DateModel[] {model}, false));
    if (options.containsKey("show")) {
      DateModel[] models = new DateModel[SiteFolds.FOLDS];
      for (int fold = 0; fold < SiteFolds.FOLDS; fold++) {
        models[fold] = DateModel.of(SiteFolds.shifted(fit(pages, fold, bestL2), bestShift));
      }
      score(pages, models, true);
    }
    System.err.printf(Locale.ROOT, "chosen: L2 %s shift %s%n", bestL2, bestShift);
    if ("true".equals(options.get("write"))) {
      Path out = Path.of(options.getOrDefault("out", SiteFolds.DEFAULT_OUT));
      Files.createDirectories(out);
      Path file = out.resolve(DateModel.RESOURCE);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        model.write(w);
      }
      String setting = "L2 " + bestL2 + " shift " + bestShift;
      String shown = options.getOrDefault("shown", "true");
      RankerManifest.of(
              "dates",
              "web-eval dev half (htmldate eval pages with a date label)",
              "newsbrief train dates --data ../shared/data/extraction/web-eval --set shown="
                  + shown
                  + " --set write=true",
              "date",
              DateModel.featureNames().size(),
              ", shown=" + shown,
              setting,
              report,
              began)
          .write(out.resolve("date-model.manifest.json"), file);
    }
    return new EvalReport("train dates", data.toString(), report, Map.of());
  }

  /** The report key of a setting's cross-validated accuracy. */
  private static String cvKey(SiteFolds.Setting setting) {
    return String.format(Locale.ROOT, "cv_l2_%s_shift_%s", setting.l2Text(), setting.shiftText());
  }

  private static double[] fit(List<Page> pages, int fold, double l2) {
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Page p : pages) {
      if (p.fold() == fold || p.gold() == null) {
        continue;
      }
      for (DateModel.PageDate c : p.dates().candidates()) {
        x.add(c.features());
        y.add(c.date().equals(p.gold()) ? 1.0 : 0.0);
      }
    }
    // a small run (limit=N) may leave a fold without a ranked page: no rows, all-zero weights
    return x.isEmpty()
        ? new double[DateModel.featureNames().size()]
        : NewtonRegression.logistic(x, y, l2);
  }

  /** Exact-day accuracy over all date pages, each by its fold's model (the rules when null). */
  private static double score(List<Page> pages, DateModel @Nullable [] models, boolean show) {
    double right = 0;
    for (Page p : pages) {
      LocalDate found =
          models == null
              ? p.dates().rules()
              : models[models.length == 1 ? 0 : p.fold()].choose(p.dates());
      boolean ok = found != null && found.equals(p.gold());
      right += ok ? 1 : 0;
      if (show && !ok) {
        List<LocalDate> all = p.dates().candidates().stream().map(c -> c.date()).toList();
        System.err.printf(
            "%s\tgold=%s\tfound=%s\trules=%s\t%s%n",
            p.id(), p.gold(), found, p.dates().rules(), all);
      }
    }
    return right / Math.max(pages.size(), 1);
  }

  private static double ceiling(List<Page> pages) {
    double reachable = 0;
    for (Page p : pages) {
      boolean some =
          p.dates().ranked()
              ? p.dates().candidates().stream().anyMatch(c -> c.date().equals(p.gold()))
              : p.gold() != null && p.gold().equals(p.dates().rules());
      reachable += some ? 1 : 0;
    }
    return reachable / Math.max(pages.size(), 1);
  }

  private static List<Page> pages(Path data, Map<String, String> options) throws IOException {
    JsonNode gold = SiteFolds.MAPPER.readTree(data.resolve("gold.json").toFile());
    int limit = EvalOptions.limit(options);
    String shownOption = options.getOrDefault("shown", "true");
    if (!List.of("true", "false", "gate").contains(shownOption)) {
      throw new IllegalArgumentException("shown must be true, false or gate, not " + shownOption);
    }
    boolean shown = !"false".equals(shownOption);
    Map<String, Page> out = new LinkedHashMap<>();
    try (WebEvalPages files = WebEvalPages.open(data, options.get("pages"))) {
      for (JsonNode item : gold.path("htmldate_eval")) {
        String id = item.path("page").asText();
        if (out.size() >= limit || out.containsKey(id)) {
          continue;
        }
        RawDocument doc = files.document(id);
        LocalDate day = day(item.path("date").asText());
        int fold = SiteFolds.of(item.path("url").asText(id));
        DateModel.PageDates dates =
            doc == null
                ? new DateModel.PageDates(null, List.of())
                : "gate".equals(shownOption)
                    ? DateModel.gated(doc.content())
                    : DateModel.candidates(doc.content(), shown);
        out.put(id, new Page(id, fold, day, dates));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static @Nullable LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
