package org.newsbrief.analyze.quote;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps that turn a speaker mention into the name a briefing shows, each measured on PolNeAR
 * ({@code eval quotes --set part=shown}: {@code shown_speaker_accuracy} with and without it). On by
 * default: {@link #DEFAULT} ({@link #TRIM}, {@link #PERSON_ANTECEDENTS}, {@link #RELAY}); the other
 * two showed no gain on train and stay off.
 */
public enum NameSteps {
  /** A trailing adverb leaves the speaker phrase: "He then" is "He", then resolved as a pronoun. */
  TRIM,
  /**
   * "He" / "she" pass over earlier speaker phrases that are not people ("Following", "April", "When
   * you"): {@link SpeakerNames#personLike}.
   */
  PERSON_ANTECEDENTS,
  /** A role speaker takes the name its article gives that role ({@link RoleNames}). */
  ROLE_NAMES,
  /**
   * A bare surname that no speaker's full name gives takes the nearest full name of any mention of
   * its article, and across articles only a surname with one full name in the story takes it.
   */
  ARTICLE_FULL_NAMES,
  /**
   * A speaker that only relays another's words ("Sanders said, according to CNN") gives way to the
   * inner speaker, the relay kept as the quote's "via" ({@link Relays}).
   */
  RELAY,
  /**
   * "He" / "she" also pass over earlier speakers whose first name's gender, learned from news text
   * ({@link NameGender}), clearly clashes with the pronoun.
   */
  NAME_GENDER;

  /** The name-gender clash above which {@link #NAME_GENDER} passes over a name. */
  public static final double NAME_CLASH = 0.4;

  /** The steps a {@link Quotations} resolver takes unless told otherwise. */
  public static final Set<NameSteps> DEFAULT =
      Collections.unmodifiableSet(EnumSet.of(TRIM, PERSON_ANTECEDENTS, RELAY));
}
