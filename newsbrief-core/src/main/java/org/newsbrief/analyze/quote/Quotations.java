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
      List<QuoteSpan> named = finder.namedMentions(text);
      for (QuoteSpan q : finder.find(text)) {
        if (!q.attributed()) {
          continue;
        }
        String mention = q.speaker();
        if (SpeakerNames.isPronoun(mention)) {
          mention = antecedent(named, q.speakerStart());
          if (mention.isEmpty()) {
            continue;
          }
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

  /** The last named speaker mentioned before {@code offset}, or "" when there is none. */
  private static String antecedent(List<QuoteSpan> named, int offset) {
    String found = "";
    for (QuoteSpan m : named) {
      if (m.speakerEnd() <= offset) {
        found = m.speaker();
      }
    }
    return found;
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
