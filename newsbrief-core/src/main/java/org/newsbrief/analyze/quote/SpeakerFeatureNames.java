package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the {@link SpeakerFeatures} vector, in vector order: a bias, which rules name the
 * candidate (the rules' pick, each of the {@link QuoteAttribution} strategies, an introducing
 * paragraph, a carried-over speaker), its kind, its position, its context and salience, then the
 * kind x position conjunctions. The shipped {@code speaker-ranker.txt} names its weights with them.
 */
final class SpeakerFeatureNames {
  /** Feature names, in vector order. */
  static final List<String> ALL = names();

  private SpeakerFeatureNames() {}

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("bias", "rules_pick"));
    for (int s = 0; s < QuoteAttribution.STRATEGIES; s++) {
      n.add("rule_" + s);
    }
    n.addAll(
        List.of(
            "introducer",
            "carried",
            "he_she",
            "they",
            "we_i",
            "it",
            "name",
            "role",
            "plural",
            "inside_quote",
            "before_same_sentence",
            "after_same_sentence",
            "before_paragraph",
            "after_paragraph",
            "other_paragraph",
            "log_gap",
            "nearest_before",
            "nearest_after",
            "verb_follows",
            "verb_precedes",
            "possessive",
            "after_preposition",
            "sentence_start",
            "salience",
            "spoke_before",
            "words",
            "quote_opens_paragraph_after",
            "who",
            "first_in_sentence",
            "after_verb",
            "all_caps",
            "calendar",
            "crosses_sentence",
            "he_she_before",
            "name_before",
            "name_after",
            "he_she_after",
            "role_before",
            "verb_follows_before",
            "according_beside_speaker",
            "nearer_speaker_between"));
    return List.copyOf(n);
  }
}
