package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    return findEach(text, List.of(this)).get(0);
  }

  /**
   * What each of {@code finders} finds in {@code text} ({@link #find}), the rules' votes and the
   * candidates' features computed once for all of them (for scoring many fitted models).
   */
  public static List<List<QuoteSpan>> findEach(String text, List<QuoteFinder> finders) {
    List<RuleVotes> votes = RuleVotes.of(text);
    SpeakerFeatures features = null;
    QuoteChoice[] choices = new QuoteChoice[votes.size()];
    List<List<String>> spans = null;
    List<List<QuoteSpan>> out = new ArrayList<>();
    for (QuoteFinder f : finders) {
      if (!f.learned) {
        out.add(votes.stream().map(RuleVotes::pick).toList());
        continue;
      }
      if (features == null || spans == null) {
        features = new SpeakerFeatures(text, SpeakerMentions.of(text), votes);
        spans = new ArrayList<>();
        for (RuleVotes v : votes) {
          spans.add(QuotationFeatures.of(text, v));
        }
      }
      SpeakerRanker r = f.ranker != null ? f.ranker : SpeakerRanker.shipped();
      QuotationFilter keep = f.filter != null ? f.filter : QuotationFilter.shipped();
      List<QuoteSpan> quotes = new ArrayList<>();
      for (int i = 0; i < votes.size(); i++) {
        if (keep.keeps(spans.get(i))) {
          if (choices[i] == null) {
            choices[i] = features.choice(i);
          }
          QuoteChoice choice = choices[i];
          int best = r.best(choice);
          quotes.add(
              best < 0 ? choice.rules() : chosen(votes.get(i), choice.candidates().get(best)));
        }
      }
      out.add(quotes);
    }
    return out;
  }

  /**
   * Reported speech without quotation marks in {@code text} ("X said that ...", "according to X,
   * ..."): content offsets and the speaker mention, in order.
   */
  public List<QuoteSpan> reported(String text) {
    return ReportedSpeech.of(text, RuleVotes.of(text).stream().map(RuleVotes::pick).toList());
  }

  /**
   * Every span between quotation marks in {@code text} (as the rules attribute it), each with the
   * features the {@link QuotationFilter} reads.
   */
  public List<Map.Entry<QuoteSpan, List<String>>> quoted(String text) {
    List<Map.Entry<QuoteSpan, List<String>>> out = new ArrayList<>();
    for (RuleVotes v : RuleVotes.of(text)) {
      out.add(Map.entry(v.pick(), QuotationFeatures.of(text, v)));
    }
    return out;
  }

  /** Every quotation in {@code text} with its candidate speakers and their features. */
  public List<QuoteChoice> choices(String text) {
    List<RuleVotes> votes = RuleVotes.of(text);
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
}
