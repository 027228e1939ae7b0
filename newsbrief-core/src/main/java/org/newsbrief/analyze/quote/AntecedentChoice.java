package org.newsbrief.analyze.quote;

import java.util.List;

/**
 * A pronoun speaker ("he said") and the named speakers it may stand for, for learning and scoring
 * the {@link AntecedentRanker}.
 *
 * @param start offset of the quotation's content
 * @param end offset just past the quotation's content
 * @param pronoun the pronoun as written
 * @param candidates the candidate antecedents (named mentions as written), most recent first
 * @param features one {@link Antecedents#NAMES} row per candidate
 * @param rule the candidate the rule (last named, not plural) takes, or -1
 */
public record AntecedentChoice(
    int start,
    int end,
    String pronoun,
    List<String> candidates,
    List<double[]> features,
    int rule) {
  private static final int PLURAL = Antecedents.NAMES.indexOf("plural");
  private static final int CLASH = Antecedents.NAMES.indexOf("gender_clash");
  private static final int MENTION_ONLY = Antecedents.NAMES.indexOf("mention_only");
  private static final int NAME_CLASH = Antecedents.NAMES.indexOf("name_clash");

  /**
   * The rule's pick for "he" / "she", passing over named speakers whose gender as the article tells
   * it clashes with the pronoun by more than {@code clash} (0: any clash; 1: none passed over): the
   * first candidate from the rule's on that is a speaker, not plural and does not clash; the rule's
   * pick when there is none.
   */
  public int agreeing(double clash) {
    if (rule < 0) {
      return rule;
    }
    for (int i = rule; i < candidates.size(); i++) {
      double[] x = features.get(i);
      if (x[MENTION_ONLY] == 0 && x[PLURAL] == 0 && x[CLASH] <= clash) {
        return i;
      }
    }
    return rule;
  }

  /**
   * The rule's pick passing over speaker phrases that are not people ({@link
   * SpeakerNames#personLike}: "Following", "April", "When you"): the first candidate that is a
   * speaker, not plural and person-like; -1 when none.
   */
  public int person() {
    return person(1);
  }

  /**
   * As {@link #person()}, also passing over names whose gender clashes by more than {@code clash}.
   */
  public int person(double clash) {
    return person(clash, 1);
  }

  /**
   * As {@link #person(double)}, also passing over names whose first name's learned gender ({@link
   * NameGender}) clashes with the pronoun by more than {@code nameClash} (1: none passed over).
   */
  public int person(double clash, double nameClash) {
    for (int i = Math.max(rule, 0); rule >= 0 && i < candidates.size(); i++) {
      double[] x = features.get(i);
      if (x[MENTION_ONLY] == 0
          && x[PLURAL] == 0
          && x[CLASH] <= clash
          && x[NAME_CLASH] <= nameClash
          && SpeakerNames.personLike(candidates.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The rule decides whether ({@link #person(double)}); {@code ranker} decides who among the
   * candidates that are not plural, person-like and clash by at most {@code clash}; -1 when the
   * rule names no one.
   */
  public int ranked(AntecedentRanker ranker, double clash) {
    if (person(clash) < 0) {
      return -1;
    }
    List<Integer> at = new java.util.ArrayList<>();
    List<double[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      double[] x = features.get(i);
      if (x[PLURAL] == 0 && x[CLASH] <= clash && SpeakerNames.personLike(candidates.get(i))) {
        at.add(i);
        rows.add(x);
      }
    }
    return at.get(ranker.best(rows));
  }
}
