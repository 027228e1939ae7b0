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
 * {@code _ranked_antecedents}: the rule decides whether to name someone, that ranker who; {@code
 * _with_name_gender}: the default with {@link NameSteps#NAME_GENDER}; {@code _ranked_margin_1},
 * {@code _ranked_margin_2}, {@code _ranked_speakers}: see {@link #TILTS}.
 */
final class ShownFolds {
  /** The antecedent ranker's L2, as its own CV on train chose it. */
  private static final double ANTECEDENT_L2 = 10;

  /**
   * Variants of {@code _ranked_antecedents} whose ranker weights are shifted: the rule's pick kept
   * unless the ranker prefers another by a margin of 1 or 2; only names that spoke before.
   */
  private static final Map<String, double[]> TILTS =
      Map.of(
          "_ranked_margin_1", tilt("rule_pick", 1),
          "_ranked_margin_2", tilt("rule_pick", 2),
          "_ranked_speakers", tilt("mention_only", -100));

  private ShownFolds() {}

  private static double[] tilt(String feature, double by) {
    double[] t = new double[AntecedentRanker.featureNames().size()];
    t[AntecedentRanker.featureNames().indexOf(feature)] = by;
    return t;
  }

  /**
   * {@link ShownSpeakers} figures of K-fold cross-validation on {@code root}: each held-out article
   * briefed with the ranker (less the features in {@code drop}) and filter fitted on the other
   * folds at the shipped setting.
   */
  static Map<String, Double> shown(
      Path root,
      int folds,
      int limit,
      double l2,
      double threshold,
      Set<String> drop,
      Set<String> only)
      throws IOException {
    Map<String, Path> articles = QuoteScoring.articles(root, limit);
    List<List<RankingExample>> ranking = new ArrayList<>();
    List<List<FilterTraining.Example>> spans = new ArrayList<>();
    List<List<ConditionalLogit.Group>> pronouns = new ArrayList<>();
    List<List<ConditionalLogit.Group>> pronounsLess = new ArrayList<>();
    List<List<ConditionalLogit.Group>> pronounsGender = new ArrayList<>();
    GenderGold genderGold = new GenderGold(org.newsbrief.analyze.quote.NameGender.shipped());
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
      pronounsGender.add(
          AntecedentGroups.of(
              text, gold, lastNamed, false, List.of(), new ArrayList<>(), null, genderGold));
    }
    List<Quotations> byFold = new ArrayList<>();
    List<Quotations> learnedByFold = new ArrayList<>();
    List<Quotations> lessByFold = new ArrayList<>();
    List<Quotations> rankedByFold = new ArrayList<>();
    List<Quotations> genderRankedByFold = new ArrayList<>();
    List<Quotations> genderLearnedByFold = new ArrayList<>();
    Map<String, List<Quotations>> tiltedByFold = new TreeMap<>();
    for (int fold = 0; fold < folds; fold++) {
      QuotationFilter filter =
          FilterTraining.fit(FoldScoring.outside(spans, fold, folds), FoldScoring.FILTER_L2, 0.5)
              .withThreshold(threshold);
      SpeakerRanker ranker =
          new SpeakerRanker(
              RankerTraining.fit(FoldScoring.outside(ranking, fold, folds), l2, true, drop));
      byFold.add(Quotations.finding(QuoteFinder.ranking(ranker, filter)));
      double[] w =
          ConditionalLogit.fit(
              AntecedentGroups.answerable(FoldScoring.outside(pronouns, fold, folds)),
              AntecedentRanker.featureNames().size(),
              ANTECEDENT_L2);
      AntecedentRanker antecedents = new AntecedentRanker(w);
      for (Map.Entry<String, double[]> t : TILTS.entrySet()) {
        double[] tilted = w.clone();
        for (int i = 0; i < tilted.length; i++) {
          tilted[i] += t.getValue()[i];
        }
        tiltedByFold
            .computeIfAbsent(t.getKey(), k -> new ArrayList<>())
            .add(byFold.get(fold).withRankedAntecedents(new AntecedentRanker(tilted)));
      }
      AntecedentRanker byGender =
          new AntecedentRanker(
              ConditionalLogit.fit(
                  AntecedentGroups.answerable(FoldScoring.outside(pronounsGender, fold, folds)),
                  AntecedentRanker.featureNames().size(),
                  ANTECEDENT_L2));
      genderRankedByFold.add(byFold.get(fold).withRankedAntecedents(byGender));
      genderLearnedByFold.add(byFold.get(fold).withAntecedents(byGender));
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
    java.util.EnumSet<NameSteps> withGender = java.util.EnumSet.copyOf(NameSteps.DEFAULT);
    withGender.add(NameSteps.NAME_GENDER);
    Map<String, Function<String, Quotations>> variants = new TreeMap<>();
    variants.put(
        "_ranked_gender_silver", key -> genderRankedByFold.get(foldOf.getOrDefault(key, 0)));
    variants.put(
        "_learned_gender_silver", key -> genderLearnedByFold.get(foldOf.getOrDefault(key, 0)));
    tiltedByFold.forEach(
        (name, byTilt) -> variants.put(name, key -> byTilt.get(foldOf.getOrDefault(key, 0))));
    variants.putAll(
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
            key -> held.apply(key).withSteps(java.util.EnumSet.noneOf(NameSteps.class)),
            "_with_name_gender",
            key -> held.apply(key).withSteps(withGender)));
    ChosenVariants.retain(variants, only);
    ShownSpeakers.score(articles, variants, null)
        .forEach(
            (k, v) ->
                out.put(k.startsWith("count_") ? "count_cv_" + k.substring(6) : "cv_" + k, v));
    return out;
  }
}
