package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
  private final @Nullable SpeakerRanker ranker;
  private final @Nullable QuotationFilter filter;
  private final boolean learned;

  /**
   * A finder whose speakers the shipped {@link SpeakerRanker} chooses and whose spans the shipped
   * {@link QuotationFilter} keeps (both loaded on first use).
   */
  public QuoteFinder() {
    this(null, null, true);
  }

  private QuoteFinder(
      @Nullable SpeakerRanker ranker, @Nullable QuotationFilter filter, boolean learned) {
    this.ranker = ranker;
    this.filter = filter;
    this.learned = learned;
  }

  /** A finder whose speakers {@code ranker} chooses (and the shipped filter keeps its spans). */
  public static QuoteFinder ranking(SpeakerRanker ranker) {
    return new QuoteFinder(ranker, null, true);
  }

  /** A finder whose speakers {@code ranker} chooses and whose spans {@code filter} keeps. */
  public static QuoteFinder ranking(SpeakerRanker ranker, QuotationFilter filter) {
    return new QuoteFinder(ranker, filter, true);
  }

  /**
   * A finder whose speakers the ordered rules alone choose, keeping every span between marks (the
   * baseline the ranker and the filter replaced).
   */
  public static QuoteFinder rules() {
    return new QuoteFinder(null, null, false);
  }

  /** Every quotation in {@code text}, in order, with the speaker the ranker (or rules) chose. */
  public List<QuoteSpan> find(String text) {
    List<RuleVotes> votes = votes(text);
    if (!learned) {
      return votes.stream().map(RuleVotes::pick).toList();
    }
    SpeakerRanker r = ranker != null ? ranker : SpeakerRanker.shipped();
    QuotationFilter keep = filter != null ? filter : QuotationFilter.shipped();
    SpeakerFeatures features = new SpeakerFeatures(text, SpeakerMentions.of(text), votes);
    List<QuoteSpan> quotes = new ArrayList<>();
    for (int i = 0; i < votes.size(); i++) {
      if (!keep.keeps(QuotationFeatures.of(text, votes.get(i)))) {
        continue;
      }
      QuoteChoice choice = features.choice(i);
      int best = r.best(choice);
      quotes.add(best < 0 ? choice.rules() : chosen(votes.get(i), choice.candidates().get(best)));
    }
    return quotes;
  }

  /**
   * Reported speech without quotation marks in {@code text} ("X said that ...", "according to X,
   * ..."): content offsets and the speaker mention, in order.
   */
  public List<QuoteSpan> reported(String text) {
    return ReportedSpeech.of(text, votes(text).stream().map(RuleVotes::pick).toList());
  }

  /**
   * Every span between quotation marks in {@code text} (as the rules attribute it), each with the
   * features the {@link QuotationFilter} reads.
   */
  public List<Map.Entry<QuoteSpan, List<String>>> quoted(String text) {
    List<Map.Entry<QuoteSpan, List<String>>> out = new ArrayList<>();
    for (RuleVotes v : votes(text)) {
      out.add(Map.entry(v.pick(), QuotationFeatures.of(text, v)));
    }
    return out;
  }

  /** Every quotation in {@code text} with its candidate speakers and their features. */
  public List<QuoteChoice> choices(String text) {
    List<RuleVotes> votes = votes(text);
    SpeakerFeatures features = new SpeakerFeatures(text, SpeakerMentions.of(text), votes);
    List<QuoteChoice> choices = new ArrayList<>();
    for (int i = 0; i < votes.size(); i++) {
      choices.add(features.choice(i));
    }
    return choices;
  }

  /** The quotation attributed to {@code c}, named by the fullest rule phrase that holds it. */
  private static QuoteSpan chosen(RuleVotes v, SpeakerCandidate c) {
    QuoteSpan q = v.pick();
    List<@Nullable QuoteSpan> phrases = new ArrayList<>();
    phrases.add(q);
    phrases.addAll(v.strategies());
    for (QuoteSpan p : phrases) {
      if (p != null && p.attributed() && c.overlaps(p.speakerStart(), p.speakerEnd())) {
        return new QuoteSpan(q.start(), q.end(), p.speakerStart(), p.speakerEnd(), p.speaker());
      }
    }
    return new QuoteSpan(q.start(), q.end(), c.start(), c.end(), c.text());
  }

  /** The rules' votes on every quotation of {@code text}, in order. */
  private static List<RuleVotes> votes(String text) {
    List<RuleVotes> votes = new ArrayList<>();
    QuoteSpan previous = null;
    QuoteSpan introducer = null;
    Matcher paragraph = PARAGRAPH.matcher(text);
    while (paragraph.find()) {
      int base = paragraph.start();
      String p = paragraph.group().replace('\u00A0', ' ');
      boolean paragraphHasSpeaker = false;
      for (int[] span : QuoteMarks.spans(p)) {
        List<QuoteSpan> every = QuoteAttribution.every(p, base, span[0], span[1]);
        QuoteSpan q = QuoteAttribution.attribute(p, base, span[0], span[1]);
        QuoteSpan carried = previous != null && previous.attributed() ? previous : null;
        if (!q.attributed() && introducer != null) {
          q = carry(q, introducer);
        }
        if (!q.attributed() && carried != null) {
          q = carry(q, carried);
        }
        paragraphHasSpeaker |= q.attributed();
        votes.add(new RuleVotes(q, every, introducer, carried));
        previous = q;
      }
      if (!paragraphHasSpeaker && !QuoteMarks.startsWithQuote(p)) {
        previous = null;
      }
      introducer = p.strip().endsWith(":") ? introducer(p, base) : null;
    }
    return votes;
  }

  private static QuoteSpan carry(QuoteSpan q, QuoteSpan from) {
    return new QuoteSpan(
        q.start(), q.end(), from.speakerStart(), from.speakerEnd(), from.speaker());
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
  private static @Nullable QuoteSpan introducer(String p, int base) {
    java.util.regex.MatchResult m = SpeechVerbScan.first(p);
    return m == null ? null : SpeakerSpans.trimmed(base, 0, 0, m.start(1), m.group(1));
  }
}
