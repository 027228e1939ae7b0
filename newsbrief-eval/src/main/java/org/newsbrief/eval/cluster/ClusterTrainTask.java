package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.cluster.PairModel;
import org.newsbrief.cluster.PairTraining;
import org.newsbrief.cluster.RegroupTraining;
import org.newsbrief.cluster.Regrouping;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train cluster --data DIR}: fits the story clusterer's learned join, merge and
 * split model ({@link PairModel}) on every gold story of an ECB+ stories folder (docs.jsonl and
 * gold.tsv, or a folder holding ecbplus-stories), streamed in {@code train_orders} (3) seeded
 * arrival orders, and its regrouping linkage: the coarse-group cosine and the mean log-odds at
 * which pieces join are chosen by a topic-wise cross-validation of {@code inner} (3) folds ({@link
 * InnerFolds}, the {@code odds} method of {@link NestedFolds}), the shares and threshold fitted on
 * all topics ({@link RegroupTraining}); both are written to {@code pair-model.tsv} with its
 * manifest {@code pair-model.manifest.json} in {@code out} (default the model's resource folder).
 * The manifest's dev figures: {@code select_cv_bcubed_f1}, the chosen cell's pooled score in that
 * selection (chosen on it: optimistic), and {@code cv_bcubed_f1}, the nested topic-wise CV of this
 * whole procedure ({@code folds} outer folds, default 5, over {@code orders} (5) arrival orders;
 * {@code folds=0} skips it). Options also: {@code limit} (documents), {@code cutoff}, {@code
 * joins}, and {@code extra=PATH} (with {@code extra_limit}, {@code extra_only}): extra
 * sibling-story topics fitted beside the ECB+ ones and named in the manifest ({@link
 * ExtraTraining}).
 */
public final class ClusterTrainTask implements EvalTask {
  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/cluster";
  private static final String RESOURCE = "pair-model.tsv";
  private static final String SOURCES =
      "FNC-1 training bodies grouped by claim, outside the eval conflicts dev split; or Multi-News"
          + " train clusters";

  @Override
  public String name() {
    return "cluster";
  }

  @Override
  public String description() {
    return "fit the story clusterer's join/merge/split model on ECB+ gold stories, with its"
        + " topic-wise cross-validated B-cubed F1";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    if (LabelledDoc.isMultiNews(data)) {
      throw new IOException(data + ": train cluster needs an ECB+ stories folder (gold.tsv)");
    }
    List<LabelledDoc> docs = LabelledDoc.ecbPlus(data, EvalOptions.limit(options));
    int folds = EvalOptions.atLeast(options, "folds", 0, 5);
    if (folds == 1) {
      throw new IllegalArgumentException("folds is 0 (no cross-validation) or at least 2, not 1");
    }
    int inner = EvalOptions.atLeast(options, "inner", 2, 3);
    StoryOptions storyOptions = ClusterTask.storyOptions(options, true);
    ExtraTraining extra = ExtraTraining.of(options);
    List<PairTraining.LabelledArticle> articles = LearnedModels.labelled(docs);
    int trainOrders = LearnedModels.trainOrders(options);
    PairModel model =
        PairTraining.fit(
            extra.with(articles),
            storyOptions,
            trainOrders,
            LearnedModels.cutoff(options),
            LearnedModels.joins(options));
    Map<String, String> gold = new HashMap<>();
    docs.forEach(d -> gold.put(d.id(), d.story()));
    InnerFolds.Choice choice =
        InnerFolds.choose(articles, Topics.of(docs), inner, storyOptions, trainOrders, gold, extra);
    double[] w =
        RegroupTraining.fit(
                extra.with(articles),
                storyOptions,
                model,
                1,
                List.of(choice.oddsGroup()),
                Topics::topic)
            .get(0);
    Regrouping linkage = RegroupTraining.regrouping(choice.oddsGroup(), w, choice.odds());
    model = model.withRegrouping(linkage);
    double fitSeconds = (System.nanoTime() - began) / 1e9;
    Map<String, Double> report = new TreeMap<>();
    Map<String, Double> dev = new TreeMap<>();
    dev.put("select_cv_bcubed_f1", choice.oddsScore());
    if (folds > 0) {
      Map<String, String> cvOptions = new HashMap<>(options);
      cvOptions.put("nested", String.valueOf(folds));
      cvOptions.put("inner", String.valueOf(inner));
      int orders = EvalOptions.atLeast(options, "orders", 1, 5);
      report.putAll(NestedFolds.run(docs, storyOptions, cvOptions, orders));
      report.put("cv_bcubed_f1", report.get("odds_bcubed_f1"));
      dev.put("cv_bcubed_f1", report.get("odds_bcubed_f1"));
    }
    report.put("select_cv_bcubed_f1", choice.oddsScore());
    report.put("linkage_group_cosine", linkage.groupCosine());
    report.put("linkage_join_p", 1 / (1 + Math.exp(-choice.odds())));
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Files.createDirectories(out);
    Path file = out.resolve(RESOURCE);
    String command = command(options);
    Files.writeString(
        file,
        "# Learned join/merge/split model (logistic regression over PairFeatures) and regrouping"
            + " linkage, fitted on the ECB+ stories dev half\n# ("
            + docs.size()
            + " documents, all topics"
            + (extra.source().isEmpty() ? "" : "; extra: " + extra.articles().size() + " articles")
            + ") by: "
            + command
            + "\n"
            + model.format(),
        StandardCharsets.UTF_8);
    new ModelManifest(
            "cluster",
            extra.source().isEmpty()
                ? "ECB+ stories (ECB+ topics 1-35 with gold story labels: the dev half)"
                : String.format(
                    Locale.ROOT,
                    "%sextra sibling-story topics from %s (%d articles, %d stories; %s)",
                    extra.only() ? "" : "ECB+ stories (topics 1-35, the dev half) and ",
                    extra.source(),
                    extra.articles().size(),
                    extra.stories(),
                    SOURCES),
            "dev half (ECB+ topics 36-45 are held out)",
            (extra.only() ? 0 : docs.size()) + extra.articles().size(),
            command,
            0,
            dev,
            LocalDate.now(ZoneOffset.UTC).toString(),
            fitSeconds,
            ClusterTrainNotes.of(trainOrders, inner, choice, linkage, folds, dev))
        .write(out.resolve("pair-model.manifest.json"), file);
    report.put("train_s", (System.nanoTime() - began) / 1e9);
    report.put("documents", (double) docs.size());
    report.put("extra_documents", (double) extra.articles().size());
    return new EvalReport("train cluster", data.toString(), report, Map.of());
  }

  /** The command line that remakes the model: the data path as shared, the options that matter. */
  static String command(Map<String, String> options) {
    StringBuilder command =
        new StringBuilder(
            "newsbrief train cluster --data ../shared/data/clustering/ecbplus-stories");
    for (String key :
        List.of("extra", "extra_limit", "extra_only", "train_orders", "inner", "limit")) {
      if (options.containsKey(key)) {
        command.append(" --set ").append(key).append('=').append(options.get(key));
      }
    }
    return command.toString();
  }
}
