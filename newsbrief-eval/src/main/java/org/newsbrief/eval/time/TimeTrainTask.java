package org.newsbrief.eval.time;

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
import java.util.stream.Stream;
import org.newsbrief.analyze.time.TenseModel;
import org.newsbrief.analyze.time.TimeTagger;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.model.TimeExpression;

/**
 * {@code newsbrief train time --data DIR}: fits the {@link TenseModel} that tells whether a partial
 * date ("Tuesday", "in December") looks back or ahead, on the TimeML documents under DIR. A tagged
 * expression with two readings learns from the gold TIMEX3 it overlaps when that gold value is one
 * of them. The L2 penalty is chosen by document-level cross-validation; the report gives the
 * cross-validated value F1 (every document tagged by a model that never saw it) beside the cue-word
 * rule's on the same documents. It also cross-validates a {@link TimeFilter} over the out-of-fold
 * expressions (reported as {@code cv_filtered_value_f1*}; an experiment, not written or shipped).
 * Options: {@code out} (model folder), {@code limit} (documents).
 */
public final class TimeTrainTask implements EvalTask {
  private static final double[] PENALTIES = {0.1, 0.3, 1, 3, 10};
  private static final String DEFAULT_OUT =
      "newsbrief-core/src/main/resources/org/newsbrief/analyze/time";

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String description() {
    return "fit the tense model of partial dates on TimeML documents (TempEval-3 TBAQ)";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    long began = System.nanoTime();
    int limit = EvalOptions.limit(options);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().limit(limit).toList();
    }
    List<TenseFolds.Labelled> docs = new ArrayList<>();
    TimeTagger reader = new TimeTagger(TenseModel.rules());
    for (Path file : files) {
      TimeMlDocument doc = TimeMlDocument.read(file);
      if (doc.creation() != null) {
        docs.add(
            TenseFolds.label(
                doc,
                reader.tenseChoices(doc.text(), doc.creation()),
                reader.tag(doc.text(), doc.creation())));
      }
    }
    if (docs.size() < TenseFolds.FOLDS) {
      throw new IOException(data + ": need at least " + TenseFolds.FOLDS + " dated .tml documents");
    }
    Map<String, Double> report = new TreeMap<>();
    double best = PENALTIES[0];
    double bestAccuracy = -1;
    for (double l2 : PENALTIES) {
      double accuracy = TenseFolds.crossValidate(docs, l2);
      report.put("cv_accuracy_l2_" + String.valueOf(l2).replace(".", "_"), accuracy);
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        best = l2;
      }
    }
    report.put("cv_direction_accuracy", bestAccuracy);
    report.put(
        "rules_direction_accuracy",
        docs.stream().mapToInt(TenseFolds.Labelled::ruleRight).sum()
            / (double) docs.stream().mapToInt(d -> d.labels().size()).sum());
    report.put("count_examples", (double) docs.stream().mapToInt(d -> d.labels().size()).sum());
    TimexScore learned = new TimexScore();
    TimexScore rules = new TimexScore();
    TimeFilterTraining.Doc[] outOfFold = new TimeFilterTraining.Doc[docs.size()];
    for (int fold = 0; fold < TenseFolds.FOLDS; fold++) {
      TimeTagger tagger = new TimeTagger(TenseModel.of(TenseFolds.fit(docs, fold, best)));
      for (int d = fold; d < docs.size(); d += TenseFolds.FOLDS) {
        TimeMlDocument doc = docs.get(d).doc();
        List<TimeExpression> found = tagger.tag(doc.text(), doc.creation());
        outOfFold[d] = new TimeFilterTraining.Doc(doc.text(), doc.creation(), doc.gold(), found);
        learned.add(found, doc.gold());
        rules.add(reader.tag(doc.text(), doc.creation()), doc.gold());
      }
    }
    report.put("cv_value_f1", learned.metrics().get("value_f1"));
    report.put("rules_value_f1", rules.metrics().get("value_f1"));
    TimeFilterTraining.Result filter =
        TimeFilterTraining.train(List.of(outOfFold), TenseFolds.FOLDS);
    filter.cvValueF1().forEach((k, f) -> report.put("cv_filtered_value_f1_" + k, f));
    report.put(
        "cv_filtered_value_f1",
        filter.cvValueF1().get("min" + filter.minCount() + "_l2_" + (int) filter.penalty()));
    TenseModel model = TenseModel.of(TenseFolds.fit(docs, -1, best));
    Path out = Path.of(options.getOrDefault("out", DEFAULT_OUT));
    Files.createDirectories(out);
    Path file = out.resolve(TenseModel.RESOURCE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    new ModelManifest(
            "time",
            "TempEval-3 TBAQ-cleaned (TimeBank 1.2 + AQUAINT), gold TIMEX3 values",
            "train (TBAQ; the platinum test set is held out)",
            report.get("count_examples").longValue(),
            "newsbrief train time --data ../shared/data/time/tempeval3",
            0,
            Map.of("cv_value_f1", report.get("cv_value_f1"), "cv_direction_accuracy", bestAccuracy),
            LocalDate.now(ZoneOffset.UTC).toString(),
            (System.nanoTime() - began) / 1e9,
            String.format(
                Locale.ROOT,
                "logistic regression over %d features of %d partial dates in %d documents; L2 %s"
                    + " chosen by %d-fold document CV (direction accuracy %.4f); value F1 of"
                    + " out-of-fold models %.4f vs the cue-word rule %.4f on the same documents",
                TenseModel.featureNames().size(),
                report.get("count_examples").longValue(),
                docs.size(),
                best,
                TenseFolds.FOLDS,
                bestAccuracy,
                report.get("cv_value_f1"),
                report.get("rules_value_f1")))
        .write(out.resolve("tense-model.manifest.json"), file);
    return new EvalReport("train time", data.toString(), report, Map.of());
  }
}
