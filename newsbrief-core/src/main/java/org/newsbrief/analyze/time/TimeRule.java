package org.newsbrief.analyze.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One pattern of time expression and how to normalise what it matches. */
record TimeRule(Pattern pattern, TensedNormaliser normaliser, boolean tensed, TimeGate gate) {
  /** A TIMEX3 type and value. */
  record Value(String type, String value) {}

  /** Turns a match into a value, or null to reject the match. */
  @FunctionalInterface
  interface Normaliser {
    @Nullable Value normalise(Matcher match, @Nullable LocalDate anchor);
  }

  /** As {@link Normaliser}, also told whether the clause looks ahead of the article's date. */
  @FunctionalInterface
  interface TensedNormaliser {
    @Nullable Value normalise(Matcher match, @Nullable LocalDate anchor, Tense tense);
  }

  static TimeRule of(String regex, Normaliser normaliser) {
    return new TimeRule(
        Pattern.compile(regex), (m, a, t) -> normaliser.normalise(m, a), false, TimeGate.ANY);
  }

  /** A rule whose value depends on the tense of the clause before it (read only for these). */
  static TimeRule tensed(String regex, TensedNormaliser normaliser) {
    return new TimeRule(Pattern.compile(regex), normaliser, true, TimeGate.ANY);
  }

  static TimeRule ignoringCase(String regex, Normaliser normaliser) {
    return new TimeRule(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
        (m, a, t) -> normaliser.normalise(m, a),
        false,
        TimeGate.ANY);
  }

  /** This rule, tried only on sentences that pass {@code newGate}. */
  TimeRule gated(TimeGate newGate) {
    return new TimeRule(pattern, normaliser, tensed, newGate);
  }
}
