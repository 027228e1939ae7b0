package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.QuotationFilter;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.analyze.quote.SpeakerRanker;

/**
 * K-fold cross-validation of the whole quotation pipeline on PolNeAR train, scored exactly as
 * {@code eval quotes} scores dev ({@link QuoteScoring}): the articles (sorted, as {@code train
 * quotes} reads them) fall into folds by index mod K, so an article's quotations are never split;
 * for each fold the speaker ranker (conditional logit) and the quotation filter are fitted on the
 * other folds and score the held-out articles; the counts pool over all folds. Every setting of the
 * grid (ranker L2 at the shipped filter threshold, thresholds at the shipped L2; filter L2 as
 * shipped) is scored this way, so settings can be chosen on train rather than dev. The rules, which
 * are not trained, score the same articles.
 */
final class FoldScoring {
  /** The grid: ranker L2 at the shipped threshold, and thresholds at the shipped L2. */
  static final double[][] GRID = {
    {0.01, 0.3}, {0.1, 0.3}, {1, 0.3}, {10, 0.3}, {0.1, 0.2}, {0.1, 0.4}
  };

  static final double FILTER_L2 = 0.1;

  private FoldScoring() {}

  /** A setting of the grid and its pooled held-out figures. */
  record Setting(double rankerL2, double threshold, Map<String, Double> scores) {
    double get(String metric) {
      return scores.getOrDefault(metric, 0.0);
    }

    String key() {
      return "l2_" + tag(rankerL2) + "_t_" + tag(threshold);
    }
  }

  /** The pooled held-out figures of every grid setting, and the rules' figures, on {@code root}. */
  record Result(List<Setting> settings, Map<String, Double> rules, int articles) {
    /**
     * The setting cross-validation chooses: the ranker L2 with the best held-out attribution
     * accuracy at the grid's first threshold, then, at that L2, the filter threshold with the best
     * held-out finding f1 (the filter's job; a higher threshold can raise attribution accuracy only
     * by dropping hard quotations from its denominator). Ties keep grid order.
     */
    Setting chosen() {
      Setting l2 = settings.get(0);
      for (Setting s : settings) {
        if (s.threshold() == l2.threshold()
            && s.get("attribution_accuracy") > l2.get("attribution_accuracy") + 1e-12) {
          l2 = s;
        }
      }
      Setting best = l2;
      for (Setting s : settings) {
        if (s.rankerL2() == l2.rankerL2() && s.get("f1") > best.get("f1") + 1e-12) {
          best = s;
        }
      }
      return best;
    }
  }

  static Result run(Path root, int folds, int limit) throws IOException {
    Map<String, Path> articles = QuoteScoring.articles(root, limit);
    List<String> texts = new ArrayList<>();
    List<List<RankingExample>> ranking = new ArrayList<>();
    List<List<FilterTraining.Example>> spans = new ArrayList<>();
    QuoteFinder rules = QuoteFinder.rules();
    for (Map.Entry<String, Path> e : articles.entrySet()) {
      String text = Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8);
      List<Attribution> gold = Attribution.read(e.getValue(), text);
      texts.add(text);
      ranking.add(RankingExample.of(text, gold, rules));
      spans.add(FilterTraining.examples(text, gold, rules));
    }
    List<QuotationFilter> filters = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      filters.add(FilterTraining.fit(outside(spans, fold, folds), FILTER_L2, 0.5));
    }
    Map<Double, List<SpeakerRanker>> byPenalty = new HashMap<>();
    for (double[] setting : GRID) {
      List<SpeakerRanker> rankers = byPenalty.computeIfAbsent(setting[0], k -> new ArrayList<>());
      for (int fold = rankers.size(); fold < folds; fold++) {
        double[] w = RankerTraining.fit(outside(ranking, fold, folds), setting[0], true);
        rankers.add(new SpeakerRanker(w));
      }
    }
    Map<String, List<List<QuoteSpan>>> found = new HashMap<>();
    for (int a = 0; a < texts.size(); a++) {
      int fold = a % folds;
      List<QuoteFinder> finders = new ArrayList<>();
      for (double[] setting : GRID) {
        SpeakerRanker r = byPenalty.getOrDefault(setting[0], List.of()).get(fold);
        finders.add(QuoteFinder.ranking(r, filters.get(fold).withThreshold(setting[1])));
      }
      finders.add(rules);
      found.put(texts.get(a), QuoteFinder.findEach(texts.get(a), finders));
    }
    List<Setting> settings = new ArrayList<>();
    for (int k = 0; k <= GRID.length; k++) {
      int at = k;
      Map<String, Double> scores =
          QuoteScoring.score(
              articles, text -> found.getOrDefault(text, List.of()).get(at), null, false);
      scores.remove("tokens_per_s");
      settings.add(
          new Setting(k < GRID.length ? GRID[k][0] : 0, k < GRID.length ? GRID[k][1] : 0, scores));
    }
    Map<String, Double> ruleScores = settings.remove(GRID.length).scores();
    return new Result(settings, ruleScores, texts.size());
  }

  /** The figures to report: each setting's held-out attribution accuracy and f1, and the chosen. */
  static Map<String, Double> report(Result r, double shippedL2, double shippedThreshold) {
    Map<String, Double> out = new TreeMap<>();
    for (Setting s : r.settings()) {
      out.put("cv_attribution_accuracy_" + s.key(), s.get("attribution_accuracy"));
      out.put("cv_f1_" + s.key(), s.get("f1"));
      if (s.rankerL2() == shippedL2 && s.threshold() == shippedThreshold) {
        for (String k : List.of("attribution_accuracy", "attribution_recall", "f1")) {
          out.put("cv_" + k, s.get(k));
        }
      }
    }
    Setting chosen = r.chosen();
    out.put("cv_chosen_" + chosen.key(), 1.0);
    out.put("cv_chosen_attribution_accuracy", chosen.get("attribution_accuracy"));
    out.put("cv_chosen_f1", chosen.get("f1"));
    out.put("count_cv_articles", (double) r.articles());
    return out;
  }

  /** The examples of the articles outside {@code fold} (article index mod {@code folds}). */
  static <T> List<T> outside(List<List<T>> byArticle, int fold, int folds) {
    List<T> out = new ArrayList<>();
    for (int a = 0; a < byArticle.size(); a++) {
      if (a % folds != fold) {
        out.addAll(byArticle.get(a));
      }
    }
    return out;
  }

  private static String tag(double v) {
    return String.valueOf(v).replace(".", "_");
  }
}
