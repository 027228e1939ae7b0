package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.quote.AntecedentChoice;
import org.newsbrief.analyze.quote.AntecedentRanker;
import org.newsbrief.analyze.quote.Quotations;

/**
 * The he/she antecedent choices of PolNeAR articles as {@link ConditionalLogit} groups (silver
 * antecedent: the nearest earlier gold source naming one person), for {@link AntecedentTraining}
 * and {@link ShownFolds}.
 */
final class AntecedentGroups {
  private AntecedentGroups() {}

  /** The feature indices named in {@code drop} ("a,b"), zeroed in every row; unknown refused. */
  static List<Integer> dropped(String drop) {
    List<Integer> out = new ArrayList<>();
    for (String name : drop.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      int i = AntecedentRanker.featureNames().indexOf(name.strip());
      if (i < 0) {
        throw new IllegalArgumentException("no antecedent feature " + name.strip());
      }
      out.add(i);
    }
    return out;
  }

  /**
   * The he/she antecedent choices of one article with a gold name, as ranking groups (features in
   * {@code dropped} zeroed); the rule's picks are added to {@code rule}; with a {@code file} name,
   * the rule's errors are printed.
   */
  static List<ConditionalLogit.Group> of(
      String text,
      List<Attribution> gold,
      Quotations resolver,
      boolean skipPronouns,
      List<Integer> dropped,
      List<Integer> rule,
      @Nullable String file) {
    return of(text, gold, resolver, skipPronouns, dropped, rule, file, null);
  }

  /** As above; with a {@code genderGold}, the silver antecedent is its gender-aware one. */
  static List<ConditionalLogit.Group> of(
      String text,
      List<Attribution> gold,
      Quotations resolver,
      boolean skipPronouns,
      List<Integer> dropped,
      List<Integer> rule,
      @Nullable String file,
      @Nullable GenderGold genderGold) {
    List<ConditionalLogit.Group> groups = new ArrayList<>();
    for (AntecedentChoice c : resolver.antecedentChoices(text)) {
      List<String> name = goldName(text, gold, c, skipPronouns, genderGold);
      if (!c.pronoun().matches("(?i)he|she") || name.isEmpty() || c.candidates().isEmpty()) {
        continue;
      }
      for (double[] row : c.features()) {
        dropped.forEach(f -> row[f] = 0);
      }
      boolean[] right = new boolean[c.candidates().size()];
      for (int i = 0; i < right.length; i++) {
        right[i] = SpeakerNaming.sameName(SpeakerNaming.words(c.candidates().get(i)), name);
      }
      groups.add(new ConditionalLogit.Group(c.features(), right));
      if (file != null && !(c.rule() >= 0 && right[c.rule()])) {
        System.err.printf(
            "ANTECEDENT %s | %s | gold %s | rule %s | candidates %s | %s%n",
            file,
            c.pronoun(),
            name,
            c.rule(),
            c.candidates(),
            text.substring(Math.max(0, c.start() - 300), c.start()).replace('\n', ' '));
      }
      rule.add(c.rule());
    }
    return groups;
  }

  private static List<String> goldName(
      String text,
      List<Attribution> gold,
      AntecedentChoice c,
      boolean skipPronouns,
      @Nullable GenderGold genderGold) {
    for (Attribution r : gold) {
      if (r.direct()
          && !r.source().isEmpty()
          && Attribution.overlaps(r.content(), c.start(), c.end())) {
        return genderGold != null
            ? genderGold.goldName(text, r, gold)
            : SpeakerNaming.goldName(text, r, gold, skipPronouns);
      }
    }
    return List.of();
  }

  /** The groups with at least one right candidate. */
  static List<ConditionalLogit.Group> answerable(List<ConditionalLogit.Group> groups) {
    List<ConditionalLogit.Group> out = new ArrayList<>();
    for (ConditionalLogit.Group g : groups) {
      for (boolean b : g.right()) {
        if (b) {
          out.add(g);
          break;
        }
      }
    }
    return out;
  }
}
