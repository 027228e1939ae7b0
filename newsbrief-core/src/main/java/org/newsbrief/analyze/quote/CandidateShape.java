package org.newsbrief.analyze.quote;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Shape features of a candidate speaker beside {@link SpeakerFeatures}' positional ones: a relative
 * "who", the first mention of its sentence, a mention right after a verb (an object), all capitals
 * (a dateline), a day or month, a rule phrase running over a sentence end; and whether a candidate
 * is the nearest to its quotation on its side.
 */
final class CandidateShape {
  private static final Pattern OBJECT =
      Pattern.compile(
          "\\b(?!(?:the|a|an|of|to|with|by|for|about|and|or|that|in|on|at|as|from)\\s)"
              + "\\p{Ll}+\\s+(?:the\\s+)?$");
  private static final Pattern CALENDAR =
      Pattern.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
              + "|April|May|June|July|August|September|October|November|December)\\b.*");
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?$");
  private final String text;
  private final java.util.Map<Integer, Boolean> speaksAt = new java.util.HashMap<>();

  CandidateShape(String text) {
    this.text = text;
  }

  /** Shape features: relative "who", first mention of its sentence, after a verb, capitals. */
  int more(
      double[] x, int k, SpeakerCandidate c, String t, String ahead, List<SpeakerCandidate> all) {
    x[k++] = t.equals("who") ? 1 : 0;
    x[k++] = firstInSentence(c, all) ? 1 : 0;
    x[k++] = OBJECT.matcher(ahead).find() ? 1 : 0;
    x[k++] = c.text().length() > 1 && c.text().equals(c.text().toUpperCase(Locale.ROOT)) ? 1 : 0;
    x[k++] = CALENDAR.matcher(c.text()).matches() ? 1 : 0;
    x[k++] = c.text().matches("(?s).*[.!?]\\s.*") ? 1 : 0;
    return k;
  }

  /**
   * Layered sources: {@code c} is who a sentence is "according to" while another candidate of its
   * sentence is the subject of a speech verb ("Sanders said, according to CNN"); {@code c} is the
   * subject of a speech verb while a nearer one stands between it and the quotation in the same
   * sentence ("the agency says the minister told ...").
   */
  int layered(double[] x, int k, SpeakerCandidate c, QuoteSpan q, List<SpeakerCandidate> all) {
    String ahead = text.substring(Math.max(0, c.start() - 40), c.start());
    boolean according = ACCORDING.matcher(ahead).find();
    boolean speakerBeside = false;
    boolean nearerSpeaker = false;
    boolean subject = c.end() <= q.start() && speaks(c);
    for (SpeakerCandidate o : according || subject ? all : List.<SpeakerCandidate>of()) {
      if (o == c || !speaks(o) || !sameSentence(o, c)) {
        continue;
      }
      speakerBeside = true;
      nearerSpeaker |= subject && o.start() > c.end() && o.end() <= q.start();
    }
    x[k++] = according && speakerBeside ? 1 : 0;
    x[k++] = nearerSpeaker ? 1 : 0;
    return k;
  }

  /** Whether a speech verb follows {@code o} (cached by its end: one article per instance). */
  private boolean speaks(SpeakerCandidate o) {
    return speaksAt.computeIfAbsent(
        o.end(),
        end ->
            SpeakerFeatures.VERB_FOLLOWS
                .matcher(text.substring(end, Math.min(text.length(), end + 60)))
                .find());
  }

  private boolean sameSentence(SpeakerCandidate a, SpeakerCandidate b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    if (from >= to) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return !SpeakerFeatures.SENTENCE_END.matcher(text).region(from, to).find();
  }

  /** Whether no other candidate stands between the start of its sentence and {@code c}. */
  private boolean firstInSentence(SpeakerCandidate c, List<SpeakerCandidate> all) {
    for (SpeakerCandidate o : all) {
      if (o.end() <= c.start()) {
        String between = text.substring(o.end(), c.start());
        if (between.indexOf('\n') < 0 && !SpeakerFeatures.SENTENCE_END.matcher(between).find()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether no other candidate stands between {@code c} and the quotation, on its side. */
  static boolean nearest(
      SpeakerCandidate c, QuoteSpan q, List<SpeakerCandidate> all, boolean before) {
    if (before != (c.end() <= q.start())) {
      return false;
    }
    for (SpeakerCandidate o : all) {
      if (o != c
          && (before
              ? o.start() > c.end() && o.end() <= q.start()
              : o.start() >= q.end() && o.end() < c.start())) {
        return false;
      }
    }
    return true;
  }
}
