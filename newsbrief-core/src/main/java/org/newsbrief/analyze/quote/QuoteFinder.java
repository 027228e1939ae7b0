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
 * quotation before it when the paragraph continues that speaker's words. Thread-safe. Over 200
 * lines because the attribution strategies are one ordered list, tried in turn; each is a few
 * lines.
 */
public final class QuoteFinder {
  private static final QuoteSpan NONE = new QuoteSpan(0, 0, -1, -1, "");
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“A-Z])");
  private static final Pattern ACCORDING_TO_ANYWHERE =
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
        QuoteSpan q = attribute(p, base, span[0], span[1]);
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
      QuoteSpan s = trimmed(0, m.start(1), m.start(1), m.start(1), m.group(1));
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
      QuoteSpan s = trimmed(0, 0, 0, first.start(1), first.group(1));
      if (!SpeakerPatterns.PRONOUN.matcher(s.speaker()).matches()) {
        return s.speaker();
      }
    }
    Matcher m = ACCORDING_TO_ANYWHERE.matcher(sentence);
    if (m.find()) {
      return trimmed(0, 0, 0, m.start(1), m.group(1)).speaker();
    }
    return "";
  }

  /** The speaker of a paragraph that introduces a quotation: {@code Caddell continued:}. */
  private static @org.jspecify.annotations.Nullable QuoteSpan introducer(String p, int base) {
    java.util.regex.MatchResult m = SpeechVerbScan.first(p);
    return m == null ? null : trimmed(base, 0, 0, m.start(1), m.group(1));
  }

  private static QuoteSpan attribute(String p, int base, int start, int end) {
    int close = Math.min(p.length(), end + 1);
    boolean fullStop = end > 0 && p.charAt(end - 1) == '.';
    String after = fullStop ? "" : p.substring(close);
    int open = Math.max(0, start - 1);
    int sentenceStart = sentenceStart(p, open);
    String before = p.substring(sentenceStart, open);
    int sentenceEnd = endsSentence(p, end) ? close : sentenceEnd(p, close);
    String rest = p.substring(close, sentenceEnd);
    List<java.util.function.Supplier<QuoteSpan>> strategies =
        List.of(
            () -> {
              Matcher m = SpeakerPatterns.DASH_CREDIT.matcher(p.substring(close));
              return m.find()
                  ? speaker(base, start, end, close + m.start(1), close + m.end(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.AFTER_VERB_FIRST.matcher(after);
              return m.find() && SpeakerPatterns.OPENS_NOUN_PHRASE.matcher(m.group(1)).lookingAt()
                  ? speaker(base, start, end, close + m.start(1), close + m.end(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.AFTER_SPEAKER_FIRST.matcher(after);
              return m.find() ? trimmed(base, start, end, close + m.start(1), m.group(1)) : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.AFTER_APPOSITIVE.matcher(after);
              return m.find()
                  ? speaker(base, start, end, close + m.start(1), close + m.end(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.ACCORDING_TO.matcher(after);
              return m.find()
                  ? speaker(base, start, end, close + m.start(1), close + m.end(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.LABEL.matcher(p.substring(start, end));
              return m.find()
                  ? speaker(base, start, end, start + m.start(1), start + m.end(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = SpeakerPatterns.BEFORE.matcher(before);
              if (!m.find()) {
                return NONE;
              }
              QuoteSpan q = trimmed(base, start, end, sentenceStart + m.start(1), m.group(1));
              boolean embedded =
                  q.attributed()
                      && EMBEDDED
                          .matcher(before.substring(0, q.speakerStart() - base - sentenceStart))
                          .find();
              return embedded ? NONE : q;
            },
            () -> {
              Matcher m = ACCORDING_TO_ANYWHERE.matcher(before);
              int at = sentenceStart;
              if (!m.find()) {
                m = ACCORDING_TO_ANYWHERE.matcher(rest);
                at = close;
                if (!m.find()) {
                  return NONE;
                }
              }
              return speaker(base, start, end, at + m.start(1), at + m.end(1), m.group(1));
            },
            () -> {
              int from = afterLastQuote(before);
              String clause = before.substring(from);
              int[] subject = clause.strip().contains(" ") ? SentenceSubject.of(clause) : null;
              return subject == null
                  ? NONE
                  : speaker(
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
                  ? trimmed(base, start, end, sentenceStart + m.start(1), m.group(1))
                  : NONE;
            },
            () -> {
              Matcher m = ANY_AFTER.matcher(rest);
              if (!m.find()) {
                return NONE;
              }
              return m.group(1) != null
                  ? trimmed(base, start, end, close + m.start(1), m.group(1))
                  : speaker(base, start, end, close + m.start(2), close + m.end(2), m.group(2));
            },
            () -> {
              Matcher m = SpeakerPatterns.SPEAKER_VERB.matcher(rest);
              return m.find() ? trimmed(base, start, end, close + m.start(1), m.group(1)) : NONE;
            });
    for (java.util.function.Supplier<QuoteSpan> strategy : strategies) {
      QuoteSpan q = strategy.get();
      if (q.attributed()) {
        return q;
      }
    }
    return new QuoteSpan(base + start, base + end, -1, -1, "");
  }

  /**
   * Keeps the noun phrase of {@code phrase} that ends next to the verb: a pronoun on its own, or
   * the run of capitalised words, role nouns and linking words ("of", "the") before the verb.
   */
  private static QuoteSpan trimmed(int base, int start, int end, int phraseStart, String phrase) {
    String[] words = phrase.split("\\s+");
    int first = words.length - 1;
    if (!SpeakerPatterns.PRONOUN.matcher(words[first]).matches()) {
      while (first > 0
          && (SpeakerPatterns.inNounPhrase(words[first - 1])
              || SpeakerPatterns.isRole(words[first]) && words[first - 1].matches("\\p{Ll}+"))) {
        first--;
      }
      while (first < words.length - 1 && SpeakerPatterns.LINKING.matcher(words[first]).matches()) {
        first++;
      }
    }
    int offset = 0;
    for (int i = 0; i < first; i++) {
      offset = phrase.indexOf(words[i], offset) + words[i].length();
    }
    int s = phrase.indexOf(words[first], offset);
    String kept = phrase.substring(s);
    return speaker(base, start, end, phraseStart + s, phraseStart + phrase.length(), kept);
  }

  private static QuoteSpan speaker(
      int base, int start, int end, int speakerStart, int speakerEnd, String text) {
    String t = text.strip();
    if (t.endsWith(".") && !t.matches(".*\\b(?:\\p{Lu}\\.)+|.*\\b(?:Jr|Sr|Inc|Co|Corp)\\.")) {
      t = t.substring(0, t.length() - 1);
      speakerEnd = speakerStart + t.length();
    }
    if (!plausible(t)) {
      return new QuoteSpan(base + start, base + end, -1, -1, "");
    }
    return new QuoteSpan(base + start, base + end, base + speakerStart, base + speakerEnd, t);
  }

  /** A pronoun, or a phrase with a capitalised word or a role noun: not "but" or "as". */
  private static boolean plausible(String speaker) {
    if (speaker.isEmpty()
        || SpeakerPatterns.CLAUSE_WORD.matcher(speaker).matches()
        || speaker.matches(".*\\s(?i:and|or|of)")) {
      return false;
    }
    if (SpeakerPatterns.PRONOUN.matcher(speaker).matches()) {
      return true;
    }
    for (String w : speaker.split("\\s+")) {
      if (Character.isUpperCase(w.codePointAt(0)) || SpeakerPatterns.isRole(w)) {
        return !speaker.matches("(?i)as|so|but|and|or|that|this|these|those|there");
      }
    }
    return false;
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
