package org.newsbrief.analyze.quote;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes one quotation: its speaker is looked for next to the marks ({@code ," Harf said},
 * {@code , said Gen. Lloyd Austin}, {@code ,” Rep. Jim Jordan (R-Ohio), an oversight panel member,
 * said}), then in who the sentence is "according to", then in the subject of the sentence a partial
 * quotation sits in ({@link SentenceSubject}), then anywhere in the rest of its sentence. The
 * strategies are one ordered list, tried in turn; the first that names a plausible speaker wins.
 */
final class QuoteAttribution {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“A-Z])");

  /** Who a sentence is "according to", anywhere in it. */
  static final Pattern ACCORDING_TO_ANYWHERE =
      Pattern.compile("(?i:a)ccording to (" + SpeakerPatterns.SPEAKER_GREEDY + ")(?=\\s*[,;.]|$)");

  /** Ends a clause that embeds its speaker: "condemned what he called", "a deal that X said". */
  private static final Pattern EMBEDDED = Pattern.compile("\\b(?:what|which|of)\\s*$");

  private static final Pattern ANY_AFTER =
      Pattern.compile(
          ",\\s*(?:("
              + SpeakerPatterns.SPEAKER
              + ")\\s+"
              + SpeakerPatterns.VERB
              + "\\b|"
              + SpeakerPatterns.VERB
              + "\\s+("
              + SpeakerPatterns.SPEAKER
              + ")(?=\\s*[,.;]))");

  /** How many strategies {@link #every} returns. */
  static final int STRATEGIES = 12;

  private QuoteAttribution() {}

  /**
   * The quotation between {@code start} and {@code end} of paragraph {@code p} (which starts at
   * {@code base} in the text), with its speaker when one is found.
   */
  static QuoteSpan attribute(String p, int base, int start, int end) {
    for (Supplier<QuoteSpan> strategy : strategies(p, base, start, end)) {
      QuoteSpan q = strategy.get();
      if (q.attributed()) {
        return q;
      }
    }
    return new QuoteSpan(base + start, base + end, -1, -1, "");
  }

  /** What each strategy, in order, names as the speaker (unattributed where it names none). */
  static List<QuoteSpan> every(String p, int base, int start, int end) {
    return strategies(p, base, start, end).stream().map(Supplier::get).toList();
  }

  private static List<Supplier<QuoteSpan>> strategies(String p, int base, int start, int end) {
    int close = Math.min(p.length(), end + 1);
    boolean fullStop = end > 0 && p.charAt(end - 1) == '.';
    String after = fullStop ? "" : p.substring(close);
    int open = Math.max(0, start - 1);
    int sentenceStart = sentenceStart(p, open);
    String before = p.substring(sentenceStart, open);
    int sentenceEnd = endsSentence(p, end) ? close : sentenceEnd(p, close);
    String rest = p.substring(close, sentenceEnd);
    return List.of(
        () -> {
          Matcher m = SpeakerPatterns.DASH_CREDIT.matcher(p.substring(close));
          return m.find()
              ? SpeakerSpans.speaker(
                  base, start, end, close + m.start(1), close + m.end(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.AFTER_VERB_FIRST.matcher(after);
          return m.find() && SpeakerPatterns.OPENS_NOUN_PHRASE.matcher(m.group(1)).lookingAt()
              ? SpeakerSpans.speaker(
                  base, start, end, close + m.start(1), close + m.end(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.AFTER_SPEAKER_FIRST.matcher(after);
          return m.find()
              ? SpeakerSpans.trimmed(base, start, end, close + m.start(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.AFTER_APPOSITIVE.matcher(after);
          return m.find()
              ? SpeakerSpans.speaker(
                  base, start, end, close + m.start(1), close + m.end(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.ACCORDING_TO.matcher(after);
          return m.find()
              ? SpeakerSpans.speaker(
                  base, start, end, close + m.start(1), close + m.end(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.LABEL.matcher(p.substring(start, end));
          return m.find()
              ? SpeakerSpans.speaker(
                  base, start, end, start + m.start(1), start + m.end(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = SpeakerPatterns.BEFORE.matcher(before);
          if (!m.find()) {
            return SpeakerSpans.NONE;
          }
          QuoteSpan q =
              SpeakerSpans.trimmed(base, start, end, sentenceStart + m.start(1), m.group(1));
          boolean embedded =
              q.attributed()
                  && EMBEDDED
                      .matcher(before.substring(0, q.speakerStart() - base - sentenceStart))
                      .find();
          return embedded ? SpeakerSpans.NONE : q;
        },
        () -> {
          Matcher m = ACCORDING_TO_ANYWHERE.matcher(before);
          int at = sentenceStart;
          if (!m.find()) {
            m = ACCORDING_TO_ANYWHERE.matcher(rest);
            at = close;
            if (!m.find()) {
              return SpeakerSpans.NONE;
            }
          }
          return SpeakerSpans.speaker(base, start, end, at + m.start(1), at + m.end(1), m.group(1));
        },
        () -> {
          int from = afterLastQuote(before);
          String clause = before.substring(from);
          int[] subject = clause.strip().contains(" ") ? SentenceSubject.of(clause) : null;
          return subject == null
              ? SpeakerSpans.NONE
              : SpeakerSpans.speaker(
                  base,
                  start,
                  end,
                  sentenceStart + from + subject[0],
                  sentenceStart + from + subject[1],
                  clause.substring(subject[0], subject[1]));
        },
        () -> {
          Matcher m = SpeakerPatterns.SPEAKER_VERB.matcher(before);
          return m.find()
              ? SpeakerSpans.trimmed(base, start, end, sentenceStart + m.start(1), m.group(1))
              : SpeakerSpans.NONE;
        },
        () -> {
          Matcher m = ANY_AFTER.matcher(rest);
          if (!m.find()) {
            return SpeakerSpans.NONE;
          }
          return m.group(1) != null
              ? SpeakerSpans.trimmed(base, start, end, close + m.start(1), m.group(1))
              : SpeakerSpans.speaker(
                  base, start, end, close + m.start(2), close + m.end(2), m.group(2));
        },
        () -> {
          Matcher m = SpeakerPatterns.SPEAKER_VERB.matcher(rest);
          return m.find()
              ? SpeakerSpans.trimmed(base, start, end, close + m.start(1), m.group(1))
              : SpeakerSpans.NONE;
        });
  }

  /** Just past the last quotation mark of {@code text}, or 0: where reported speech resumes. */
  private static int afterLastQuote(String text) {
    int last = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
    return last < 0 ? 0 : last + 1;
  }

  private static boolean endsSentence(String p, int quoteEnd) {
    return quoteEnd > 0 && ".!?".indexOf(p.charAt(quoteEnd - 1)) >= 0;
  }

  private static int sentenceStart(String p, int before) {
    int start = 0;
    Matcher m = SENTENCE_END.matcher(p);
    while (m.find() && m.end() <= before) {
      start = m.end();
    }
    return start;
  }

  private static int sentenceEnd(String p, int from) {
    Matcher m = SENTENCE_END.matcher(p);
    return m.find(from) ? m.start() + 1 : p.length();
  }
}
