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
  private final boolean bySurname;

  /** Speakers grouped by full name; a bare surname takes its article's nearest full name. */
  public Quotations() {
    this(false);
  }

  private Quotations(boolean bySurname) {
    this.bySurname = bySurname;
  }

  /**
   * The previous grouping, kept as the measured baseline: every mention of one surname is one
   * speaker, named by the longest mention ("Bill Clinton" and "Hillary Clinton" merge).
   */
  public static Quotations bySurname() {
    return new Quotations(true);
  }

  /** The attributed direct quotations of {@code articles}, in article order. */
  public List<Quote> of(List<AnalyzedArticle> articles) {
    List<Quote> raw = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      String text = String.join("\n", a.article().paragraphs());
      List<QuoteSpan> resolved = resolved(text);
      List<Speaker> speakers = speakers(text, resolved);
      for (int i = 0; i < resolved.size(); i++) {
        QuoteSpan q = resolved.get(i);
        String quoted = text.substring(q.start(), q.end()).strip();
        if (quoted.split("\\s+").length >= MIN_WORDS) {
          raw.add(
              new Quote(quoted, true, speakers.get(i), a.article().id(), sentenceOf(a, quoted)));
        }
      }
    }
    Map<String, Speaker> fullest = fullest(raw.stream().map(Quote::speaker).toList());
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : raw) {
      Speaker s = fullest.getOrDefault(key(q.speaker()), q.speaker());
      quotes.add(new Quote(q.text(), q.direct(), s, q.article(), q.sentence()));
    }
    return quotes;
  }

  /**
   * The speaker name each attributed quotation of one article resolves to, after pronouns ("she")
   * take their antecedent and each name its fullest form in the article ("Harf" is "Marie Harf"):
   * the quotation with {@code speaker} replaced by that name (offsets still the mention's).
   */
  public List<QuoteSpan> named(String text) {
    List<QuoteSpan> resolved = resolved(text);
    List<Speaker> speakers = speakers(text, resolved);
    Map<String, Speaker> fullest = fullest(speakers);
    List<QuoteSpan> out = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      QuoteSpan q = resolved.get(i);
      String name = fullest.getOrDefault(key(speakers.get(i)), speakers.get(i)).name();
      out.add(new QuoteSpan(q.start(), q.end(), q.speakerStart(), q.speakerEnd(), name));
    }
    return out;
  }

  private List<Speaker> speakers(String text, List<QuoteSpan> resolved) {
    if (bySurname) {
      return resolved.stream().map(q -> SpeakerNames.of(q.speaker())).toList();
    }
    return FullNames.of(resolved, finder.namedMentions(text));
  }

  private String key(Speaker s) {
    return bySurname ? SpeakerNames.key(s) : FullNames.key(s);
  }

  /**
   * Each speaker key's fullest form (longest name, longest role); with full-name keys, a bare
   * surname left without a full name in its article takes the most quoted full name of that
   * surname.
   */
  private Map<String, Speaker> fullest(List<Speaker> speakers) {
    Map<String, Speaker> fullest = new HashMap<>();
    Map<String, Integer> quoted = new HashMap<>();
    for (Speaker s : speakers) {
      fullest.merge(key(s), s, Quotations::fuller);
      quoted.merge(key(s), 1, Integer::sum);
    }
    if (!bySurname) {
      Map<String, Speaker> bySurnameKey = new HashMap<>();
      for (Speaker s : speakers) {
        if (FullNames.isFull(s)) {
          String k = FullNames.surname(s.name());
          Speaker had = bySurnameKey.get(k);
          if (had == null || quoted.getOrDefault(key(s), 0) > quoted.getOrDefault(key(had), 0)) {
            bySurnameKey.put(k, s);
          }
        }
      }
      for (Speaker s : speakers) {
        Speaker full =
            FullNames.isSurname(s) ? bySurnameKey.get(FullNames.surname(s.name())) : null;
        if (full != null) {
          fullest.put(key(s), fullest.getOrDefault(key(full), full));
        }
      }
    }
    return fullest;
  }

  /** The attributed quotations of one text, pronoun speakers replaced by their antecedents. */
  private List<QuoteSpan> resolved(String text) {
    List<QuoteSpan> named = new ArrayList<>(finder.namedMentions(text));
    List<QuoteSpan> out = new ArrayList<>();
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
      out.add(new QuoteSpan(q.start(), q.end(), q.speakerStart(), q.speakerEnd(), mention));
    }
    return out;
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
