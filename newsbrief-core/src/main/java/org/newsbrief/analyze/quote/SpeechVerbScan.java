package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds every match of {@link SpeakerPatterns#SPEAKER_VERB} in a long text, as {@code
 * SPEAKER_VERB.matcher(text).find()} in a loop would, without trying the speaker phrase at every
 * character: each match ends in a speech verb, and its speaker phrase is at most {@link #MAX_WORDS}
 * words of letters, digits and {@code .'’&-()} before it. So the scan finds the verbs first and
 * runs the full pattern only over the few words before each one.
 */
final class SpeechVerbScan {
  /** Words a match may span before its verb: ten speaker words and one adverb, plus one spare. */
  static final int MAX_WORDS = 12;

  private static final Pattern VERB_WORD = Pattern.compile("\\b" + SpeakerPatterns.VERB + "\\b");

  private SpeechVerbScan() {}

  /** The matches of the speaker-verb pattern in {@code text}, left to right, not overlapping. */
  static List<MatchResult> matches(String text) {
    return scan(text, Integer.MAX_VALUE);
  }

  /** The first match of the speaker-verb pattern in {@code text}, as {@code find()} gives it. */
  static @Nullable MatchResult first(String text) {
    List<MatchResult> found = scan(text, 1);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<MatchResult> scan(String text, int limit) {
    List<MatchResult> found = new ArrayList<>();
    Matcher verbs = VERB_WORD.matcher(text);
    Matcher full =
        SpeakerPatterns.SPEAKER_VERB
            .matcher(text)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
    int pos = 0;
    int nextVerb = 0;
    while (found.size() < limit && nextVerb < text.length() && verbs.find(nextVerb)) {
      int windowStart = Math.max(pos, windowStart(text, verbs.start()));
      if (windowStart > verbs.start()) {
        nextVerb = verbs.start() + 1;
        continue;
      }
      full.region(windowStart, verbs.end());
      if (full.find()) {
        found.add(full.toMatchResult());
        pos = full.end();
        nextVerb = pos;
      } else {
        nextVerb = verbs.start() + 1;
      }
    }
    return found;
  }

  /**
   * Where a speaker phrase ending just before {@code verbStart} could begin at the earliest: after
   * the last character no speaker word may hold, and at most {@link #MAX_WORDS} words back.
   */
  static int windowStart(String text, int verbStart) {
    int i = verbStart;
    int words = 0;
    boolean inWord = false;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (Character.isWhitespace(c)) {
        if (inWord && ++words >= MAX_WORDS) {
          return i;
        }
        inWord = false;
      } else if (phraseChar(c)) {
        inWord = true;
      } else {
        return i;
      }
      i--;
    }
    return 0;
  }

  private static boolean phraseChar(char c) {
    return Character.isLetterOrDigit(c) || ".'’&-()_".indexOf(c) >= 0;
  }

  /**
   * Every named (non-pronoun) speaker mention of {@code text}: the subjects of speech verbs,
   * whether or not a quotation follows. Pronoun speakers resolve to the last of these.
   */
  static List<QuoteSpan> namedMentions(String text) {
    List<QuoteSpan> mentions = new ArrayList<>();
    for (MatchResult m : SpeechVerbScan.matches(text)) {
      QuoteSpan s = SpeakerSpans.trimmed(0, m.start(1), m.start(1), m.start(1), m.group(1));
      if (s.attributed() && !SpeakerPatterns.PRONOUN.matcher(s.speaker()).matches()) {
        mentions.add(s);
      }
    }
    return mentions;
  }
}
