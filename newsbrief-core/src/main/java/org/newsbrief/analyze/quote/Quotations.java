package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * Who said what across a set of articles. Each direct quotation gets its speaker; pronouns ("she
 * said") resolve to the last named speaker of the same article; mentions of one person ("Harf",
 * "State Department spokeswoman Marie Harf") share their fullest name and role across articles.
 */
public final class Quotations {
  private static final int MIN_WORDS = 4;
  private final QuoteFinder finder = new QuoteFinder();

  /** The attributed direct quotations of {@code articles}, in article order. */
  public List<Quote> of(List<AnalyzedArticle> articles) {
    List<Quote> raw = new ArrayList<>();
    Map<String, Speaker> fullest = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      String text = String.join("\n", a.article().paragraphs());
      List<QuoteSpan> named = new ArrayList<>(finder.namedMentions(text));
      for (QuoteSpan q : finder.find(text)) {
        if (!q.attributed()) {
          continue;
        }
        String mention = q.speaker();
        if (mention.equals("who")) {
          mention = relativeAntecedent(text, q.speakerStart());
        }
        if (SpeakerNames.isPronoun(mention) || mention.isEmpty()) {
          mention = antecedent(named, q.speakerStart(), singular(mention));
          if (mention.isEmpty()) {
            continue;
          }
        } else {
          named.add(q);
        }
        Speaker speaker = SpeakerNames.of(mention);
        String quoted = text.substring(q.start(), q.end()).strip();
        if (quoted.split("\\s+").length < MIN_WORDS) {
          continue;
        }
        fullest.merge(SpeakerNames.key(speaker), speaker, Quotations::fuller);
        raw.add(new Quote(quoted, true, speaker, a.article().id(), sentenceOf(a, quoted)));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : raw) {
      Speaker s = fullest.getOrDefault(SpeakerNames.key(q.speaker()), q.speaker());
      quotes.add(new Quote(q.text(), q.direct(), s, q.article(), q.sentence()));
    }
    return quotes;
  }

  /** The name a relative "who" at {@code offset} follows ("Beck, who said"), or "". */
  private static String relativeAntecedent(String text, int offset) {
    String found = "";
    for (SpeakerCandidate m :
        SpeakerMentions.of(text.substring(Math.max(0, offset - 80), offset))) {
      if (!m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT))) {
        found = m.text();
      }
    }
    return found;
  }

  /**
   * The named speaker mentioned last before {@code offset} (a speech-verb subject or the speaker of
   * an earlier quotation), or "" when there is none; for "he" or "she", the last that is not plural
   * ("U.S. officials", "the United States and Iran").
   */
  private static String antecedent(List<QuoteSpan> named, int offset, boolean singular) {
    String found = "";
    int end = -1;
    for (QuoteSpan m : named) {
      if (m.speakerEnd() <= offset && m.speakerEnd() > end && !(singular && plural(m.speaker()))) {
        found = m.speaker();
        end = m.speakerEnd();
      }
    }
    return found;
  }

  private static boolean singular(String pronoun) {
    return pronoun.equalsIgnoreCase("he") || pronoun.equalsIgnoreCase("she");
  }

  /** A mention of several: joined by "and", or headed by a lower-case plural noun. */
  static boolean plural(String mention) {
    String[] words = mention.strip().split("\\s+");
    String head = words[words.length - 1];
    return mention.matches(".*\\s(?:and|&)\\s.*")
        || Character.isLowerCase(head.codePointAt(0)) && head.endsWith("s") && !head.endsWith("ss");
  }

  private static Speaker fuller(Speaker a, Speaker b) {
    String name = b.name().length() > a.name().length() ? b.name() : a.name();
    return new Speaker(null, name, SpeakerNames.longer(a.role(), b.role()));
  }

  private static int sentenceOf(AnalyzedArticle a, String quoted) {
    String probe = quoted.substring(0, Math.min(25, quoted.length()));
    for (Sentence s : a.sentences()) {
      if (s.text().contains(probe)) {
        return s.index();
      }
    }
    return 0;
  }
}
