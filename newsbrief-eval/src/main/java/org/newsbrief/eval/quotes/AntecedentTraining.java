package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.AntecedentRanker;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;

/**
 * {@code newsbrief train quotes --set part=antecedents}: learns the {@link AntecedentRanker} that
 * resolves "he said" / "she said" to a named speaker. One example per quotation whose speaker
 * mention is he/she and which overlaps a PolNeAR train direct relation with a source; the right
 * candidates are those naming the gold source's person ({@link SpeakerNaming}: a gold "he"/"she"
 * takes the silver antecedent, the nearest earlier gold source naming one person). Conditional
 * logit; L2 chosen by 5-fold CV on train articles ({@code antecedent_cv_accuracy}, the rule on the
 * same examples {@code antecedent_rule_accuracy}); dev {@code speaker_name_accuracy} scored once
 * with the rule in the same run.
 */
final class AntecedentTraining {
  private static final double[] PENALTIES = {0.01, 0.1, 1, 10};
  private static final int FOLDS = 5;

  private AntecedentTraining() {}

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long began = System.nanoTime();
    int limit = EvalOptions.limit(options);
    List<List<ConditionalLogit.Group>> byArticle = new ArrayList<>();
    List<List<Integer>> rules = new ArrayList<>();
    Quotations resolver = Quotations.lastNamed();
    String silver = options.getOrDefault("silver", "strict");
    if (!List.of("strict", "clean", "gender").contains(silver)) {
      throw new IllegalArgumentException("silver is strict, clean or gender: " + silver);
    }
    boolean skipPronouns = silver.equals("clean");
    GenderGold genderGold =
        silver.equals("gender")
            ? new GenderGold(org.newsbrief.analyze.quote.NameGender.shipped())
            : null;
    List<Integer> dropped = AntecedentGroups.dropped(options.getOrDefault("drop", ""));
    for (Map.Entry<String, Path> e :
        QuoteScoring.articles(data.resolve("train"), limit).entrySet()) {
      String text = Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8);
      List<Attribution> gold = Attribution.read(e.getValue(), text);
      List<Integer> rule = new ArrayList<>();
      boolean errors = Boolean.parseBoolean(options.get("errors"));
      String file = errors ? Path.of(e.getKey()).getFileName().toString() : null;
      byArticle.add(
          AntecedentGroups.of(text, gold, resolver, skipPronouns, dropped, rule, file, genderGold));
      rules.add(rule);
    }
    Map<String, Double> report = new TreeMap<>();
    int d = AntecedentRanker.featureNames().size();
    double[] penalties = options.containsKey("l2") ? new double[] {l2(options)} : PENALTIES;
    double bestL2 = penalties[0];
    double best = -1;
    for (double l2 : penalties) {
      int right = 0;
      int total = 0;
      for (int fold = 0; fold < FOLDS; fold++) {
        List<ConditionalLogit.Group> fit = new ArrayList<>();
        for (int a = 0; a < byArticle.size(); a++) {
          if (a % FOLDS != fold) {
            fit.addAll(byArticle.get(a));
          }
        }
        AntecedentRanker r =
            new AntecedentRanker(ConditionalLogit.fit(AntecedentGroups.answerable(fit), d, l2));
        for (int a = fold; a < byArticle.size(); a += FOLDS) {
          for (ConditionalLogit.Group g : byArticle.get(a)) {
            right += hit(g, r.best(g.rows())) ? 1 : 0;
            total++;
          }
        }
      }
      double accuracy = total == 0 ? 0 : right / (double) total;
      report.put("antecedent_cv_accuracy_l2_" + String.valueOf(l2).replace(".", "_"), accuracy);
      report.put("count_antecedent_examples", (double) total);
      if (accuracy > best) {
        best = accuracy;
        bestL2 = l2;
      }
    }
    report.put("antecedent_cv_accuracy", best);
    List<ConditionalLogit.Group> all = new ArrayList<>();
    byArticle.forEach(all::addAll);
    int ruleRight = 0;
    int oracle = 0;
    int n = 0;
    for (int a = 0; a < byArticle.size(); a++) {
      for (int i = 0; i < byArticle.get(a).size(); i++) {
        ConditionalLogit.Group g = byArticle.get(a).get(i);
        ruleRight += hit(g, rules.get(a).get(i)) ? 1 : 0;
        oracle += AntecedentGroups.answerable(List.of(g)).isEmpty() ? 0 : 1;
        n++;
      }
    }
    report.put("antecedent_rule_accuracy", n == 0 ? 0 : ruleRight / (double) n);
    report.put("antecedent_oracle", n == 0 ? 0 : oracle / (double) n);
    AntecedentRanker ranker =
        new AntecedentRanker(ConditionalLogit.fit(AntecedentGroups.answerable(all), d, bestL2));
    Map<String, Double> dev = new TreeMap<>();
    if (Boolean.parseBoolean(options.getOrDefault("dev", "true"))
        && Files.isDirectory(data.resolve("dev"))) {
      Map<String, Path> devArticles = QuoteScoring.articles(data.resolve("dev"), Integer.MAX_VALUE);
      double learned =
          SpeakerNaming.score(devArticles, Quotations.ranking(ranker)::named)
              .getOrDefault("speaker_name_accuracy", 0.0);
      double rule =
          SpeakerNaming.score(devArticles, Quotations.lastNamed()::named)
              .getOrDefault("speaker_name_accuracy", 0.0);
      dev.put("speaker_name_accuracy", learned);
      report.put("dev_speaker_name_accuracy", learned);
      report.put("dev_speaker_name_accuracy_rule", rule);
    }
    Files.createDirectories(out);
    Path model = out.resolve(AntecedentRanker.RESOURCE);
    try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      ranker.write(w);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    QuotesTrainTask.manifest(
            byArticle.size(),
            dev,
            seconds,
            String.format(
                "conditional logit over %d features of the named speakers a he/she speaker may"
                    + " stand for, %d train examples (silver antecedents: nearest earlier gold"
                    + " source naming one person%s); L2 %s by %d-fold CV on train (accuracy %.4f;"
                    + " last-named rule %.4f on the same); dev, when scored, once with this model",
                d,
                n,
                genderGold == null ? "" : " whose gender agrees (GenderGold)",
                bestL2,
                FOLDS,
                best,
                report.get("antecedent_rule_accuracy")))
        .write(out.resolve("antecedent-ranker.manifest.json"), model);
    return new EvalReport("train quotes", data.toString(), report, Map.of());
  }

  /** The fixed L2 of {@code --set l2=X} (instead of the CV grid); refused unless a number > 0. */
  private static double l2(Map<String, String> options) {
    String v = options.getOrDefault("l2", "");
    try {
      double l2 = Double.parseDouble(v.strip());
      if (l2 > 0 && !Double.isInfinite(l2)) {
        return l2;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("l2 must be a number above 0, not " + v);
  }

  private static boolean hit(ConditionalLogit.Group g, int i) {
    return i >= 0 && g.right()[i];
  }
}
