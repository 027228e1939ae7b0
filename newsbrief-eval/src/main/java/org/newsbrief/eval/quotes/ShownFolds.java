package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsbrief.analyze.quote.AntecedentRanker;
import org.newsbrief.analyze.quote.NameSteps;
import org.newsbrief.analyze.quote.QuotationFilter;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.SpeakerRanker;

/**
 * What a briefing shows as speakers ({@link ShownSpeakers}) under K-fold cross-validation on
 * PolNeAR train, folds as in {@link FoldScoring} (article index mod K): each held-out article is
 * briefed with the speaker ranker and quotation filter fitted on the other folds; variant {@code
 * _learned_antecedents}: "he"/"she" also resolved by an antecedent ranker fitted on those folds;
 * {@code _ranked_antecedents}: the rule decides whether to name someone, that ranker who.
 */
final class ShownFolds {
  /** The antecedent ranker's L2, as its own CV on train chose it. */
  private static final double ANTECEDENT_L2 = 10;

  private ShownFolds() {}

  /**
   * {@link ShownSpeakers} figures of K-fold cross-validation on {@code root}: each held-out article
   * briefed with the ranker (less the features in {@code drop}) and filter fitted on the other
   * folds at the shipped setting.
   */
  static Map<String, Double> shown(
      Path root, int folds, int limit, double l2, double threshold, Set<String> drop)
      throws IOException {
    Map<String, Path> articles = QuoteScoring.articles(root, limit);
    List<List<RankingExample>> ranking = new ArrayList<>();
    List<List<FilterTraining.Example>> spans = new ArrayList<>();
    List<List<ConditionalLogit.Group>> pronouns = new ArrayList<>();
    List<List<ConditionalLogit.Group>> pronounsLess = new ArrayList<>();
    List<Integer> lead = AntecedentGroups.dropped("sentence_lead,paragraph_lead");
    Quotations lastNamed = Quotations.lastNamed();
    Map<String, Integer> foldOf = new HashMap<>();
    QuoteFinder rules = QuoteFinder.rules();
    for (Map.Entry<String, Path> e : articles.entrySet()) {
      String text = Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8);
      List<Attribution> gold = Attribution.read(e.getValue(), text);
      foldOf.put(e.getKey(), ranking.size() % folds);
      ranking.add(RankingExample.of(text, gold, rules));
      spans.add(FilterTraining.examples(text, gold, rules));
      pronouns.add(
          AntecedentGroups.of(text, gold, lastNamed, false, List.of(), new ArrayList<>(), null));
      pronounsLess.add(
          AntecedentGroups.of(text, gold, lastNamed, false, lead, new ArrayList<>(), null));
    }
    List<Quotations> byFold = new ArrayList<>();
    List<Quotations> learnedByFold = new ArrayList<>();
    List<Quotations> lessByFold = new ArrayList<>();
    List<Quotations> rankedByFold = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      QuotationFilter filter =
          FilterTraining.fit(FoldScoring.outside(spans, fold, folds), FoldScoring.FILTER_L2, 0.5)
              .withThreshold(threshold);
      SpeakerRanker ranker =
          new SpeakerRanker(
              RankerTraining.fit(FoldScoring.outside(ranking, fold, folds), l2, true, drop));
      byFold.add(Quotations.finding(QuoteFinder.ranking(ranker, filter)));
      AntecedentRanker antecedents =
          new AntecedentRanker(
              ConditionalLogit.fit(
                  AntecedentGroups.answerable(FoldScoring.outside(pronouns, fold, folds)),
                  AntecedentRanker.featureNames().size(),
                  ANTECEDENT_L2));
      learnedByFold.add(byFold.get(fold).withAntecedents(antecedents));
      rankedByFold.add(byFold.get(fold).withRankedAntecedents(antecedents));
      lessByFold.add(
          byFold
              .get(fold)
              .withAntecedents(
                  new AntecedentRanker(
                      ConditionalLogit.fit(
                          AntecedentGroups.answerable(
                              FoldScoring.outside(pronounsLess, fold, folds)),
                          AntecedentRanker.featureNames().size(),
                          ANTECEDENT_L2))));
    }
    Map<String, Double> out = new TreeMap<>();
    Function<String, Quotations> held = key -> byFold.get(foldOf.getOrDefault(key, 0));
    Map<String, Function<String, Quotations>> variants =
        Map.of(
            "",
            held,
            ShownSpeakers.NO_QUOTED_ROLES,
            held,
            "_learned_antecedents",
            key -> learnedByFold.get(foldOf.getOrDefault(key, 0)),
            "_ranked_antecedents",
            key -> rankedByFold.get(foldOf.getOrDefault(key, 0)),
            "_learned_antecedents_no_lead",
            key -> lessByFold.get(foldOf.getOrDefault(key, 0)),
            "_before",
            key -> held.apply(key).withSteps(java.util.EnumSet.noneOf(NameSteps.class)));
    ShownSpeakers.score(articles, variants, null)
        .forEach(
            (k, v) ->
                out.put(k.startsWith("count_") ? "count_cv_" + k.substring(6) : "cv_" + k, v));
    return out;
  }
}
