package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech without quotation marks: "X said (that) ...", "X told Y ..." (the content runs
 * from the speech verb to the end of its sentence; the speaker is the noun phrase before the verb)
 * and "according to X, ..." (the content is the rest of the sentence). Speech verbs inside a
 * quotation, and verbs whose content opens with a quotation mark, are left to {@link QuoteFinder}.
 */
final class ReportedSpeech {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*(?:\\s+|$)|\\n");
  private static final Pattern OPENS_QUOTE = Pattern.compile("^[\\s,:]*(?:that\\s+)?[\"“]");

  private ReportedSpeech() {}

  /** The reported-speech relations of {@code text}, in order; quotes are its direct quotations. */
  static List<QuoteSpan> of(String text, List<QuoteSpan> quotes) {
    List<QuoteSpan> found = new ArrayList<>();
    for (MatchResult m : SpeechVerbScan.matches(text)) {
      int verbEnd = m.end();
      if (inside(quotes, m.start(1)) || OPENS_QUOTE.matcher(text.substring(verbEnd)).find()) {
        continue;
      }
      int end = sentenceEnd(text, verbEnd);
      QuoteSpan s = SpeakerSpans.trimmed(0, verbEnd, end, m.start(1), m.group(1));
      if (s.attributed() && end - verbEnd > 10) {
        found.add(s);
      }
    }
    Matcher a = QuoteAttribution.ACCORDING_TO_ANYWHERE.matcher(text);
    while (a.find()) {
      if (inside(quotes, a.start())) {
        continue;
      }
      int start = sentenceStart(text, a.start());
      int end = sentenceEnd(text, a.end());
      int from = a.start() - start > 10 ? start : a.end();
      int to = a.start() - start > 10 ? a.start() : end;
      QuoteSpan s = SpeakerSpans.speaker(0, from, to, a.start(1), a.end(1), a.group(1));
      if (s.attributed() && to - from > 10) {
        found.add(s);
      }
    }
    found.sort(java.util.Comparator.comparingInt(QuoteSpan::start));
    return found;
  }

  private static boolean inside(List<QuoteSpan> quotes, int offset) {
    for (QuoteSpan q : quotes) {
      if (q.start() <= offset && offset < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceEnd(String text, int from) {
    Matcher m = SENTENCE_END.matcher(text);
    return m.find(from) ? m.start() : text.length();
  }

  private static int sentenceStart(String text, int before) {
    int start = 0;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find() && m.end() <= before) {
      start = m.end();
    }
    return start;
  }
}
