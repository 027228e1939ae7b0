package org.newsbrief.analyze.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Layered sources: a quotation's chosen source that only relays someone else's words ("“...,”
 * Sanders said, according to CNN"; "the agency quoted the minister as saying"). The chosen source
 * stays the source (PolNeAR's gold takes the outer medium); this step names the inner speaker,
 * shown as the speaker with the relay as "via".
 *
 * <p>The source relays when it is who the sentence is "according to", the subject of "reported" or
 * "quoted", or who a speaker "told". The inner speaker is then the subject of a speech verb in the
 * same sentence, outside quotation marks ("X said", "X told", {@code ,” said X}, "quoted X as
 * saying"), nearest to the quotation and not the source itself. A source that "says" or "reported"
 * before the quotation relays only to a speaker standing between it and the quotation ("the agency
 * says the minister told ... that “..."). A pronoun source never relays. Thread-safe.
 */
public final class Relays {
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?$");
  private static final Pattern TOLD = Pattern.compile("\\btold\\s+(?:the\\s+|a\\s+|an\\s+)?$");
  private static final Pattern REPORTS =
      Pattern.compile(
          "^\\s*,?\\s*(?:(?:also|later|has|had)\\s+)?(?:reported|reports|quoted|quotes)\\b");
  private static final Pattern SAYS =
      Pattern.compile("^\\s*,?\\s*(?:(?:also|has|have|had)\\s+)?(?:said|says|reported|reports)\\b");
  private static final String INNER_VERB =
      "(?:said|says|told|tells|added|adds|wrote|writes|replied|declared|stated|insisted|warned)";
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          "("
              + SpeakerPatterns.SPEAKER
              + ")\\s+(?:(?:also|then|later|has|had)\\s+)?"
              + INNER_VERB
              + "\\b");
  private static final Pattern VERB_SUBJECT =
      Pattern.compile(
          "[”\"]\\s*,?\\s*" + INNER_VERB + "\\s+(" + SpeakerPatterns.SPEAKER_GREEDY + ")");
  private static final Pattern QUOTED_AS =
      Pattern.compile(
          "\\bquot(?:ed|es)\\s+("
              + SpeakerPatterns.SPEAKER_GREEDY
              + ")\\s+as\\s+(?:saying|telling)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’)]*[\\s\\u00a0]|\\n");

  private Relays() {}

  /**
   * The inner speaker of quotation {@code q} in {@code text} when its speaker mention relays
   * another's words (offsets are the inner mention's), else null.
   */
  public static @Nullable QuoteSpan inner(String text, QuoteSpan q) {
    if (!q.attributed() || SpeakerPatterns.PRONOUN.matcher(q.speaker()).matches()) {
      return null;
    }
    boolean medium = relays(text, q);
    if (!medium && !speaks(text, q)) {
      return null;
    }
    String all = masked(text, 0, Math.min(text.length(), Math.max(q.speakerEnd(), q.end()) + 600));
    int from = sentenceStart(all, Math.min(q.speakerStart(), Math.max(0, q.start() - 1)));
    int to = sentenceEnd(all, Math.max(q.speakerEnd(), Math.max(0, q.end() - 1)));
    if (crossesSentence(all, q)) {
      return null;
    }
    String masked = all.substring(from, to);
    QuoteSpan best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {SUBJECT_VERB, VERB_SUBJECT, QUOTED_AS}) {
      Matcher m = p.matcher(masked);
      while (m.find()) {
        QuoteSpan s =
            SpeakerSpans.trimmed(0, q.start(), q.end(), from + m.start(1), m.group(1).strip());
        if (!s.attributed()
            || s.speakerStart() < q.speakerEnd() && q.speakerStart() < s.speakerEnd()
            || !innerShape(s.speaker())
            || !medium && !between(s, q)) {
          continue;
        }
        int gap =
            s.speakerEnd() <= q.start() ? q.start() - s.speakerEnd() : s.speakerStart() - q.end();
        if (Math.abs(gap) < bestGap) {
          bestGap = Math.abs(gap);
          best = s;
        }
      }
    }
    return best;
  }

  /** Whether the speaker mention of {@code q} relays: "according to", "reported", "told". */
  static boolean relays(String text, QuoteSpan q) {
    String ahead = text.substring(Math.max(0, q.speakerStart() - 30), q.speakerStart());
    String after = text.substring(q.speakerEnd(), Math.min(text.length(), q.speakerEnd() + 30));
    return ACCORDING.matcher(ahead).find()
        || TOLD.matcher(ahead).find()
        || REPORTS.matcher(after).find();
  }

  /**
   * Whether the speaker mention of {@code q} stands before it and "says" or "reported" ("the agency
   * says the minister told ... “").
   */
  static boolean speaks(String text, QuoteSpan q) {
    return q.speakerEnd() <= q.start()
        && SAYS.matcher(
                text.substring(q.speakerEnd(), Math.min(text.length(), q.speakerEnd() + 30)))
            .find();
  }

  /** Whether inner speaker {@code s} stands between the speaker of {@code q} and the quotation. */
  private static boolean between(QuoteSpan s, QuoteSpan q) {
    return s.speakerStart() >= q.speakerEnd() && s.speakerEnd() <= q.start();
  }

  /** A name, a he/she/they, or a role: a capitalised word or a pronoun. */
  private static boolean innerShape(String s) {
    String[] words = s.split("\\s+");
    return s.matches("(?i)he|she|they")
        || !s.matches("(?i)it|we|i")
            && (s.matches("(?s).*\\b\\p{Lu}.*") || SpeakerPatterns.isRole(words[words.length - 1]));
  }

  /** Whether a sentence ends, outside the quotation, between the speaker mention and it. */
  private static boolean crossesSentence(String all, QuoteSpan q) {
    int a = Math.min(q.speakerEnd(), Math.max(0, q.start() - 1));
    int b = Math.max(q.speakerStart(), q.end());
    String between = all.substring(a, b);
    return SENTENCE_END.matcher(between).find();
  }

  /** {@code text[from, to)} with what stands between quotation marks blanked (offsets kept). */
  static String masked(String text, int from, int to) {
    StringBuilder b = new StringBuilder(text.substring(from, to));
    boolean inside = false;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '“' || c == '"' && !inside) {
        inside = true;
      } else if (c == '”' || c == '"') {
        inside = false;
        if (i > 0 && ".!?".indexOf(text.charAt(from + i - 1)) >= 0) {
          b.setCharAt(i - 1, '.');
        }
      } else if (inside) {
        b.setCharAt(i, c == '\n' ? '\n' : ' ');
      }
    }
    return b.toString();
  }

  /** Where the sentence holding {@code at} starts in masked text {@code all}. */
  private static int sentenceStart(String all, int at) {
    int cut = 0;
    Matcher m = SENTENCE_END.matcher(all).region(Math.max(0, at - 600), at);
    while (m.find()) {
      cut = m.end();
    }
    return cut;
  }

  /** Where the sentence holding {@code at} ends in masked text {@code all}. */
  private static int sentenceEnd(String all, int at) {
    Matcher m = SENTENCE_END.matcher(all).region(at, all.length());
    return m.find() ? m.start() + 1 : all.length();
  }
}
