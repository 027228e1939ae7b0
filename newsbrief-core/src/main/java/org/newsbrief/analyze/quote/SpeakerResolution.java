package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The speaker each attributed quotation of one text resolves to, as {@link Quotations} configures
 * it: the mention the {@code finder} chose, trailing adverbs cut ({@link NameSteps#TRIM}); a
 * pronoun to its antecedent (the last named speaker, or the {@code ranker}; {@link
 * NameSteps#PERSON_ANTECEDENTS}); a relative "who" to the name before it; a role to the name its
 * article gives it ({@link NameSteps#ROLE_NAMES}).
 *
 * @param finder finds and attributes the quotations
 * @param ranker the antecedent ranker when not {@code ruleAntecedents} (null: the shipped one);
 *     with {@code ruleAntecedents} and {@link NameSteps#PERSON_ANTECEDENTS} it picks who among
 *     person-like names where the rule names someone ({@link AntecedentChoice#ranked})
 * @param ruleAntecedents whether "he"/"she" take the rule's antecedent (or the rule decides
 *     whether)
 * @param clash the gender clash above which the rule passes over a name (1: never)
 * @param steps the naming steps on
 */
record SpeakerResolution(
    QuoteFinder finder,
    @Nullable AntecedentRanker ranker,
    boolean ruleAntecedents,
    double clash,
    Set<NameSteps> steps) {
  /** The attributed quotations of one text, pronoun speakers replaced by their antecedents. */
  List<QuoteSpan> resolve(String text, @Nullable List<AntecedentChoice> choices) {
    return resolve(text, choices, null);
  }

  /**
   * As above; with {@link NameSteps#RELAY} a quotation whose speaker relays another's words takes
   * the inner speaker ({@link Relays}), and {@code vias} (when given) maps its start to the relay.
   */
  List<QuoteSpan> resolve(
      String text, @Nullable List<AntecedentChoice> choices, @Nullable Map<Integer, String> vias) {
    List<QuoteSpan> found = new ArrayList<>(finder.find(text));
    if (steps.contains(NameSteps.RELAY)) {
      for (int i = 0; i < found.size(); i++) {
        QuoteSpan inner = Relays.inner(text, found.get(i));
        if (inner != null) {
          if (vias != null) {
            vias.put(inner.start(), found.get(i).speaker());
          }
          found.set(i, inner);
        }
      }
    }
    List<QuoteSpan> named = new ArrayList<>(NamedSpeakers.of(text, found, steps));
    List<QuoteSpan> quoted = new ArrayList<>();
    Antecedents antecedents = new Antecedents(text);
    Set<String> speakers = NamedSpeakers.keys(named, found);
    List<QuoteSpan> out = new ArrayList<>();
    for (QuoteSpan q : found) {
      if (!q.attributed()) {
        continue;
      }
      String mention = q.speaker();
      if (steps.contains(NameSteps.TRIM)) {
        mention = SpeakerNames.withoutTrailingAdverbs(mention);
      }
      if (mention.equals("who")) {
        mention = ArticleNames.relative(text, q.speakerStart());
      }
      if (SpeakerNames.isPronoun(mention) || mention.isEmpty()) {
        AntecedentChoice c =
            antecedents.choice(q.start(), q.end(), mention, q.speakerStart(), named, quoted);
        if (choices != null) {
          choices.add(c);
        }
        boolean singular = mention.matches("(?i)he|she");
        double nameClash = steps.contains(NameSteps.NAME_GENDER) ? NameSteps.NAME_CLASH : 1;
        int pick = singular ? c.agreeing(clash) : c.rule();
        if (singular && steps.contains(NameSteps.PERSON_ANTECEDENTS)) {
          pick =
              ruleAntecedents && ranker != null
                  ? c.ranked(ranker, clash)
                  : c.person(clash, nameClash);
        }
        if (!ruleAntecedents && mention.matches("(?i)he|she") && !c.candidates().isEmpty()) {
          pick = (ranker != null ? ranker : AntecedentRanker.shipped()).best(c.features());
        }
        if (pick < 0) {
          continue;
        }
        mention = c.candidates().get(pick);
      } else {
        QuoteSpan said =
            new QuoteSpan(q.start(), q.end(), q.speakerStart(), q.speakerEnd(), mention);
        named.add(said);
        quoted.add(said);
      }
      String role =
          steps.contains(NameSteps.ROLE_NAMES)
              ? RoleNames.named(text, mention, q.start(), speakers)
              : null;
      if (role != null) {
        mention = role;
      }
      out.add(new QuoteSpan(q.start(), q.end(), q.speakerStart(), q.speakerEnd(), mention));
    }
    return out;
  }
}
