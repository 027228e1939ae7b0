package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.QuotationFilter;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.SpeakerRanker;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train quotes --data PolNeAR}: learns the {@link SpeakerRanker} on the {@code
 * train} compartment. Every quotation the finder marks that overlaps a gold direct relation with a
 * source is one ranking example; a candidate is positive when it overlaps the gold source. The
 * model is a conditional logit over each quotation's candidates ({@code --set model=logistic}: a
 * logistic regression over candidates one by one); its L2 penalty is chosen by 5-fold
 * cross-validation on train (folds by article), reported as {@code cv_accuracy} with the rules'
 * accuracy on the same quotations. The dev compartment is scored once at the end ({@code --set
 * dev=false} skips it). Layered relations ("X said, according to Y") are labelled with PolNeAR's
 * source (the outer medium); {@code --set layered=true} labels them with their inner speaker
 * ({@link RankingExample}: it fixes the demo's layered quotes but costs PolNeAR accuracy). Options:
 * {@code limit} (articles), {@code out} (model folder), {@code drop} (ranker features left out of
 * the fit, comma-separated: ablations by the same CV), {@code part} ({@code filter}: the quotation
 * filter only; {@code antecedents}: only the {@link AntecedentTraining pronoun antecedent ranker};
 * {@code gender}: only the {@link NameGenderTraining first-name gender table}).
 */
public final class QuotesTrainTask implements EvalTask {

  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/analyze/quote";

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String description() {
    return "PolNeAR train: the speaker ranker of direct quotations";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    String part = options.getOrDefault("part", "all");
    int limit = EvalOptions.limit(options);
    Path train = data.resolve("train");
    if (!Files.isDirectory(train)) {
      throw new IOException("no train/ folder in " + data);
    }
    if (part.equals("gender")) {
      return NameGenderTraining.run(
          data, options, Path.of(options.getOrDefault("out", DEFAULT_OUT)));
    }
    if (part.equals("antecedents")) {
      return AntecedentTraining.run(
          data, options, Path.of(options.getOrDefault("out", DEFAULT_OUT)));
    }
    List<List<RankingExample>> byArticle = new ArrayList<>();
    List<List<FilterTraining.Example>> spans = new ArrayList<>();
    QuoteFinder finder = QuoteFinder.rules();
    boolean layered =
        Boolean.parseBoolean(
            options.getOrDefault("layered", String.valueOf(RankingExample.LAYERED)));
    for (Map.Entry<String, Path> e : QuoteScoring.articles(train, limit).entrySet()) {
      String text = Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8);
      List<Attribution> gold = Attribution.read(e.getValue(), text);
      if (!part.equals("filter")) {
        byArticle.add(RankingExample.of(text, gold, finder.choices(text), layered));
      }
      spans.add(FilterTraining.examples(text, gold, finder));
    }
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Files.createDirectories(out);
    Map<String, Double> report = new TreeMap<>();
    report.put("layered_labels", layered ? 1.0 : 0.0);
    RankerTraining.Fit fitted =
        part.equals("filter")
            ? new RankerTraining.Fit(SpeakerRanker.shipped(), Double.NaN)
            : RankerTraining.ranker(byArticle, options, report);
    SpeakerRanker ranker = fitted.ranker();
    FilterTraining.Result filter = FilterTraining.train(spans);
    report.putAll(filter.report());
    Map<String, Double> dev = new TreeMap<>();
    if (Boolean.parseBoolean(options.getOrDefault("dev", "true"))
        && Files.isDirectory(data.resolve("dev"))) {
      QuoteFinder learned = QuoteFinder.ranking(ranker, filter.filter());
      Map<String, Path> devArticles = QuoteScoring.articles(data.resolve("dev"), Integer.MAX_VALUE);
      Map<String, Double> scores =
          QuoteScoring.score(devArticles, learned::find, learned::reported, false);
      scores.putAll(QuoteScoring.dropped(devArticles, QuoteFinder.rules()::find, learned::find));
      for (String k :
          List.of(
              "attribution_accuracy",
              "f1",
              "indirect_source_accuracy",
              "nonquote_precision",
              "nonquote_recall")) {
        dev.put(k, scores.get(k));
        report.put("dev_" + k, scores.get(k));
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    if (!part.equals("filter")) {
      writeRanker(fitted, out, byArticle, report, dev, seconds);
    }
    Path model = out.resolve(QuotationFilter.RESOURCE);
    try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      filter.filter().write(w);
    }
    manifest(
            spans.size(),
            dev,
            seconds,
            String.format(
                "logistic regression over the features of %d train spans between quotation marks"
                    + " (a quotation = overlaps an annotated attribution's content; word features"
                    + " seen in >= %d spans); L2 %s and threshold %s chosen by %d-fold CV on train"
                    + " (F1 of keeping quotations %.4f; keeping all %.4f); dev scored once",
                filter.examples(),
                FilterTraining.MIN_COUNT,
                filter.l2(),
                report.get("filter_threshold"),
                FilterTraining.FOLDS,
                report.get("filter_cv_f1"),
                report.get("filter_cv_f1_keep_all")))
        .write(out.resolve("quotation-filter.manifest.json"), model);
    return new EvalReport("train quotes", data.toString(), report, Map.of());
  }

  private static void writeRanker(
      RankerTraining.Fit fitted,
      Path out,
      List<List<RankingExample>> byArticle,
      Map<String, Double> report,
      Map<String, Double> dev,
      double seconds)
      throws IOException {
    Path model = out.resolve(SpeakerRanker.RESOURCE);
    try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      fitted.ranker().write(w);
    }
    boolean conditional = report.getOrDefault("ranker_conditional", 1.0) > 0;
    manifest(
            byArticle.size(),
            dev,
            seconds,
            String.format(
                (conditional
                        ? "conditional logit (softmax over each quotation's candidates)"
                        : "logistic regression")
                    + " over %d candidate features of %d train quotations; L2 %s"
                    + " chosen by %d-fold CV on train (accuracy %.4f; rules %.4f on the same"
                    + " quotations); labels: "
                    + (report.getOrDefault("layered_labels", 1.0) > 0
                        ? "the inner speaker of"
                        : "the PolNeAR source, also for")
                    + " %d layered quotations (\"X said, according to Y\"), else the PolNeAR"
                    + " source (CV accuracy against the source %.4f); dev scored once with the"
                    + " chosen model",
                SpeakerRanker.featureNames().size(),
                byArticle.stream().mapToInt(List::size).sum(),
                fitted.l2(),
                RankerTraining.FOLDS,
                report.get("cv_accuracy"),
                report.get("rules_accuracy"),
                report.getOrDefault("count_cv_layered", 0.0).intValue(),
                report.get("cv_accuracy_source")))
        .write(out.resolve("speaker-ranker.manifest.json"), model);
  }

  static ModelManifest manifest(
      int articles, Map<String, Double> dev, double seconds, String notes) {
    return new ModelManifest(
        "quotes",
        "PolNeAR v1.0.0 (networkdynamics/PolNeAR c3eee83), first annotator file per article",
        "train",
        articles,
        "newsbrief train quotes --data ../shared/data/quotes/polnear",
        0,
        dev,
        LocalDate.now(ZoneOffset.UTC).toString(),
        seconds,
        notes);
  }
}
