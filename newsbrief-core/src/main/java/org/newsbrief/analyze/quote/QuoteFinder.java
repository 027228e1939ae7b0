package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in a text and attributes them. A quotation runs from an opening mark (“
 * or ") to its closing mark within the paragraph. Its speaker is looked for next to the marks
 * ({@code ," Harf said}, {@code , said Gen. Lloyd Austin}, {@code ,” Rep. Jim Jordan (R-Ohio), an
 * oversight panel member, said}, {@code Kerry told reporters: "}), then in who the sentence is
 * "according to", then in the subject of the sentence a partial quotation sits in ({@link
 * SentenceSubject}), then anywhere in the rest of its sentence, and otherwise carried over from the
 * quotation before it when the paragraph continues that speaker's words ({@link QuoteAttribution}
 * holds the ordered strategies). Thread-safe.
 */
public final class QuoteFinder {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");

  /** Every quotation in {@code text}, in order. */
  public List<QuoteSpan> find(String text) {
    List<QuoteSpan> quotes = new ArrayList<>();
    QuoteSpan previous = null;
    QuoteSpan introducer = null;
    Matcher paragraph = PARAGRAPH.matcher(text);
    while (paragraph.find()) {
      int base = paragraph.start();
      String p = paragraph.group().replace('\u00A0', ' ');
      boolean paragraphHasSpeaker = false;
      for (int[] span : QuoteMarks.spans(p)) {
        QuoteSpan q = QuoteAttribution.attribute(p, base, span[0], span[1]);
        if (!q.attributed() && introducer != null) {
          q =
              new QuoteSpan(
                  q.start(),
                  q.end(),
                  introducer.speakerStart(),
                  introducer.speakerEnd(),
                  introducer.speaker());
        }
        if (!q.attributed() && previous != null && previous.attributed()) {
          q =
              new QuoteSpan(
                  q.start(),
                  q.end(),
                  previous.speakerStart(),
                  previous.speakerEnd(),
                  previous.speaker());
        }
        paragraphHasSpeaker |= q.attributed();
        quotes.add(q);
        previous = q;
      }
      if (!paragraphHasSpeaker && !QuoteMarks.startsWithQuote(p)) {
        previous = null;
      }
      introducer = p.strip().endsWith(":") ? introducer(p, base) : null;
    }
    return quotes;
  }

  /**
   * Every named (non-pronoun) speaker mention of {@code text}: the subjects of speech verbs,
   * whether or not a quotation follows. Pronoun speakers resolve to the last of these.
   */
  List<QuoteSpan> namedMentions(String text) {
    List<QuoteSpan> mentions = new ArrayList<>();
    for (java.util.regex.MatchResult m : SpeechVerbScan.matches(text)) {
      QuoteSpan s = SpeakerSpans.trimmed(0, m.start(1), m.start(1), m.start(1), m.group(1));
      if (s.attributed() && !SpeakerPatterns.PRONOUN.matcher(s.speaker()).matches()) {
        mentions.add(s);
      }
    }
    return mentions;
  }

  /**
   * The source a sentence reports: the subject of its first speech verb ("U.S. officials say ..."),
   * or who it is "according to"; empty when it names none or only a pronoun.
   */
  public String reportingSource(String sentence) {
    java.util.regex.MatchResult first = SpeechVerbScan.first(sentence);
    if (first != null) {
      QuoteSpan s = SpeakerSpans.trimmed(0, 0, 0, first.start(1), first.group(1));
      if (!SpeakerPatterns.PRONOUN.matcher(s.speaker()).matches()) {
        return s.speaker();
      }
    }
    Matcher m = QuoteAttribution.ACCORDING_TO_ANYWHERE.matcher(sentence);
    if (m.find()) {
      return SpeakerSpans.trimmed(0, 0, 0, m.start(1), m.group(1)).speaker();
    }
    return "";
  }

  /** The speaker of a paragraph that introduces a quotation: {@code Caddell continued:}. */
  private static @org.jspecify.annotations.Nullable QuoteSpan introducer(String p, int base) {
    java.util.regex.MatchResult m = SpeechVerbScan.first(p);
    return m == null ? null : SpeakerSpans.trimmed(base, 0, 0, m.start(1), m.group(1));
  }
}
